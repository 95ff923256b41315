using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// The private HTTP stack of one session: its own ServiceProvider and IHttpClientFactory (pooled, rotated
/// handlers), one named client per API and one for the token endpoint. Nothing here is global, so two sessions
/// with different proxies or CAs never affect each other, and Disconnect-RedHatApi disposes it all.
/// </summary>
internal sealed class HttpStack : IDisposable
{
    internal const string SsoClientName = "RedHatApi.Sso";

    private readonly ServiceProvider _provider;
    private readonly IHttpClientFactory _factory;

    internal HttpStack(SessionCore session, NetworkSettings network)
    {
        var services = new ServiceCollection();

        // RequestLogHandler writes the one-line request log; the factory's own four-line logging is not wanted.
        services.ConfigureHttpClientDefaults(builder => builder.RemoveAllLoggers());
        var viaProxy = network.Proxy is not null && !network.NoProxy;

        services.AddHttpClient(SsoClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => PrimaryHandlerFactory.Create(network))
            .AddHttpMessageHandler(() => new UserAgentHandler(network.HostDescription))
            .AddHttpMessageHandler(() => new RequestLogHandler(session.Counters))
            .AddHttpMessageHandler(() => new RetryHandler(network.MaxRetries, RetryPolicy.TokenEndpoint, session.Counters, new ThrottleGate()))
            .AddHttpMessageHandler(() => new TransportErrorHandler(network.Timeout, viaProxy));

        foreach (ApiName api in Enum.GetValues(typeof(ApiName)))
        {
            var gate = session.GateFor(api);
            services.AddHttpClient(ClientName(api), client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(() => PrimaryHandlerFactory.Create(network))
                .AddHttpMessageHandler(() => new UserAgentHandler(network.HostDescription))
                .AddHttpMessageHandler(() => new RequestLogHandler(session.Counters))
                .AddHttpMessageHandler(() => new RedirectHandler())
                .AddHttpMessageHandler(() => new RetryHandler(network.MaxRetries, RetryPolicy.Api, session.Counters, gate))
                .AddHttpMessageHandler(() => new TransportErrorHandler(network.Timeout, viaProxy))
                .AddHttpMessageHandler(() => new AuthHandler(session, api));
        }

        _provider = services.BuildServiceProvider();
        _factory = _provider.GetRequiredService<IHttpClientFactory>();
    }

    /// <summary>A client for the token endpoint (no auth handler).</summary>
    internal HttpClient CreateSsoClient() => _factory.CreateClient(SsoClientName);

    /// <summary>A client for one API, with its base address set.</summary>
    internal HttpClient CreateApiClient(ApiName api, Uri baseAddress)
    {
        var client = _factory.CreateClient(ClientName(api));
        client.BaseAddress = baseAddress;
        return client;
    }

    public void Dispose() => _provider.Dispose();

    private static string ClientName(ApiName api) => "RedHatApi." + api;
}
