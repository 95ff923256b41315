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
/// The engine behind a <see cref="RedHatApiSession"/>: endpoints, network settings, the SSO credential slots (token
/// providers), the registry of named connections, counters and the anonymous pipeline (token endpoints, downloads).
/// Internal, so no dependency type ever reaches the public surface. Thread-safe: parallel runspaces share one core.
/// </summary>
/// <remarks>
/// The SSO-backed connections ("rhsm", "assisted", "assisted-agent") are created on first use and borrow the token
/// of the slot that serves their API at each request, so one rhsm-api offline token can serve several connections
/// and a credential added later is picked up without rebuilding anything. Other families add their connections with
/// <see cref="AddConnection"/>; the one added last is the family's default.
/// </remarks>
internal sealed class SessionCore : IDisposable
{
    /// <summary>The connection of the Assisted Installer's agent-facing calls (pull secret as X-Secret-Key).</summary>
    internal const string AgentConnectionSuffix = "-agent";

    /// <summary>Header of the Assisted Installer's agent auth (swagger securityDefinitions agentAuth).</summary>
    internal const string AgentHeader = "X-Secret-Key";

    private readonly ConcurrentDictionary<string, CredentialSlot> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, ThrottleGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Connection> _connections = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _configureGate = new();
    private HttpPipeline? _anonymous;
    private RedHatApiEndpoints _endpoints;
    private NetworkSettings _network;
    private int _disposed;

    internal SessionCore(RedHatApiEndpoints endpoints, NetworkSettings network)
    {
        _endpoints = endpoints;
        _network = network;
        _anonymous = PipelineBuilder.Anonymous(network, Counters);
    }

    internal RedHatApiEndpoints Endpoints => Volatile.Read(ref _endpoints);

    internal NetworkSettings Network => Volatile.Read(ref _network);

    internal SessionCounters Counters { get; } = new();

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    internal IReadOnlyList<CredentialSlot> Slots => _slots.Values.OrderBy(s => s.AddedAt).ToList();

    /// <summary>The rate-limit gate every connection to one service shares (RHSM limits per account, not per client).</summary>
    internal ThrottleGate GateFor(string service) => _gates.GetOrAdd(service, _ => new ThrottleGate());

    /// <summary>
    /// Changes endpoints or network settings. The SSO connections are dropped when either changed (they are
    /// created again, with the new URL and settings, on their next use); the anonymous pipeline only when the network did.
    /// </summary>
    internal void Configure(RedHatApiEndpoints endpoints, NetworkSettings network)
    {
        lock (_configureGate)
        {
            ThrowIfDisposed();
            var endpointsChanged = !SameEndpoints(endpoints, _endpoints);
            Volatile.Write(ref _endpoints, endpoints);
            var networkChanged = network != _network;
            if (networkChanged)
            {
                Volatile.Write(ref _network, network);
                Interlocked.Exchange(ref _anonymous, PipelineBuilder.Anonymous(network, Counters))?.Dispose();
            }

            if (endpointsChanged || networkChanged)
            {
                foreach (var connection in _connections.Values.Where(IsSsoConnection).ToList())
                {
                    if (_connections.TryRemove(connection.Name, out var removed))
                    {
                        removed.Dispose();
                    }
                }
            }
        }
    }

    internal SsoTokenClient CreateSsoClient() => new(Anonymous.CreateClient(), Endpoints.TokenUrl);

    /// <summary>An anonymous client with the session's network settings (token endpoints, sandbox discovery, pre-signed downloads).</summary>
    internal HttpClient CreateTokenEndpointHttpClient() => Anonymous.CreateClient();

    /// <summary>A client of the connection of <paramref name="api"/>, base address set.</summary>
    internal HttpClient CreateApiClient(ApiName api) => ConnectionFor(api).CreateClient();

    /// <summary>The connection of an SSO-backed API ("rhsm", "assisted"), created on first use.</summary>
    internal Connection ConnectionFor(ApiName api)
    {
        ThrowIfDisposed();
        return _connections.GetOrAdd(SsoConnectionName(api), name => new Connection(
            name,
            api.ToString(),
            Endpoints.For(api),
            Network,
            BearerAuthenticator.Borrowing(() => SlotFor(api).Tokens, () => HasUserSlot(api)),
            Counters,
            GateFor(api.ToString()),
            details: api));
    }

    /// <summary>The connection of the agent-facing calls of <paramref name="api"/>: the pull secret's token as X-Secret-Key, never a bearer.</summary>
    internal Connection AgentConnectionFor(ApiName api)
    {
        ThrowIfDisposed();
        return _connections.GetOrAdd(SsoConnectionName(api) + AgentConnectionSuffix, name => new Connection(
            name,
            api.ToString(),
            Endpoints.For(api),
            Network,
            BearerAuthenticator.Borrowing(() => AgentSlotFor(api).Tokens, () => AgentSlot(api) is not null, AgentHeader),
            Counters,
            GateFor(api.ToString()),
            details: api));
    }

    /// <summary>
    /// Adds a connection of any family and makes it that family's default; one of the same name is replaced (a new
    /// token) and disposed.
    /// </summary>
    internal void AddConnection(Connection connection)
    {
        ThrowIfDisposed();
        Connection? replaced = null;
        _connections.AddOrUpdate(connection.Name, connection, (_, old) =>
        {
            replaced = old;
            return connection;
        });
        _defaults[connection.Family] = connection.Name;
        if (!ReferenceEquals(replaced, connection))
        {
            replaced?.Dispose();
        }
    }

    /// <summary>The default connection of <paramref name="family"/> (the one added last), or null.</summary>
    internal Connection? DefaultOf(string family) =>
        _defaults.TryGetValue(family, out var name) && _connections.TryGetValue(name, out var connection) ? connection : null;

    /// <summary>
    /// Every connection that has a credential, oldest first: the SSO connections of the APIs some slot serves, then
    /// the others (clusters...).
    /// </summary>
    internal IReadOnlyList<Connection> Connections
    {
        get
        {
            if (IsDisposed)
            {
                return Array.Empty<Connection>();
            }

            foreach (var api in _slots.Values.Where(s => s.Kind != CredentialKind.PullSecret).SelectMany(s => s.Apis).Distinct())
            {
                ConnectionFor(api);
            }

            foreach (var api in _slots.Values.Where(s => s.Kind == CredentialKind.PullSecret).SelectMany(s => s.Apis).Distinct())
            {
                AgentConnectionFor(api);
            }

            // The SSO connections first, in API order (user before agent), then the others as they were added.
            return _connections.Values.Where(c => c.Authenticator.IsAvailable)
                .OrderBy(c => c.Details is ApiName ? 0 : 1)
                .ThenBy(c => c.Details is ApiName api ? (int)api : 0)
                .ThenBy(c => c.Name.EndsWith(AgentConnectionSuffix, StringComparison.Ordinal) ? 1 : 0)
                .ThenBy(c => c.AddedAt)
                .ToList();
        }
    }

    /// <summary>True when <paramref name="connection"/> is the default of its family.</summary>
    internal bool IsDefault(Connection connection) =>
        _defaults.TryGetValue(connection.Family, out var name) && string.Equals(name, connection.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The connection named <paramref name="name"/> ("rhsm", "assisted", "cluster:prod"; a cluster also by its bare
    /// name). None is ConnectionNotFound naming the connections there are.
    /// </summary>
    internal Connection Named(string name)
    {
        var all = Connections;
        var found = all.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(c => string.Equals(c.Name, ClusterConnection.ConnectionPrefix + name, StringComparison.OrdinalIgnoreCase));
        if (found is not null)
        {
            return found;
        }

        var known = all.Count == 0 ? Strings.ConnectionNoneConnected : string.Join(", ", all.Select(c => c.Name));
        throw new RedHatApiException(ErrorIds.ConnectionNotFound, Text.Format(Strings.ConnectionNotFound, name, known)) { Target = name };
    }

    /// <summary>
    /// The connection an absolute URL belongs to: the one whose base URL is the longest prefix of it (RHSM and the
    /// Assisted Installer can share a host behind a gateway or in the sandbox), else one on the same host. Null when none.
    /// </summary>
    internal Connection? ConnectionForUrl(Uri url)
    {
        var all = Connections;
        if (!all.Any(c => IsSsoConnection(c) && !c.Name.EndsWith(AgentConnectionSuffix, StringComparison.Ordinal)))
        {
            // No SSO credential yet: the SSO connections still claim their URLs, so the error names the missing credential.
            all = all.Concat(new[] { ConnectionFor(ApiName.Rhsm), ConnectionFor(ApiName.Assisted), ConnectionFor(ApiName.Console) }).ToList();
        }

        // Agent connections share the Assisted base URL; a URL picks the user connection unless only the agent one exists.
        var candidates = all.OrderBy(c => c.Name.EndsWith(AgentConnectionSuffix, StringComparison.Ordinal) ? 1 : 0).ToList();
        return candidates.Where(c => c.Covers(url)).OrderByDescending(c => c.BaseUrl.AbsolutePath.Length).FirstOrDefault()
            ?? candidates.FirstOrDefault(c => c.IsSameHost(url));
    }

    /// <summary>
    /// Drops one connection (Disconnect-RedHatApi -Connection): its pipeline is disposed. For an SSO connection the
    /// credentials that served only that API are cleared too; a credential that serves another API stays for it.
    /// </summary>
    internal void RemoveConnection(Connection connection)
    {
        ThrowIfDisposed();
        if (!_connections.TryRemove(connection.Name, out var removed))
        {
            return;
        }

        if (removed.Details is ApiName api)
        {
            var agent = removed.Name.EndsWith(AgentConnectionSuffix, StringComparison.Ordinal);
            foreach (var slot in _slots.Values.Where(s => (s.Kind == CredentialKind.PullSecret) == agent && s.Apis.Contains(api)).ToList())
            {
                if (!slot.Drop(api) && _slots.TryRemove(slot.ClientId, out var emptied))
                {
                    emptied.Dispose();
                }
            }
        }

        if (_defaults.TryGetValue(removed.Family, out var name) && string.Equals(name, removed.Name, StringComparison.OrdinalIgnoreCase))
        {
            var next = _connections.Values.Where(c => c.Family == removed.Family && !IsSsoConnection(c)).OrderByDescending(c => c.AddedAt).FirstOrDefault();
            if (next is null)
            {
                _defaults.TryRemove(removed.Family, out _);
            }
            else
            {
                _defaults[removed.Family] = next.Name;
            }
        }

        removed.Dispose();
    }

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
        var any = UserSlot(api);
        if (any is null && AgentSlot(api) is not null)
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
        return AgentSlot(api) ?? throw new RedHatApiException(ErrorIds.AgentCredentialMissing, Strings.AgentCredentialMissing) { Target = api };
    }

    /// <summary>The connected clusters, oldest first.</summary>
    internal IReadOnlyList<ClusterConnection> Clusters =>
        _connections.Values.Select(c => c.Details).OfType<ClusterConnection>().OrderBy(c => c.AddedAt).ToList();

    /// <summary>The cluster OpenShift cmdlets use without -Cluster: the one connected (or reconnected) last.</summary>
    internal string? CurrentClusterName => DefaultOf(ClusterConnection.Family)?.Details is ClusterConnection current ? current.Name : null;

    /// <summary>Adds a cluster and makes it the current one; a cluster of the same name is replaced (a new token).</summary>
    internal void AddCluster(ClusterConnection cluster) => AddConnection(cluster.Connection);

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
            if (DefaultOf(ClusterConnection.Family)?.Details is ClusterConnection last)
            {
                return last;
            }

            throw new RedHatApiException(ErrorIds.OpenShiftClusterNotConnected, Strings.OpenShiftClusterNotConnected);
        }

        if (_connections.TryGetValue(ClusterConnection.ConnectionPrefix + nameOrUrl, out var named) && named.Details is ClusterConnection cluster)
        {
            return cluster;
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
        foreach (var connection in _connections.Values)
        {
            connection.Dispose();
        }

        _connections.Clear();
        _defaults.Clear();
        Interlocked.Exchange(ref _anonymous, null)?.Dispose();
    }

    private HttpPipeline Anonymous => Volatile.Read(ref _anonymous) ?? throw Disconnected();

    private static string SsoConnectionName(ApiName api) => api.ToString().ToLowerInvariant();

    private static bool IsSsoConnection(Connection connection) => connection.Details is ApiName;

    private static bool SameEndpoints(RedHatApiEndpoints a, RedHatApiEndpoints b) =>
        a.TokenUrl == b.TokenUrl && a.RhsmUrl == b.RhsmUrl && a.AssistedUrl == b.AssistedUrl && a.ConsoleUrl == b.ConsoleUrl;

    private CredentialSlot? UserSlot(ApiName api) =>
        _slots.Values.Where(s => s.Kind != CredentialKind.PullSecret && s.Apis.Contains(api)).OrderByDescending(s => s.AddedAt).FirstOrDefault();

    private CredentialSlot? AgentSlot(ApiName api) =>
        _slots.Values.Where(s => s.Kind == CredentialKind.PullSecret && s.Apis.Contains(api)).OrderByDescending(s => s.AddedAt).FirstOrDefault();

    private bool HasUserSlot(ApiName api) => UserSlot(api) is not null;

    private void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw Disconnected();
        }
    }

    private static RedHatApiException Disconnected() => new(ErrorIds.NotConnected, Strings.SessionDisconnected);
}
