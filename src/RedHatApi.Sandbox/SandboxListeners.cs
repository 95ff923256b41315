using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace RedHatApi.Sandbox;

/// <summary>
/// The listeners a server opens besides its main HTTP port: HTTPS ports with a certificate of one throw-away CA
/// (created on the first request, so a sandbox without TLS never pays for it). Ports are chosen before start because
/// tokens and banners carry URLs.
/// </summary>
public sealed class SandboxListeners : IDisposable
{
    private readonly List<int> _httpsPorts = new();
    private SandboxCertificates? _certificates;

    /// <summary>The HTTPS ports asked for so far.</summary>
    public IReadOnlyList<int> HttpsPorts => _httpsPorts;

    /// <summary>The CA and server certificate, or null while no HTTPS port was asked for.</summary>
    public SandboxCertificates? Certificates => _certificates;

    /// <summary>A free loopback port that will serve HTTPS with the sandbox CA's certificate.</summary>
    public int AddHttps()
    {
        _certificates ??= SandboxCertificates.Create();
        var port = FreePort();
        _httpsPorts.Add(port);
        return port;
    }

    /// <summary>A port the OS reports free on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _certificates?.Dispose();
}
