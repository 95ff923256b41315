using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RedHatApi.Sandbox.Control;
using RedHatApi.Sandbox.Faults;
using RedHatApi.Sandbox.Rhsm;
using RedHatApi.Sandbox.Sso;

namespace RedHatApi.Sandbox;

/// <summary>
/// A running sandbox: Kestrel on 127.0.0.1 serving Red Hat SSO, RHSM and the control API. Start it in-process
/// (benchmarks) or through Program (the command line, tests, users).
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, SandboxState state, Uri? tlsUri, SandboxCertificates? certificates)
    {
        _app = app;
        State = state;
        TlsUri = tlsUri;
        Certificates = certificates;
    }

    /// <summary>https://127.0.0.1:port/ when started with TLS.</summary>
    public Uri? TlsUri { get; }

    /// <summary>The CA and server certificate when started with TLS.</summary>
    public SandboxCertificates? Certificates { get; }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri => State.BaseUri;

    /// <summary>The sandbox's data, tokens, faults and log.</summary>
    public SandboxState State { get; }

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
            catch (IOException ex) when (ex.InnerException is AddressInUseException && attempt < 5 &&
                                         (options.Port == 0 || options.Tls || options.Cluster.Enabled))
            {
                // Taken by someone else since FreePort: try new ports.
            }
        }
    }

    private static async Task<SandboxServer> StartOnceAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        // Tokens carry the issuer URL, so the port is fixed before start: port 0 asks the OS for a free one.
        var port = options.Port == 0 ? FreePort() : options.Port;
        var state = new SandboxState(options, new Uri($"http://127.0.0.1:{port}/"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        var certificates = options.Tls || options.Cluster.Enabled ? SandboxCertificates.Create() : null;
        var tlsPort = options.Tls ? FreePort() : 0;
        var clusterPort = options.Cluster.Enabled ? FreePort() : 0;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            if (clusterPort != 0)
            {
                // The cluster API has its own HTTPS port, like api.<cluster>:6443, so its routes never mix with Red Hat's.
                k.Listen(IPAddress.Loopback, clusterPort, listen => listen.UseHttps(certificates!.Server));
            }

            if (options.Tls)
            {
                k.Listen(IPAddress.Loopback, tlsPort, listen => listen.UseHttps(certificates!.Server));
            }
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var app = builder.Build();
        app.UseMiddleware<FaultMiddleware>(state);
        app.MapPost(TokenEndpoint.Path, (Func<HttpContext, Task<IResult>>)(http => TokenEndpoint.HandleAsync(http, state.Tokens, state.Log)));
        ControlEndpoints.Map(app, state);
        RhsmEndpoints.Map(app, state);
        Assisted.AssistedEndpoints.Map(app, state);
        OpenShift.ClusterEndpoints.MapControl(app, state);
        if (clusterPort != 0)
        {
            state.ClusterUri = new Uri($"https://127.0.0.1:{clusterPort}/");
            state.ClusterCertificateAuthorityPath = certificates!.AuthorityPemPath;
            OpenShift.ClusterEndpoints.Map(app, state, clusterPort);
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            certificates?.Dispose();
            throw;
        }

        return new SandboxServer(app, state, options.Tls ? new Uri($"https://127.0.0.1:{tlsPort}/") : null, certificates);
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificates?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
