using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;

namespace RedHatApi.Session;

/// <summary>
/// The engine behind a <see cref="RedHatApiSession"/>: endpoints, network settings, credential slots, counters and
/// the private HTTP stack. Internal, so no dependency type ever reaches the public surface. Thread-safe: parallel
/// runspaces share one core.
/// </summary>
internal sealed class SessionCore : IDisposable
{
    private readonly ConcurrentDictionary<string, CredentialSlot> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<ApiName, ThrottleGate> _gates = new();
    private readonly ConcurrentDictionary<string, ClusterConnection> _clusters = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _configureGate = new();
    private string? _currentCluster;
    private HttpStack? _http;
    private RedHatApiEndpoints _endpoints;
    private NetworkSettings _network;
    private int _disposed;

    internal SessionCore(RedHatApiEndpoints endpoints, NetworkSettings network)
    {
        _endpoints = endpoints;
        _network = network;
        _http = new HttpStack(this, network);
    }

    internal RedHatApiEndpoints Endpoints => Volatile.Read(ref _endpoints);

    internal NetworkSettings Network => Volatile.Read(ref _network);

    internal SessionCounters Counters { get; } = new();

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    internal IReadOnlyList<CredentialSlot> Slots => _slots.Values.OrderBy(s => s.AddedAt).ToList();

    internal ThrottleGate GateFor(ApiName api) => _gates.GetOrAdd(api, _ => new ThrottleGate());

    /// <summary>Changes endpoints or network settings; the HTTP stack is rebuilt only when the network changed.</summary>
    internal void Configure(RedHatApiEndpoints endpoints, NetworkSettings network)
    {
        lock (_configureGate)
        {
            ThrowIfDisposed();
            Volatile.Write(ref _endpoints, endpoints);
            if (network == _network)
            {
                return;
            }

            Volatile.Write(ref _network, network);
            var old = Interlocked.Exchange(ref _http, new HttpStack(this, network));
            old?.Dispose();
        }
    }

    internal SsoTokenClient CreateSsoClient() => new(Http.CreateSsoClient(), Endpoints.TokenUrl);

    /// <summary>An unauthenticated client with the session's network settings (sandbox discovery).</summary>
    internal HttpClient CreateTokenEndpointHttpClient() => Http.CreateSsoClient();

    internal HttpClient CreateApiClient(ApiName api) => Http.CreateApiClient(api, Endpoints.For(api));

    /// <summary>Adds a credential, replacing one of the same client id (connecting again with a new token).</summary>
    internal void AddCredential(CredentialSlot slot)
    {
        ThrowIfDisposed();

        // Connect-RedHatApi validates a credential (one grant) before it joins the session: count that grant too.
        for (var i = 0; i < slot.Tokens.RefreshCount; i++)
        {
            Counters.AddTokenRefresh();
        }

        slot.Tokens.Refreshed += Counters.AddTokenRefresh;
        CredentialSlot? replaced = null;
        _slots.AddOrUpdate(slot.ClientId, slot, (_, old) =>
        {
            replaced = old;
            return slot;
        });
        replaced?.Dispose();
    }

    /// <summary>
    /// The credential an API call uses: the one of the API's own client id (rhsm-api for RHSM), else the newest
    /// credential that serves the API.
    /// </summary>
    internal CredentialSlot SlotFor(ApiName api)
    {
        ThrowIfDisposed();
        var preferred = CredentialPolicy.PreferredClientFor(api);
        if (_slots.TryGetValue(preferred, out var exact) && exact.Apis.Contains(api))
        {
            return exact;
        }

        // A pull secret is agent auth: the service refuses it on user calls, so it never stands in for a user token.
        var any = _slots.Values.Where(s => s.Kind != CredentialKind.PullSecret && s.Apis.Contains(api)).OrderByDescending(s => s.AddedAt).FirstOrDefault();
        if (any is null && _slots.Values.Any(s => s.Kind == CredentialKind.PullSecret && s.Apis.Contains(api)))
        {
            throw new RedHatApiException(ErrorIds.UserCredentialRequired, Text.Format(Strings.UserCredentialRequired, api)) { Target = api };
        }

        return any ?? throw new RedHatApiException(
            ErrorIds.CredentialNotFound,
            Text.Format(Strings.CredentialNotFound, api, preferred, SsoErrorTranslator.TokenPageFor(preferred)))
        {
            Target = api,
        };
    }

    /// <summary>The pull-secret credential of the agent-facing calls of <paramref name="api"/>; none is AgentCredentialMissing.</summary>
    internal CredentialSlot AgentSlotFor(ApiName api)
    {
        ThrowIfDisposed();
        return _slots.Values.Where(s => s.Kind == CredentialKind.PullSecret && s.Apis.Contains(api)).OrderByDescending(s => s.AddedAt).FirstOrDefault()
            ?? throw new RedHatApiException(ErrorIds.AgentCredentialMissing, Strings.AgentCredentialMissing) { Target = api };
    }

    /// <summary>The connected clusters, oldest first.</summary>
    internal IReadOnlyList<ClusterConnection> Clusters => _clusters.Values.OrderBy(c => c.AddedAt).ToList();

    /// <summary>The cluster OpenShift cmdlets use without -Cluster: the one connected (or reconnected) last.</summary>
    internal string? CurrentClusterName => Volatile.Read(ref _currentCluster);

    /// <summary>Adds a cluster and makes it the current one; a cluster of the same name is replaced (a new token).</summary>
    internal void AddCluster(ClusterConnection cluster)
    {
        ThrowIfDisposed();
        ClusterConnection? replaced = null;
        _clusters.AddOrUpdate(cluster.Name, cluster, (_, old) =>
        {
            replaced = old;
            return cluster;
        });
        Volatile.Write(ref _currentCluster, cluster.Name);
        replaced?.Dispose();
    }

    /// <summary>
    /// The cluster a cmdlet talks to: by -Cluster name, else by API server URL (scheme, host and port), else the
    /// current one. None connected, or no match, is OpenShiftClusterNotConnected naming what is connected.
    /// </summary>
    internal ClusterConnection ClusterFor(string? nameOrUrl)
    {
        ThrowIfDisposed();
        var all = Clusters;
        if (nameOrUrl is null)
        {
            if (CurrentClusterName is { } current && _clusters.TryGetValue(current, out var last))
            {
                return last;
            }

            throw new RedHatApiException(ErrorIds.OpenShiftClusterNotConnected, Strings.OpenShiftClusterNotConnected);
        }

        if (_clusters.TryGetValue(nameOrUrl, out var named))
        {
            return named;
        }

        if (Uri.TryCreate(nameOrUrl, UriKind.Absolute, out var url) &&
            all.FirstOrDefault(c => Uri.Compare(c.Server, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0) is { } byUrl)
        {
            return byUrl;
        }

        var known = all.Count == 0 ? Strings.ClusterNoneConnected : string.Join(", ", all.Select(c => c.Name));
        throw new RedHatApiException(ErrorIds.OpenShiftClusterNotConnected, Text.Format(Strings.ClusterUnknown, nameOrUrl, known)) { Target = nameOrUrl };
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var slot in _slots.Values)
        {
            slot.Dispose();
        }

        _slots.Clear();
        foreach (var cluster in _clusters.Values)
        {
            cluster.Dispose();
        }

        _clusters.Clear();
        Interlocked.Exchange(ref _http, null)?.Dispose();
    }

    private HttpStack Http => Volatile.Read(ref _http) ?? throw Disconnected();

    private void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw Disconnected();
        }
    }

    private static RedHatApiException Disconnected() => new(ErrorIds.NotConnected, Strings.SessionDisconnected);
}
