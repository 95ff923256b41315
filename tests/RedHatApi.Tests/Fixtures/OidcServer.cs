using System;
using System.Collections.Generic;
using System.Linq;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;

namespace RedHatApi.Tests.Fixtures;

/// <summary>Knobs of one OpenID provider instance (TEST-SERVERS.md §1).</summary>
public sealed record OidcServerOptions(int AccessTokenTtlSeconds = 10, bool Rotate = false);

/// <summary>
/// A real OpenID provider (npm oidc-provider, tests/servers/oidc) on a free loopback port, shaped like Red Hat SSO,
/// with a seeded cloud-services and rhsm-api offline token. Started per test class.
/// </summary>
public sealed class OidcServer : IDisposable
{
    private static readonly string ServerDirectory = Path.Combine(RepoPaths.Root, "tests", "servers", "oidc");
    private readonly ChildProcess _process;
    private readonly string _work;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public OidcServer(OidcServerOptions options)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        Port = RealServerSupport.FreePort();
        _work = Directory.CreateTempSubdirectory("redhatapi-oidc-").FullName;
        var info = new ProcessStartInfo("node") { WorkingDirectory = ServerDirectory };
        info.ArgumentList.Add("server.mjs");
        info.Environment["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AT_TTL"] = options.AccessTokenTtlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["ROTATE"] = options.Rotate ? "1" : "0";
        info.Environment["SEED_FILE"] = Path.Combine(_work, "cloud-services");
        info.Environment["SEED_FILE_RHSM"] = Path.Combine(_work, "rhsm-api");
        _process = new ChildProcess(info);
        WaitUntilReady();
        OfflineToken = File.ReadAllText(Path.Combine(_work, "cloud-services"));
        RhsmOfflineToken = File.ReadAllText(Path.Combine(_work, "rhsm-api"));
    }

    /// <summary>Why the server cannot run here, or null. On CI (CI=true) a missing server is a failure, never a skip.</summary>
    public static string? UnavailableReason { get; } = FindReason();

    public int Port { get; }

    public Uri TokenUrl => new($"http://127.0.0.1:{Port}/auth/realms/redhat-external/protocol/openid-connect/token");

    public Uri RevocationUrl => new($"http://127.0.0.1:{Port}/auth/realms/redhat-external/protocol/openid-connect/revoke");

    /// <summary>Seeded offline token of cloud-services (opaque, as oidc-provider issues them).</summary>
    public string OfflineToken { get; }

    /// <summary>Seeded offline token of rhsm-api.</summary>
    public string RhsmOfflineToken { get; }

    public string ServiceClientId => "svc-client";

    public string BasicClientId => "svc-basic";

    public string ServiceClientSecret => "svc-secret";

    /// <summary>Successful grants of one type since start or the last reset.</summary>
    public int Grants(string grantType)
    {
        var json = _http.GetStringAsync(new Uri($"http://127.0.0.1:{Port}/stats")).GetAwaiter().GetResult();
        return JsonDocument.Parse(json).RootElement.GetProperty("grants").GetProperty(grantType).GetInt32();
    }

    /// <summary>Revokes a refresh token through the standard revocation endpoint, as a user signing out would.</summary>
    public void Revoke(string token, string clientId)
    {
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["client_id"] = clientId, ["token_type_hint"] = "refresh_token" });
        using var response = _http.PostAsync(RevocationUrl, body).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                using var response = _http.GetAsync(new Uri($"http://127.0.0.1:{Port}/health")).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK && new FileInfo(Path.Combine(_work, "cloud-services")) is { Exists: true, Length: > 0 })
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException("The OpenID provider did not start: " + _process.Log);
    }

    private static string? FindReason()
    {
        var reason = !RealServerSupport.OnPath("node") ? "node is not installed"
            : !Directory.Exists(Path.Combine(ServerDirectory, "node_modules", "oidc-provider")) ? "run `npm ci` in tests/servers/oidc"
            : null;
        return RealServerSupport.SkipReason("OpenID provider", reason);
    }
}

/// <summary>A fact that is skipped, with the reason shown, when the real OpenID provider cannot run here (never on CI).</summary>
public sealed class OidcFactAttribute : Xunit.FactAttribute
{
    public OidcFactAttribute()
    {
        if (OidcServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
