using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The one place completers learn which connections a session has by name: the session's registry of named
/// connections (<see cref="SessionConnectionNames"/>), so every completer of names follows it.
/// </summary>
internal interface IConnectionNames
{
    /// <summary>The connections of <paramref name="session"/>, without secrets; no request is sent.</summary>
    IEnumerable<ConnectionName> List(SessionCore session);
}

/// <summary>A connection as completion offers it: the name to type, its family, where it points, and whether it is the default.</summary>
internal sealed class ConnectionName
{
    /// <summary>The family of OpenShift / Kubernetes cluster connections.</summary>
    internal const string OpenShiftFamily = "OpenShift";

    internal ConnectionName(string name, string family, Uri? server, bool isCurrent)
    {
        Name = name;
        Family = family;
        Server = server;
        IsCurrent = isCurrent;
    }

    internal string Name { get; }

    internal string Family { get; }

    internal Uri? Server { get; }

    internal bool IsCurrent { get; }
}

/// <summary>Where completers get connection names from.</summary>
internal static class ConnectionNames
{
    /// <summary>The source in use: the session's connection registry.</summary>
    internal static IConnectionNames Source { get; } = new SessionConnectionNames();
}

/// <summary>
/// Connection names from the session's registry, the default of each family marked. A cluster is offered by its
/// cluster name, which both -Cluster and -Connection take (-Connection also takes cluster:&lt;name&gt;).
/// </summary>
internal sealed class SessionConnectionNames : IConnectionNames
{
    /// <inheritdoc />
    public IEnumerable<ConnectionName> List(SessionCore session) =>
        session.Connections.Select(c => c.Details is ClusterConnection cluster
            ? new ConnectionName(cluster.Name, ConnectionName.OpenShiftFamily, cluster.Server, session.IsDefault(c))
            : new ConnectionName(c.Name, c.Family, c.BaseUrl, session.IsDefault(c) || c.Details is ApiName));
}
