using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// The HTTP stack of one connected cluster: the same handler chain as the Red Hat APIs (log, user agent, redirects,
/// retry, transport errors, auth), but its own primary handler, because each cluster brings its own CA or
/// insecure flag and must not change how the session trusts Red Hat's hosts.
/// </summary>
internal sealed class ClusterHttpStack : IDisposable
{
    private const string ClientName = "RedHatApi.Cluster";

    private readonly ServiceProvider _provider;
    private readonly IHttpClientFactory _factory;

    internal ClusterHttpStack(ClusterConnection cluster, NetworkSettings network, SessionCounters counters)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(builder => builder.RemoveAllLoggers());
        var viaProxy = network.Proxy is not null && !network.NoProxy;
        services.AddHttpClient(ClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => PrimaryHandlerFactory.Create(network))
            .AddHttpMessageHandler(() => new UserAgentHandler(network.HostDescription))
            .AddHttpMessageHandler(() => new RequestLogHandler(counters))
            .AddHttpMessageHandler(() => new RedirectHandler())
            .AddHttpMessageHandler(() => new RetryHandler(network.MaxRetries, RetryPolicy.Api, counters, cluster.Gate))
            .AddHttpMessageHandler(() => new TransportErrorHandler(network.Timeout, viaProxy))
            .AddHttpMessageHandler(() => new AuthHandler(() => cluster.Tokens, () => cluster.Server));
        _provider = services.BuildServiceProvider();
        _factory = _provider.GetRequiredService<IHttpClientFactory>();
    }

    internal HttpClient CreateClient(Uri baseAddress)
    {
        var client = _factory.CreateClient(ClientName);
        client.BaseAddress = baseAddress;
        return client;
    }

    public void Dispose() => _provider.Dispose();
}
