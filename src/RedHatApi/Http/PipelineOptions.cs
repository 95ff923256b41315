using System;
using System.Net.Http;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// What one pipeline is for. Every pipeline has the same handlers in the same order; the options only leave some
/// out (a token endpoint has no auth and follows no redirects, a login answers its own 302).
/// </summary>
internal sealed class PipelineOptions
{
    internal PipelineOptions(NetworkSettings network, SessionCounters? counters)
    {
        Network = network;
        Counters = counters;
    }

    /// <summary>Proxy, TLS, timeout, retries and the User-Agent's host description.</summary>
    internal NetworkSettings Network { get; }

    /// <summary>The session counters the request log and the retries update; null writes no request log line.</summary>
    internal SessionCounters? Counters { get; }

    /// <summary>Follow 3xx in a handler outside auth, so every hop passes the auth host check.</summary>
    internal bool FollowRedirects { get; init; }

    /// <summary>Which outcomes retry; null sends every request once.</summary>
    internal RetryPolicy? Retry { get; init; }

    /// <summary>The rate-limit wait shared by every request to one service; a private gate when null.</summary>
    internal ThrottleGate? Gate { get; init; }

    /// <summary>The innermost handler, adding credentials; null for anonymous pipelines.</summary>
    internal Func<DelegatingHandler>? Auth { get; init; }
}
