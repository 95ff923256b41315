using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// One HTTP pipeline: its own ServiceProvider and IHttpClientFactory (pooled, rotated handlers) with one named
/// client whose handler chain <see cref="PipelineBuilder"/> lays out. Nothing is built until the first
/// <see cref="CreateClient"/>, so connecting (and importing the module) does no HTTP wiring for connections that a
/// script never calls. Nothing here is global: two connections with different proxies or CAs never affect each other.
/// </summary>
internal sealed class HttpPipeline : IDisposable
{
    private const string ClientName = "RedHatApi";

    private readonly PipelineOptions _options;
    private readonly object _buildGate = new();
    private ServiceProvider? _provider;
    private IHttpClientFactory? _factory;
    private int _disposed;

    internal HttpPipeline(PipelineOptions options)
    {
        _options = options;
    }

    /// <summary>The settings of the primary handler (proxy, CA, timeout).</summary>
    internal NetworkSettings Network => _options.Network;

    /// <summary>A client of this pipeline, with <paramref name="baseAddress"/> set when given.</summary>
    internal HttpClient CreateClient(Uri? baseAddress = null)
    {
        var client = Factory().CreateClient(ClientName);
        if (baseAddress is not null)
        {
            client.BaseAddress = baseAddress;
        }

        return client;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_buildGate)
        {
            _provider?.Dispose();
            _provider = null;
            _factory = null;
        }
    }

    private IHttpClientFactory Factory()
    {
        var factory = Volatile.Read(ref _factory);
        if (factory is not null)
        {
            return factory;
        }

        lock (_buildGate)
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                throw new ObjectDisposedException(nameof(HttpPipeline));
            }

            if (_factory is null)
            {
                var services = new ServiceCollection();

                // RequestLogHandler writes the one-line request log; the factory's own four-line logging is not wanted.
                services.ConfigureHttpClientDefaults(builder => builder.RemoveAllLoggers());
                var builder = services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
                PipelineBuilder.Configure(builder, _options);
                _provider = services.BuildServiceProvider();
                Volatile.Write(ref _factory, _provider.GetRequiredService<IHttpClientFactory>());
            }

            return _factory!;
        }
    }
}
