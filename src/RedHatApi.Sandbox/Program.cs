using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Sandbox;
using RedHatApi.Sandbox.Sso;

// RedHatApi.Sandbox: a local emulator of Red Hat SSO, the RHSM API and the Assisted Installer API for tests, demos and offline scripts.
// The first line printed is machine-readable ("RedHatApi.Sandbox listening on <url>"); tests wait for it.
if (Array.Exists(args, a => a is "--help" or "-h"))
{
    Console.WriteLine("""
        RedHatApi.Sandbox [--port 8443] [--systems 250] [--seed 42] [--token-lifetime <s>] [--rotate-refresh-tokens]
                          [--over-cap cap|reject] [--tls] [--image-bytes 1048576] [--latency-ms N] [--error-rate 0..1] [--error-status 503]
                          [--throttle-rate 0..1] [--retry-after <s>] [--drop-rate 0..1] [--malformed-rate 0..1]
                          [--assisted-step-ms 1000] [--assisted-fail-installs]
                          [--cluster] [--cluster-flavor openshift|kubernetes] [--cluster-no-token-secrets]
                          [--cluster-max-token-expiration <s>] [--cluster-oauth-token-lifetime <s>]
        Control API: /_sandbox/credentials, /_sandbox/faults (GET/PUT/DELETE), /_sandbox/faults/rules (POST),
                     /_sandbox/settings (PUT), /_sandbox/revoke (POST), /_sandbox/requests, /_sandbox/stats, /_sandbox/reset,
                     /_sandbox/assisted/settings (GET/PUT), /_sandbox/assisted/bodies,
                     /_sandbox/cluster/settings (GET/PUT), /_sandbox/cluster/compact (POST)
                     /_sandbox/cluster/oauth (GET/PUT), /_sandbox/cluster/oauth/users/{name} (PUT), /_sandbox/cluster/oauth/revoke (POST)
        """);
    return 0;
}

var options = new SandboxOptions();
try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
        double Rate() => double.Parse(Next(), CultureInfo.InvariantCulture);
        switch (args[i])
        {
            case "--port": options.Port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--systems": options.Systems = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--seed": options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--token-lifetime": options.AccessTokenLifetime = TimeSpan.FromSeconds(Rate()); break;
            case "--rotate-refresh-tokens": options.RotateRefreshTokens = true; break;
            case "--tls": options.Tls = true; break;
            case "--image-bytes": options.ImageBytes = long.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--over-cap": options.OverCap = Enum.Parse<OverCapBehavior>(Next(), ignoreCase: true); break;
            case "--latency-ms": options.Faults.LatencyMs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--error-rate": options.Faults.ErrorRate = Rate(); break;
            case "--error-status": options.Faults.ErrorStatus = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--throttle-rate": options.Faults.ThrottleRate = Rate(); break;
            case "--retry-after": options.Faults.RetryAfterSeconds = Rate(); break;
            case "--drop-rate": options.Faults.DropRate = Rate(); break;
            case "--malformed-rate": options.Faults.MalformedRate = Rate(); break;
            case "--assisted-step-ms": options.Assisted.StepMilliseconds = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
            case "--assisted-fail-installs": options.Assisted.FailInstalls = true; break;
            case "--cluster": options.Cluster.Enabled = true; break;
            case "--cluster-flavor": options.Cluster.Flavor = Enum.Parse<RedHatApi.Sandbox.OpenShift.ClusterFlavor>(Next(), ignoreCase: true); break;
            case "--cluster-no-token-secrets": options.Cluster.LegacyTokenSecrets = false; break;
            case "--cluster-max-token-expiration": options.Cluster.MaxTokenExpirationSeconds = long.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--cluster-oauth-token-lifetime": options.Cluster.OAuthTokenLifetimeSeconds = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
            default: throw new ArgumentException("unknown option " + args[i] + " (see --help)");
        }
    }
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

await using var server = await SandboxServer.StartAsync(options);
var tokens = server.State.Tokens;
Console.WriteLine("RedHatApi.Sandbox listening on " + server.BaseUri);
Console.WriteLine("  SSO token URL : " + new Uri(server.BaseUri, TokenEndpoint.Path.TrimStart('/')));
Console.WriteLine("  RHSM API      : " + new Uri(server.BaseUri, "management/v1/"));
Console.WriteLine("  Systems       : " + options.Systems + " (seed " + options.Seed + ")");
Console.WriteLine("  Assisted API  : " + new Uri(server.BaseUri, "api/assisted-install/v2/"));
Console.WriteLine("  Offline token (rhsm-api)       : " + tokens.RhsmOfflineToken);
Console.WriteLine("  Offline token (cloud-services) : " + tokens.ConsoleOfflineToken);
Console.WriteLine("  Service account                : " + TokenService.ServiceAccountId + " / " + tokens.ServiceAccountSecret);
if (server.TlsUri is not null)
{
    Console.WriteLine("  TLS           : " + server.TlsUri);
    Console.WriteLine("  TLS CA (PEM)  : " + server.Certificates!.AuthorityPemPath);
}

if (server.State.ClusterUri is { } cluster)
{
    Console.WriteLine("  Cluster API   : " + cluster);
    Console.WriteLine("  Cluster CA (PEM) : " + server.State.ClusterCertificateAuthorityPath);
    Console.WriteLine("  Cluster       : Connect-RedHatApi -ClusterUrl " + cluster + " -AccessToken <adminToken of /_sandbox/credentials> -CertificateAuthority <CA>");
    Console.WriteLine("  Cluster login : Connect-RedHatApi -ClusterUrl " + cluster + " -Credential <a user of oauthUsers in /_sandbox/credentials> -CertificateAuthority <CA>");
}

Console.WriteLine("  PowerShell    : Connect-RedHatApi -Sandbox " + server.BaseUri);
Console.Out.Flush();

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM: stop cleanly.
}

return 0;
