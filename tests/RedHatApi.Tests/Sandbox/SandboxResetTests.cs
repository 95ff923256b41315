using System.Linq;
using System.Net.Http;
using System.Text.Json;
using RedHatApi.Tests.Module;
using Xunit;

namespace RedHatApi.Tests.Sandbox;

/// <summary>
/// POST /_sandbox/reset goes through every family: each puts its stores back to the seeded data and every setting
/// its control routes can change back to the start-up value, and the shared faults are cleared.
/// </summary>
public sealed class SandboxResetTests : IClassFixture<ClusterSandboxFixture>
{
    private readonly ClusterSandboxFixture _fixture;

    public SandboxResetTests(ClusterSandboxFixture fixture) => _fixture = fixture;

    [Fact]
    public void Reset_restores_every_family_s_data_and_settings()
    {
        var sandbox = _fixture.Sandbox;
        sandbox.Reset();
        var before = Snapshot();
        var credentials = sandbox.Credentials().GetRawText();

        sandbox.Send(HttpMethod.Put, "_sandbox/faults", new { latencyMs = 5, errorRate = 0.5 });
        sandbox.AddFaultRule(new { pathContains = "/nowhere", status = 503, count = 3 });
        sandbox.Send(HttpMethod.Put, "_sandbox/settings", new { accessTokenLifetimeSeconds = 5, rotateRefreshTokens = true, overCap = "Reject" });
        sandbox.Send(HttpMethod.Put, "_sandbox/assisted/settings", new { stepMilliseconds = 7, failInstalls = true });
        sandbox.Send(HttpMethod.Put, "_sandbox/cluster/oauth", new { tokenLifetimeSeconds = 9, registryDefaultRoute = false });
        sandbox.Send(HttpMethod.Put, "_sandbox/cluster/oauth/users/someone", new { password = "changed-password-1" });
        sandbox.Send(HttpMethod.Put, "_sandbox/cluster/configmaps/test/extra", new { data = new { a = "b" } });
        sandbox.Send(HttpMethod.Put, "_sandbox/cluster/settings", new { flavor = "Kubernetes", legacyTokenSecrets = false, continueLifetimeSeconds = 1 });
        Assert.NotEqual(before, Snapshot());

        sandbox.Reset();
        Assert.Equal(before, Snapshot());

        // Same seed, same data: tokens, passwords and the cluster's seeded tokens come back identical.
        Assert.Equal(credentials, sandbox.Credentials().GetRawText());
        Assert.Empty(sandbox.Requests());
    }

    /// <summary>Every setting and counter the control API shows, as one comparable string.</summary>
    private string Snapshot()
    {
        var sandbox = _fixture.Sandbox;
        var settings = new[]
        {
            sandbox.Get("_sandbox/faults").GetRawText(),
            sandbox.Get("_sandbox/assisted/settings").GetRawText(),
            sandbox.Get("_sandbox/cluster/settings").GetRawText(),
            sandbox.Get("_sandbox/cluster/oauth").GetRawText(),
            sandbox.Get("_sandbox/assisted/bodies").GetRawText(),
        };

        // PUT /_sandbox/settings answers the current values; an empty body changes nothing.
        using var http = new HttpClient { BaseAddress = sandbox.BaseUri };
        using var response = http.PutAsync("_sandbox/settings", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
        var shared = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return string.Join("\n", settings.Append(shared));
    }
}
