using Microsoft.Extensions.DependencyInjection;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// The one place the handler chain is assembled, outermost first: user agent, request log, redirects, retry with
/// the throttle gate, transport classifier, auth, then the primary handler (proxy, CA, no automatic redirects).
/// Connections, token endpoints, the cluster OAuth login and bearer-free downloads all get their pipelines here.
/// </summary>
internal static class PipelineBuilder
{
    /// <summary>An API connection's pipeline: everything, auth innermost so each retry and each redirect hop asks it again.</summary>
    internal static HttpPipeline Api(NetworkSettings network, SessionCounters counters, ThrottleGate gate, System.Func<System.Net.Http.DelegatingHandler> auth) =>
        new(new PipelineOptions(network, counters) { FollowRedirects = true, Retry = RetryPolicy.Api, Gate = gate, Auth = auth });

    /// <summary>
    /// Anonymous requests: token endpoints (the grant is the credential), sandbox discovery and pre-signed downloads
    /// (the link is the credential). No auth handler, so no bearer can reach those hosts; redirects are left to the caller.
    /// </summary>
    internal static HttpPipeline Anonymous(NetworkSettings network, SessionCounters counters) =>
        new(new PipelineOptions(network, counters) { Retry = RetryPolicy.TokenEndpoint });

    /// <summary>
    /// An interactive login (the cluster OAuth server's implicit grant): no retry (a password is not sent twice on a
    /// guess), no redirects followed (the token is in the 302's Location) and no request log line (the login logs its
    /// own, without the Location).
    /// </summary>
    internal static HttpPipeline Login(NetworkSettings network) => new(new PipelineOptions(network, counters: null));

    internal static void Configure(IHttpClientBuilder builder, PipelineOptions options)
    {
        var network = options.Network;
        var viaProxy = network.Proxy is not null && !network.NoProxy;
        builder.ConfigurePrimaryHttpMessageHandler(() => PrimaryHandlerFactory.Create(network))
            .AddHttpMessageHandler(() => new UserAgentHandler(network.HostDescription));
        if (options.Counters is { } counters)
        {
            builder.AddHttpMessageHandler(() => new RequestLogHandler(counters));
        }

        if (options.FollowRedirects)
        {
            builder.AddHttpMessageHandler(() => new RedirectHandler());
        }

        if (options.Retry is { } retry)
        {
            var gate = options.Gate ?? new ThrottleGate();
            var retryCounters = options.Counters ?? new SessionCounters();
            builder.AddHttpMessageHandler(() => new RetryHandler(network.MaxRetries, retry, retryCounters, gate));
        }

        builder.AddHttpMessageHandler(() => new TransportErrorHandler(network.Timeout, viaProxy));
        if (options.Auth is { } auth)
        {
            builder.AddHttpMessageHandler(auth);
        }
    }
}
