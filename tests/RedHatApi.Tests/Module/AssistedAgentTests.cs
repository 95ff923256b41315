using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Text;
using System.Text.Json;
using RedHatApi.Models.Assisted;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// Agent auth: Connect-RedHatApi -PullSecret / -PullSecretPath adds the pull secret's cloud.openshift.com token, sent
/// as X-Secret-Key on the agent-facing calls only (register, instructions, progress); user calls keep the bearer.
/// </summary>
public sealed class AssistedAgentTests : AssistedModuleTest
{
    private const string HostsPath = "/api/assisted-install/v2/infra-envs/";

    public AssistedAgentTests(SandboxFixture fixture)
        : base(fixture)
    {
        SeededPullSecretPath = Path.Combine(Path.GetDirectoryName(PullSecretPath)!, "seeded-pull-secret.json");
        File.WriteAllText(SeededPullSecretPath, SeededPullSecret);
    }

    private string SeededPullSecretPath { get; }

    private string SeededPullSecret => Sandbox.Credentials().GetProperty("pullSecret").GetString()!;

    /// <summary>The agent token: the auth value of the seeded pull secret's cloud.openshift.com entry.</summary>
    private string AgentToken => JsonDocument.Parse(SeededPullSecret).RootElement.GetProperty("auths").GetProperty("cloud.openshift.com").GetProperty("auth").GetString()!;

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        return secure;
    }

    /// <summary>A user session (cloud-services) plus the seeded pull secret, and a fresh unbound infra-env.</summary>
    private Guid UserAndAgentWithNewInfraEnv()
    {
        Connect();
        var env = Run("New-AssistedInfraEnv agent-env -PullSecretPath $path", Vars(("path", PullSecretPath))).OutputOf<AssistedInfraEnv>().Single();
        var agent = Run("Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps", Vars(("ps", SeededPullSecretPath)));
        Assert.Empty(agent.ErrorIds);
        Sandbox.ClearRequests();
        return env.Id;
    }

    private void AssertNoSecret(ScriptResult result)
    {
        var secret = Encoding.UTF8.GetString(Convert.FromBase64String(AgentToken)).Split(':')[1];
        foreach (var text in result.AllText())
        {
            Assert.DoesNotContain(AgentToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    private static string ReadBody(HttpResponseMessage response) => response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

    private System.Collections.Generic.List<JsonElement> AssistedLog() =>
        Sandbox.Requests().Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/api/assisted-install/v2/", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Connect_with_a_pull_secret_file_or_value_adds_an_agent_credential_shown_without_the_secret()
    {
        foreach (var (script, value) in new[]
        {
            ("Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps -Verbose; Get-RedHatApiSession", (object)SeededPullSecretPath),
            ("Connect-RedHatApi -Sandbox $sandbox -PullSecret $ps -Verbose; Get-RedHatApiSession", Secure(SeededPullSecret)),
        })
        {
            Shell.Run("Disconnect-RedHatApi");
            var result = Run(script, Vars(("ps", value)));
            Assert.Empty(result.ErrorIds);
            var session = result.OutputOf<RedHatApiSession>().Single();
            var credential = Assert.Single(session.Credentials);
            Assert.Equal(CredentialKind.PullSecret, credential.Kind);
            Assert.Equal("pull-secret", credential.ClientId);
            Assert.Equal(new[] { ApiName.Assisted }, credential.Apis);
            AssertNoSecret(result);
        }

        // Nothing is sent to check a pull secret: it is checked by the first agent call.
        Assert.Empty(AssistedLog());
    }

    [Fact]
    public void A_session_with_both_credentials_sends_each_where_it_belongs()
    {
        var envId = UserAndAgentWithNewInfraEnv();
        var hostId = Guid.NewGuid();
        var result = Run(
            "Register-AssistedHost -InfraEnvId $env -HostId $h -DiscoveryAgentVersion v2.31.0 -Verbose -Debug; " +
            "Get-AssistedHostInstruction -InfraEnvId $env -HostId $h -Verbose; Get-AssistedHost -InfraEnvId $env -Verbose -Debug",
            Vars(("env", envId), ("h", hostId)));
        Assert.Empty(result.ErrorIds);
        var registered = result.OutputOf<AssistedHost>();
        Assert.Equal(2, registered.Count);
        Assert.All(registered, h => Assert.Equal(hostId, h.Id));
        Assert.All(registered, h => Assert.Equal(envId, h.InfraEnvId));
        Assert.Equal("v2.31.0", registered[0].DiscoveryAgentVersion);
        var instructions = result.OutputOf<AssistedHostInstructions>().Single();
        Assert.Equal(hostId, instructions.HostId);
        Assert.Equal("continue", instructions.PostStepAction);
        Assert.Contains("inventory", instructions.StepTypes);
        Assert.All(instructions.Steps, s => Assert.StartsWith(s.StepType + "-", s.StepId, StringComparison.Ordinal));

        // The request log: agent calls carried X-Secret-Key and no bearer; the user call a cloud-services bearer only.
        var log = AssistedLog();
        var agent = log.Where(r => r.GetProperty("pathAndQuery").GetString() is var p && (p!.EndsWith("/instructions", StringComparison.Ordinal) || r.GetProperty("method").GetString() == "POST")).ToList();
        var user = log.Where(r => r.GetProperty("method").GetString() == "GET" && r.GetProperty("pathAndQuery").GetString() == $"{HostsPath}{envId}/hosts").ToList();
        Assert.Equal(2, agent.Count);
        Assert.All(agent, r =>
        {
            Assert.True(r.GetProperty("hadSecretKey").GetBoolean());
            Assert.False(r.GetProperty("hadBearer").GetBoolean());
            Assert.Equal("pull-secret", r.GetProperty("tokenClient").GetString());
            Assert.Equal(201 - (r.GetProperty("method").GetString() == "GET" ? 1 : 0), r.GetProperty("status").GetInt32());
        });
        var listed = Assert.Single(user);
        Assert.True(listed.GetProperty("hadBearer").GetBoolean());
        Assert.False(listed.GetProperty("hadSecretKey").GetBoolean());
        Assert.Equal("cloud-services", listed.GetProperty("tokenClient").GetString());
        AssertNoSecret(result);
    }

    [Fact]
    public void Registering_a_known_host_again_answers_that_host_and_a_host_that_reported_progress_shows_its_stage()
    {
        var envId = UserAndAgentWithNewInfraEnv();
        var hostId = Guid.NewGuid();
        var first = Run("Register-AssistedHost -InfraEnvId $env -HostId $h", Vars(("env", envId), ("h", hostId))).OutputOf<AssistedHost>().Single();
        var again = Run("Register-AssistedHost -InfraEnvId $env -HostId $h", Vars(("env", envId), ("h", hostId))).OutputOf<AssistedHost>().Single();
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.CreatedAt, again.CreatedAt);

        var progress = Run(
            "Get-AssistedHost -InfraEnvId $env -HostId $h | Send-AssistedHostProgress -Stage 'Writing image to disk' -ProgressInfo '40%'; Get-AssistedHost -InfraEnvId $env -HostId $h",
            Vars(("env", envId), ("h", hostId)));
        Assert.Empty(progress.ErrorIds);
        Assert.Equal("Writing image to disk", progress.OutputOf<AssistedHost>().Single().InstallStage);
        var body = Bodies().Last(b => b.Method == "PUT");
        Assert.Equal($"{HostsPath}{envId}/hosts/{hostId}/progress", body.Path);
        Assert.Equal("40%", body.Body.GetProperty("progress_info").GetString());
        Assert.Single(Run("Get-AssistedHost -InfraEnvId $env", Vars(("env", envId))).OutputOf<AssistedHost>());
    }

    [Fact]
    public void User_calls_on_a_session_with_only_a_pull_secret_give_a_clear_error_and_send_nothing()
    {
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps; Get-AssistedCluster", Vars(("ps", SeededPullSecretPath)));
        Assert.Equal("UserCredentialRequired,RedHatApi.Commands.Assisted.GetAssistedClusterCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("-OfflineToken", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Empty(AssistedLog());
        AssertNoSecret(result);
    }

    [Fact]
    public void Agent_calls_without_a_pull_secret_give_a_clear_error_and_send_nothing()
    {
        Connect();
        var env = Run("New-AssistedInfraEnv agent-env -PullSecretPath $path", Vars(("path", PullSecretPath))).OutputOf<AssistedInfraEnv>().Single();
        Sandbox.ClearRequests();
        var result = Run("Register-AssistedHost -InfraEnvId $env -HostId $h", Vars(("env", env.Id), ("h", Guid.NewGuid())));
        Assert.Equal("AgentCredentialMissing,RedHatApi.Commands.Assisted.RegisterAssistedHostCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("-PullSecretPath", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Empty(AssistedLog());
    }

    [Fact]
    public void A_pull_secret_the_service_does_not_know_is_AgentAuthenticationFailed_without_the_secret()
    {
        Connect();
        var env = Run("New-AssistedInfraEnv agent-env -PullSecretPath $path", Vars(("path", PullSecretPath))).OutputOf<AssistedInfraEnv>().Single();

        // The test's own pull secret is well formed but not the seeded account's.
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps; Register-AssistedHost -InfraEnvId $env -HostId $h",
            Vars(("ps", PullSecretPath), ("env", env.Id), ("h", Guid.NewGuid())));
        Assert.Equal("AgentAuthenticationFailed,RedHatApi.Commands.Assisted.RegisterAssistedHostCommand", Assert.Single(result.ErrorIds));
        var post = AssistedLog().Last();
        Assert.Equal(401, post.GetProperty("status").GetInt32());
        Assert.True(post.GetProperty("hadSecretKey").GetBoolean());
        var ownToken = JsonDocument.Parse(PullSecretJson).RootElement.GetProperty("auths").GetProperty("cloud.openshift.com").GetProperty("auth").GetString()!;
        Assert.All(result.AllText(), t => Assert.DoesNotContain(ownToken, t, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pull_secret_without_a_cloud_openshift_com_token_is_refused_at_connect()
    {
        var path = Path.Combine(Path.GetDirectoryName(PullSecretPath)!, "registry-only.json");
        File.WriteAllText(path, "{\"auths\":{\"quay.io\":{\"auth\":\"cXVheTpzZWNyZXQ=\",\"email\":\"a@example.com\"}}}");
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps; Get-RedHatApiSession", Vars(("ps", path)));
        Assert.Equal("InvalidPullSecret,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("cloud.openshift.com", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.OutputOf<RedHatApiSession>(), s => s.Credentials.Any(c => c.Kind == CredentialKind.PullSecret));
        Assert.All(result.AllText(), t => Assert.DoesNotContain("cXVheTpzZWNyZXQ=", t, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_host_is_a_per_input_HostNotFound_and_the_pipeline_goes_on()
    {
        var envId = UserAndAgentWithNewInfraEnv();
        var known = Guid.NewGuid();
        Run("Register-AssistedHost -InfraEnvId $env -HostId $h", Vars(("env", envId), ("h", known)));
        var result = Run(
            "@([pscustomobject]@{ InfraEnvId = $env; Id = $unknown }, [pscustomobject]@{ InfraEnvId = $env; Id = $h }) | Get-AssistedHostInstruction",
            Vars(("env", envId), ("h", known), ("unknown", Guid.NewGuid())));
        Assert.Equal("AssistedHostNotFound,RedHatApi.Commands.Assisted.GetAssistedHostInstructionCommand", Assert.Single(result.ErrorIds));
        Assert.Equal(known, result.OutputOf<AssistedHostInstructions>().Single().HostId);
    }

    [Fact]
    public void A_retried_agent_call_keeps_the_agent_key_and_never_gains_a_bearer()
    {
        var envId = UserAndAgentWithNewInfraEnv();
        var hostId = Guid.NewGuid();
        Run("Register-AssistedHost -InfraEnvId $env -HostId $h", Vars(("env", envId), ("h", hostId)));
        Sandbox.Send(HttpMethod.Post, "_sandbox/faults/rules", new { pathContains = "/instructions", status = 503, count = 1 });
        Sandbox.ClearRequests();
        var result = Run("Get-AssistedHostInstruction -InfraEnvId $env -HostId $h", Vars(("env", envId), ("h", hostId)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(hostId, result.OutputOf<AssistedHostInstructions>().Single().HostId);
        var attempts = AssistedLog();
        Assert.Equal(new[] { 503, 200 }, attempts.Select(r => r.GetProperty("status").GetInt32()));
        Assert.All(attempts, r =>
        {
            Assert.True(r.GetProperty("hadSecretKey").GetBoolean());
            Assert.False(r.GetProperty("hadBearer").GetBoolean());
        });
    }

    [Fact]
    public void WhatIf_shows_the_agent_requests_and_sends_nothing()
    {
        var envId = UserAndAgentWithNewInfraEnv();
        var hostId = Guid.NewGuid();
        var result = Run(
            "Register-AssistedHost -InfraEnvId $env -HostId $h -WhatIf; Send-AssistedHostProgress -InfraEnvId $env -HostId $h -Stage Rebooting -WhatIf",
            Vars(("env", envId), ("h", hostId)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(2, result.WhatIf.Count);
        Assert.Contains("POST", result.WhatIf[0], StringComparison.Ordinal);
        Assert.Contains($"{HostsPath}{envId}/hosts", result.WhatIf[0], StringComparison.Ordinal);
        Assert.Contains("PUT", result.WhatIf[1], StringComparison.Ordinal);
        Assert.Contains($"/hosts/{hostId}/progress", result.WhatIf[1], StringComparison.Ordinal);
        Assert.Empty(AssistedLog());
    }

    [Fact]
    public void The_sandbox_agent_routes_refuse_a_user_bearer_and_user_routes_refuse_the_agent_key()
    {
        Connect();
        var env = Run("New-AssistedInfraEnv agent-env -PullSecretPath $path", Vars(("path", PullSecretPath))).OutputOf<AssistedInfraEnv>().Single();
        var bearer = Run("Get-RedHatApiToken -Api Assisted -AsPlainText").Output.Single().BaseObject.ToString();
        using var http = new HttpClient { BaseAddress = new Uri(Sandbox.BaseUri, "api/assisted-install/v2/") };

        using var register = new HttpRequestMessage(HttpMethod.Post, $"infra-envs/{env.Id}/hosts")
        {
            Content = new StringContent($"{{\"host_id\":\"{Guid.NewGuid()}\"}}", Encoding.UTF8, "application/json"),
        };
        register.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var refused = http.Send(register);
        Assert.Equal(401, (int)refused.StatusCode);
        var body = JsonDocument.Parse(ReadBody(refused)).RootElement;
        Assert.Equal(401, body.GetProperty("code").GetInt32());
        Assert.Equal("unauthenticated for invalid credentials", body.GetProperty("message").GetString());

        using var list = new HttpRequestMessage(HttpMethod.Get, "clusters");
        list.Headers.Add("X-Secret-Key", AgentToken);
        using var userRefused = http.Send(list);
        Assert.Equal(401, (int)userRefused.StatusCode);
        Assert.Equal(401, JsonDocument.Parse(ReadBody(userRefused)).RootElement.GetProperty("code").GetInt32());

        // Routes whose security lists agentAuth beside userAuth take the agent key (the agent reads its hosts)...
        using var hosts = new HttpRequestMessage(HttpMethod.Get, $"infra-envs/{env.Id}/hosts");
        hosts.Headers.Add("X-Secret-Key", AgentToken);
        using var agentList = http.Send(hosts);
        Assert.Equal(200, (int)agentList.StatusCode);

        // ...but only the account's pull secret.
        using var forged = new HttpRequestMessage(HttpMethod.Get, $"infra-envs/{env.Id}/hosts");
        forged.Headers.Add("X-Secret-Key", Convert.ToBase64String(Encoding.UTF8.GetBytes("someone:else")));
        using var forgedList = http.Send(forged);
        Assert.Equal(401, (int)forgedList.StatusCode);
    }
}
