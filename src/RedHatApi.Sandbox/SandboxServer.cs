using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedHatApi.Sandbox.Faults;

namespace RedHatApi.Sandbox;

/// <summary>
/// A running sandbox: Kestrel on 127.0.0.1 serving every API family (<see cref="SandboxFamilies"/>) behind the fault
/// middleware. Start it in-process (benchmarks) or through Program (the command line, tests, users).
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxListeners _listeners;

    private SandboxServer(WebApplication app, SandboxState state, Uri? tlsUri, SandboxListeners listeners)
    {
        _app = app;
        State = state;
        TlsUri = tlsUri;
        _listeners = listeners;
    }

    /// <summary>https://127.0.0.1:port/ when started with TLS.</summary>
    public Uri? TlsUri { get; }

    /// <summary>The CA and server certificate when some listener serves HTTPS (--tls, the cluster API).</summary>
    public SandboxCertificates? Certificates => _listeners.Certificates;

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri => State.BaseUri;

    /// <summary>The sandbox's families, faults and log.</summary>
    public SandboxState State { get; }

    /// <summary>
    /// Cancelled when the host begins to stop: SIGTERM (a service manager, a container runtime, kill) and Ctrl+C
    /// reach the host's console lifetime, which swallows the signal and stops the application instead of exiting.
    /// </summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The families served, in order.</summary>
    public IReadOnlyList<ISandboxFamily> Families => State.Families;

    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        // The ports the sandbox picks itself are free when picked but bound only later (tokens carry the URL), and
        // another process can take one in between, busy machines running many tests at once do: then pick again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(options, cancellationToken);
            }
            catch (IOException ex) when (ex.InnerException is AddressInUseException && attempt < 5)
            {
                // Taken by someone else since FreePort: try new ports (a fixed --port that is taken fails again,
                // and the fifth attempt's error goes to the caller).
            }
        }
    }

    private static async Task<SandboxServer> StartOnceAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        // Tokens carry the issuer URL, so the port is fixed before start: port 0 asks the OS for a free one.
        var port = options.Port == 0 ? SandboxListeners.FreePort() : options.Port;
        var state = new SandboxState(options, new Uri($"http://127.0.0.1:{port}/"), SandboxFamilies.Create());
        var listeners = new SandboxListeners();
        WebApplication? app = null;
        try
        {
            var tlsPort = options.Tls ? listeners.AddHttps() : 0;
            foreach (var family in state.Families)
            {
                family.Listen(listeners);
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, port);
                foreach (var https in listeners.HttpsPorts)
                {
                    k.Listen(IPAddress.Loopback, https, listen => listen.UseHttps(listeners.Certificates!.Server));
                }
            });
            builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
            app = builder.Build();
            app.UseMiddleware<FaultMiddleware>(state);
            foreach (var family in state.Families)
            {
                family.Map(app);
            }

            await app.StartAsync(cancellationToken);
            return new SandboxServer(app, state, options.Tls ? new Uri($"https://127.0.0.1:{tlsPort}/") : null, listeners);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            listeners.Dispose();
            throw;
        }
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _listeners.Dispose();
    }
}
