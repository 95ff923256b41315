using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// One Ironic as Connect-Ironic joined it to a session: its API URLs in the order to try them (the one that last
/// answered first, as ironic-python-agent moves it to the front), the microversion range negotiated once, a pinned
/// version, and the agent tokens kept from first lookups. Every session connection of this Ironic carries the same
/// state as its <c>Details</c>.
/// </summary>
internal sealed class IronicState
{
    /// <summary>The family name of Ironic connections.</summary>
    internal const string Family = "Ironic";

    private readonly object _gate = new();
    private Task<IronicVersionRange>? _negotiation;
    private readonly ConcurrentDictionary<string, SecretValue> _tokens = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _heartbeatTimeouts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IronicConflictPauses> _conflicts = new(StringComparer.OrdinalIgnoreCase);
    private List<IronicEndpoint> _endpoints = new();
    private IronicVersionRange? _range;

    internal IronicState(IronicMicroversion? pinned)
    {
        Pinned = pinned;
    }

    /// <summary>The version -ApiVersion pinned; every call sends it.</summary>
    internal IronicMicroversion? Pinned { get; }

    /// <summary>The negotiated range, or null before the first call.</summary>
    internal IronicVersionRange? Range => Volatile.Read(ref _range);

    /// <summary>How the engine waits between retries (tests replace it to run without waiting).</summary>
    internal Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

    /// <summary>The random source of the retry pauses and heartbeat intervals.</summary>
    internal Random Random { get; set; } = new();

    /// <summary>The URLs in the order they are tried now.</summary>
    internal IReadOnlyList<IronicEndpoint> Endpoints
    {
        get
        {
            lock (_gate)
            {
                return _endpoints.ToList();
            }
        }
    }

    internal void AddEndpoint(IronicEndpoint endpoint)
    {
        lock (_gate)
        {
            _endpoints = _endpoints.Concat(new[] { endpoint }).ToList();
        }
    }

    /// <summary>Moves the endpoint that answered to the front, so the next call starts there.</summary>
    internal void Promote(IronicEndpoint endpoint)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_endpoints.FirstOrDefault(), endpoint))
            {
                _endpoints = new[] { endpoint }.Concat(_endpoints.Where(e => !ReferenceEquals(e, endpoint))).ToList();
            }
        }
    }

    /// <summary>Sets the range once (Connect-Ironic's check or the first call); later calls keep the first.</summary>
    internal IronicVersionRange SetRange(IronicVersionRange range)
    {
        Interlocked.CompareExchange(ref _range, range, null);
        return Range!;
    }

    /// <summary>Runs <paramref name="negotiate"/> once; concurrent first calls share its answer, and a failure lets the next call try again.</summary>
    internal async Task<IronicVersionRange> RangeAsync(Func<CancellationToken, Task<IronicVersionRange>> negotiate, CancellationToken cancellationToken)
    {
        if (Range is { } known)
        {
            return known;
        }

        var mine = new TaskCompletionSource<IronicVersionRange>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = Interlocked.CompareExchange(ref _negotiation, mine.Task, null);
        if (running is not null)
        {
            return await running.ConfigureAwait(false);
        }

        try
        {
            var range = SetRange(await negotiate(cancellationToken).ConfigureAwait(false));
            mine.SetResult(range);
            return range;
        }
        catch (Exception ex)
        {
            _ = Interlocked.Exchange(ref _negotiation, null);
            mine.SetException(ex);
            _ = mine.Task.Exception;
            throw;
        }
    }

    /// <summary>Keeps the token of a node's first lookup under its UUID (and its name when known); replaces an older one.</summary>
    internal void KeepToken(Guid node, string? name, string token)
    {
        foreach (var key in new[] { node.ToString(), name }.Where(k => !string.IsNullOrEmpty(k)))
        {
            var value = SecretValue.FromPlain(token);
            _tokens.AddOrUpdate(key!, value, (_, old) =>
            {
                old.Dispose();
                return value;
            });
        }
    }

    /// <summary>The token kept for a node by UUID or name, or null.</summary>
    internal SecureString? TokenFor(string node) => _tokens.TryGetValue(node, out var value) ? value.RevealSecure() : null;

    /// <summary>The kept token as text, for the heartbeat body only.</summary>
    internal string? PlainTokenFor(string node) => _tokens.TryGetValue(node, out var value) ? value.Reveal() : null;

    internal void KeepHeartbeatTimeout(Guid node, string? name, int seconds)
    {
        _heartbeatTimeouts[node.ToString()] = seconds;
        if (!string.IsNullOrEmpty(name))
        {
            _heartbeatTimeouts[name!] = seconds;
        }
    }

    /// <summary>The heartbeat_timeout the node's lookup gave, or null.</summary>
    internal int? HeartbeatTimeoutFor(string node) => _heartbeatTimeouts.TryGetValue(node, out var seconds) ? seconds : null;

    /// <summary>The 409 pauses of one node: 5, 10, then 30 s, back to 5 after a heartbeat gets through.</summary>
    internal IronicConflictPauses ConflictsOf(string node) => _conflicts.GetOrAdd(node, _ => new IronicConflictPauses());

    /// <summary>
    /// The version a call sends: the pinned one, else <paramref name="desired"/> capped at the server's maximum. A pin
    /// or a server below <paramref name="minimum"/> is IronicApiVersionUnsupported naming what the call needs.
    /// </summary>
    internal IronicMicroversion Choose(IronicVersionRange range, string operation, IronicMicroversion minimum, IronicMicroversion desired)
    {
        if (Pinned is { } pinned)
        {
            if (pinned < minimum)
            {
                throw new RedHatApiException(
                    ErrorIds.IronicApiVersionUnsupported,
                    Properties.Text.Format(Properties.Strings.IronicApiVersionPinnedTooLow, operation, minimum, pinned, range))
                { Target = pinned.ToString() };
            }

            return pinned;
        }

        if (range.Max < minimum)
        {
            throw new RedHatApiException(
                ErrorIds.IronicApiVersionUnsupported,
                Properties.Text.Format(Properties.Strings.IronicServerTooOld, operation, minimum, range))
            { Target = minimum.ToString() };
        }

        return IronicMicroversion.Max(minimum, IronicMicroversion.Min(desired, range.Max));
    }
}

/// <summary>One base URL of an Ironic: a client per microversion, each sending it in every request's header.</summary>
internal sealed class IronicEndpoint
{
    private readonly Func<HttpClient> _createClient;
    private readonly ConcurrentDictionary<string, ApiConnection> _byVersion = new(StringComparer.Ordinal);

    /// <param name="baseUrl">The API root (where GET / answers the version document), ending in a slash.</param>
    /// <param name="createClient">A client of the connection's pipeline, base address set.</param>
    internal IronicEndpoint(Uri baseUrl, Func<HttpClient> createClient)
    {
        BaseUrl = baseUrl;
        _createClient = createClient;
        Errors = new IronicErrorShape(baseUrl);
    }

    internal Uri BaseUrl { get; }

    internal IronicErrorShape Errors { get; }

    /// <summary>
    /// The connection that sends <paramref name="version"/> (null: no header, as for GET /). The header is a default
    /// header of a client of its own, so requests of different versions never share a mutable header.
    /// </summary>
    internal ApiConnection At(IronicMicroversion? version) =>
        _byVersion.GetOrAdd(version?.ToString() ?? string.Empty, key =>
        {
            var http = _createClient();
            if (key.Length > 0)
            {
                http.DefaultRequestHeaders.TryAddWithoutValidation(IronicClient.VersionHeader, key);
            }

            return new ApiConnection(http, Errors);
        });

    /// <inheritdoc />
    public override string ToString() => BaseUrl.AbsoluteUri;
}
