using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;

namespace RedHatApi.Tests.Fixtures;

/// <summary>What every real third-party server the tests start shares: finding its program, a free port, skip rules.</summary>
internal static class RealServerSupport
{
    /// <summary>
    /// The skip reason for a server that cannot run here, or null. On CI (CI=true) it is always null: the server's
    /// constructor then fails loudly instead of the tests being skipped.
    /// </summary>
    internal static string? SkipReason(string server, string? missing) =>
        missing is null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : "Real " + server + " unavailable: " + missing;

    internal static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
