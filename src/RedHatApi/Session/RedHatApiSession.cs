using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Models.Session;

namespace RedHatApi.Session;

/// <summary>
/// A connection to Red Hat's APIs: endpoints, network settings and one credential per SSO client, with tokens
/// that refresh themselves. Pass it to any cmdlet with -Session, or let cmdlets use the process default that
/// Connect-RedHatApi sets. It never exposes a secret, in properties, ToString or its format view.
/// </summary>
public sealed class RedHatApiSession : IDisposable
{
    internal RedHatApiSession(SessionCore core)
    {
        Core = core;
        Id = Guid.NewGuid();
        CreatedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Identifies the session in logs and views.</summary>
    public Guid Id { get; }

    /// <summary>When Connect-RedHatApi created the session.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The URLs the session talks to.</summary>
    public RedHatApiEndpoints Endpoints => Core.Endpoints;

    /// <summary>One entry per credential, without secrets.</summary>
    public IReadOnlyList<RedHatApiCredential> Credentials => Core.Slots.Select(s => s.Describe()).ToList();

    /// <summary>The APIs some credential of the session can call.</summary>
    public IReadOnlyList<ApiName> Apis => Core.Slots.SelectMany(s => s.Apis).Distinct().OrderBy(a => a).ToList();

    /// <summary>The OpenShift / Kubernetes clusters connected to this session, without tokens; IsCurrent marks the one cmdlets use without -Cluster.</summary>
    public IReadOnlyList<RedHatApiCluster> Clusters => Core.Clusters.Select(c => c.Describe(string.Equals(c.Name, Core.CurrentClusterName, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>
    /// Every connection of the session, without credentials: name (what -Connection takes), family, URL, how it
    /// authenticates and when its token expires. IsDefault marks the one its family's cmdlets use when none is named.
    /// </summary>
    public IReadOnlyList<RedHatApiConnection> Connections => Core.Connections.Select(c => c.Describe(Core.IsDefault(c) || c.Details is ApiName)).ToList();

    /// <summary>Request, retry, throttling and refresh counters.</summary>
    public RedHatApiSessionStatistics Statistics => new(
        Core.Counters.Requests, Core.Counters.Retries, Core.Counters.Throttled, Core.Counters.SecondsWaited, Core.Counters.TokenRefreshes);

    /// <summary>True after Disconnect-RedHatApi.</summary>
    public bool IsDisconnected => Core.IsDisposed;

    internal SessionCore Core { get; }

    /// <summary>Clears the secrets and disposes the HTTP stack; what Disconnect-RedHatApi does.</summary>
    public void Dispose() => Core.Dispose();

    /// <inheritdoc />
    public override string ToString()
    {
        var clients = IsDisconnected ? string.Empty : string.Join(", ", Core.Slots.Select(s => s.ClientId).Concat(Core.Clusters.Select(c => "cluster " + c.Name)));
        return IsDisconnected
            ? $"RedHatApi session {Id:D} (disconnected)"
            : $"RedHatApi session {Id:D} ({(clients.Length == 0 ? "no credentials" : clients)})";
    }
}
