using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The one place completers learn which connections a session has by name. Today those are the session's OpenShift
/// clusters (what -Cluster takes); when the session holds a registry of named connections, <see cref="ConnectionNames"/>
/// returns a source that reads it, and every completer of names follows.
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
    /// <summary>The source in use: the session's clusters until the session keeps a registry of named connections.</summary>
    internal static IConnectionNames Source { get; } = new SessionClusterNames();
}

/// <summary>Connection names as the session knows them today: its OpenShift clusters, the current one marked.</summary>
internal sealed class SessionClusterNames : IConnectionNames
{
    /// <inheritdoc />
    public IEnumerable<ConnectionName> List(SessionCore session)
    {
        var current = session.CurrentClusterName;
        return session.Clusters.Select(c => new ConnectionName(
            c.Name, ConnectionName.OpenShiftFamily, c.Server, string.Equals(c.Name, current, StringComparison.OrdinalIgnoreCase)));
    }
}
