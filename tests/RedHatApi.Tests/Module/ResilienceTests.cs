using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;
using RedHatApi.Models.Rhsm;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class ResilienceTests : SandboxModuleTest
{
    public ResilienceTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private int Grants(string client)
    {
        var grants = Sandbox.Get("_sandbox/stats").GetProperty("grants");
        return grants.TryGetProperty(client + "/refresh_token", out var n) ? n.GetInt32() : 0;
    }

    [Fact]
    public async Task Eight_parallel_runspaces_sharing_a_session_cause_one_grant_per_token_lifetime()
    {
        Settings(new { accessTokenLifetimeSeconds = 600 });
        var session = Run("Connect-RedHatApi -Sandbox $sandbox -PassThru").OutputOf<RedHatApiSession>().Single();

        // Force the cached token to be stale for everyone at once: the next request of every runspace needs a grant.
        var before = Grants("rhsm-api");
        Sandbox.Send(System.Net.Http.HttpMethod.Put, "_sandbox/faults", new { latencyMs = 50 });
        var slot = session.Core.SlotFor(ApiName.Rhsm);
        var stale = (await slot.Tokens.GetAsync(default)).Value;
        _ = await slot.Tokens.GetAsync(default, rejected: stale);
        var afterForced = Grants("rhsm-api");
        Assert.Equal(before + 1, afterForced);

        var counts = Parallel8(session, "(Get-RhsmSystem -Session $s -PageSize 50).Count");
        Assert.All(counts, c => Assert.Equal(250, c));
        Assert.Equal(afterForced, Grants("rhsm-api"));
    }

    [Fact]
    public void Eight_parallel_runspaces_with_short_tokens_refresh_once_per_lifetime_not_once_each()
    {
        Settings(new { accessTokenLifetimeSeconds = 2 });
        var session = Run("Connect-RedHatApi -Sandbox $sandbox -PassThru").OutputOf<RedHatApiSession>().Single();
        Sandbox.Send(System.Net.Http.HttpMethod.Put, "_sandbox/faults", new { latencyMs = 300 });
        var before = Grants("rhsm-api");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var counts = Parallel8(session, "(Get-RhsmSystem -Session $s -PageSize 10).Count");
        var seconds = watch.Elapsed.TotalSeconds;
        Assert.All(counts, c => Assert.Equal(250, c));

        // A 2 s token is refreshed when 1 s remains, so at most one grant per second of wall time, whatever the
        // number of runspaces; the listing (25 pages of 300 ms, four at a time) outlives the first token, so at least one.
        var grants = Grants("rhsm-api") - before;
        Assert.True(grants <= Math.Ceiling(seconds / 1.0) + 1, $"{grants} grants in {seconds:0.0} s");
        Assert.True(grants >= 1, $"{grants} grants in {seconds:0.0} s");
    }

    [Fact]
    public void A_401_for_a_token_the_server_forgot_is_cured_by_one_refresh()
    {
        Connect();
        Run("$null = Get-RhsmSystem -First 1");
        Sandbox.Reset(); // forgets every access token it issued, like a revoked session
        var before = Grants("rhsm-api");
        var result = Run("Get-RhsmSystem -First 3 -Verbose");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(3, result.OutputOf<RhsmSystem>().Count);
        Assert.Equal(before + 1, Grants("rhsm-api"));
        Assert.Contains(result.Verbose, v => v.Message.Contains("401; token refreshed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expired_static_access_token_is_a_clear_error_not_a_401()
    {
        var token = Run("Connect-RedHatApi -Sandbox $sandbox -NewSession | Out-Null; Get-RedHatApiToken -Api Rhsm -AsPlainText -Session (Connect-RedHatApi -Sandbox $sandbox -NewSession)");
        var jwt = token.Output.Last().ToString();
        var expired = ExpiredCopy(jwt);
        var result = Run("$s = Connect-RedHatApi -Sandbox $sandbox -NewSession -AccessToken $t; Get-RhsmSystem -Session $s -First 1",
            new Dictionary<string, object?> { ["t"] = Secrets.Secure(expired) });
        Assert.Contains(result.ErrorIds, id => id.StartsWith("AccessTokenExpired,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_redirect_to_a_download_host_is_followed_without_the_bearer()
    {
        Connect();
        var checksum = Run("Get-RhsmImage -Version 9.4 -Arch x86_64 -First 1").Output.Single().Properties["Checksum"].Value.ToString();
        Sandbox.ClearRequests();
        var result = Run($"Invoke-RedHatApiRequest -Api Rhsm -Path images/{checksum}/download -Raw");
        Assert.Empty(result.ErrorIds);
        Assert.NotEmpty(result.Output.Single().ToString()!);
        var log = Sandbox.Requests();
        var api = log.Single(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/management/v1/images/", StringComparison.Ordinal));
        var download = log.Single(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/content/origin/files/", StringComparison.Ordinal));
        Assert.Equal(200, download.GetProperty("status").GetInt32());
        Assert.True(api.GetProperty("hadBearer").GetBoolean());
        Assert.StartsWith("localhost", download.GetProperty("host").GetString(), StringComparison.Ordinal);
        Assert.False(download.GetProperty("hadBearer").GetBoolean());
    }

    [Fact]
    public void An_unreachable_proxy_is_ProxyError()
    {
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -Proxy http://127.0.0.1:9/ -MaxRetries 0");
        Assert.Equal("ProxyError,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void A_failed_TLS_handshake_is_TlsError()
    {
        var https = new UriBuilder(Sandbox.BaseUri) { Scheme = "https" }.Uri;
        var result = Run("Connect-RedHatApi -Sandbox $https -MaxRetries 0", new Dictionary<string, object?> { ["https"] = https });
        Assert.Equal("TlsError,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void SkipCertificateCheck_warns()
    {
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -SkipCertificateCheck");
        Assert.Contains(result.Warnings, w => w.Message.Contains("certificate validation", StringComparison.Ordinal));
    }

    [Fact]
    public void Ctrl_C_stops_a_listing_and_no_further_pages_are_requested()
    {
        Connect();
        Sandbox.Send(System.Net.Http.HttpMethod.Put, "_sandbox/faults", new { latencyMs = 200 });
        Sandbox.ClearRequests();
        using var ps = PowerShell.Create();
        ps.Runspace = Shell.Runspace;
        ps.AddScript("Get-RhsmSystem -PageSize 10");
        var output = new PSDataCollection<PSObject>();
        output.DataAdded += (_, e) =>
        {
            if (e.Index == 4)
            {
                ps.BeginStop(null, null);
            }
        };
        try
        {
            ps.Invoke(null, output);
        }
        catch (PipelineStoppedException)
        {
            // Expected: the pipeline was stopped.
        }

        System.Threading.Thread.Sleep(600);
        var pages = Sandbox.Requests().Count(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/management/v1/systems?", StringComparison.Ordinal));
        Assert.InRange(pages, 1, 1 + 4);
        Assert.InRange(output.Count, 5, 20);
    }

    private static List<int> Parallel8(RedHatApiSession session, string script)
    {
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            using var shell = new ModuleRunspace();
            var result = shell.Run(script, new Dictionary<string, object?> { ["s"] = session });
            Assert.Empty(result.ErrorIds);
            return Convert.ToInt32(result.Output.Single().BaseObject, System.Globalization.CultureInfo.InvariantCulture);
        })).ToArray();
        Task.WaitAll(tasks);
        return tasks.Select(t => t.Result).ToList();
    }

    /// <summary>The same JWT with exp in the past (the sandbox would reject it anyway; the module must not send it).</summary>
    private static string ExpiredCopy(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        payload["exp"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return parts[0] + "." + encoded + "." + parts[2];
    }

    private static byte[] Base64UrlDecode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
