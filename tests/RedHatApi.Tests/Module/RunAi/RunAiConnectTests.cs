using System;
using System.Linq;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>Connect-RunAi against the sandbox: v2, the v1 fallback, the realm flow, the environment, bad secrets, expiry.</summary>
public sealed class RunAiConnectTests : RunAiModuleTest
{
    private const string ConnectId = ",RedHatApi.Commands.RunAi.ConnectRunAiCommand";

    public RunAiConnectTests(RunAiSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void ClientId_and_secret_get_a_v2_token_that_the_connection_sends_as_bearer()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -ClientId $id -ClientSecret $secret -Verbose
            Invoke-RedHatApiRequest -Connection $name -Path 'api/v1/clusters'
            """, ("id", ClientId("Administrator")), ("secret", Secrets.Secure(Secret("Administrator"))), ("name", ConnectionName));

        Assert.Empty(result.ErrorIds);
        Assert.Single(result.Output);
        Assert.Equal(1, Grants("v2"));
        Assert.Equal(0, Grants("v1"));
        Assert.Contains(result.Verbose, v => v.Message.Contains("/api/v2/token", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret("Administrator"), string.Join("\n", result.AllText()), StringComparison.Ordinal);
        AssertFidelity();
    }

    [Fact]
    public void A_tenant_without_v2_answers_404_and_the_deprecated_v1_endpoint_serves_the_token()
    {
        Settings(new { v2Token = false });

        var result = Run("""
            Connect-RunAi -Url $runai -Credential $admin -Verbose
            Invoke-RedHatApiRequest -Connection $name -Path 'api/v1/clusters'
            """, ("name", ConnectionName));

        Assert.Empty(result.ErrorIds);
        Assert.Single(result.Output);
        Assert.Equal(1, Grants("v1"));
        Assert.Contains(result.Verbose, v => v.Message.Contains("/api/v1/token", StringComparison.Ordinal) && v.Message.Contains("404", StringComparison.Ordinal));
        AssertFidelity();
    }

    [Fact]
    public void Realm_takes_the_token_from_the_Keycloak_realm_and_no_other_endpoint()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $admin -Realm runai
            Invoke-RedHatApiRequest -Connection $name -Path 'api/v1/clusters'
            Connect-RunAi -Url $runai -Credential $admin -Realm no-such-realm
            """, ("name", ConnectionName));

        Assert.Single(result.Output);
        Assert.Equal(1, Grants("realm"));
        Assert.Equal(0, Grants("v2") + Grants("v1"));
        Assert.Equal("HttpStatus404" + ConnectId, Assert.Single(result.ErrorIds));
        AssertFidelity();
    }

    [Theory]
    [InlineData(true, "v2")]
    [InlineData(false, "v1")]
    public void A_bad_secret_is_RunAiCredentialInvalid_with_the_fix_and_no_secret_in_it(bool v2, string endpoint)
    {
        Settings(new { v2Token = v2 });
        const string wrong = "not-the-secret-0123456789";

        var result = Run("Connect-RunAi -Url $runai -ClientId $id -ClientSecret $secret", ("id", ClientId("Editor")), ("secret", Secrets.Secure(wrong)));

        Assert.Equal("RunAiCredentialInvalid" + ConnectId, Assert.Single(result.ErrorIds));
        var message = result.AllErrors.Single().Exception.Message;
        Assert.Contains(ClientId("Editor"), message, StringComparison.Ordinal);
        Assert.Contains("RUNAI_CLIENT_SECRET", message, StringComparison.Ordinal);
        Assert.Contains("/api/" + endpoint + "/token", message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, string.Join("\n", result.AllText()), StringComparison.Ordinal);
        Assert.Empty(Run("Get-RedHatApiSession").Output);
        AssertFidelity();
    }

    [Fact]
    public void A_bad_secret_at_the_realm_is_RunAiCredentialInvalid_naming_the_realm()
    {
        var result = Run("Connect-RunAi -Url $runai -Realm runai -ClientId $id -ClientSecret $secret", ("id", ClientId("Editor")), ("secret", Secrets.Secure("wrong")));

        Assert.Equal("RunAiCredentialInvalid" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("-Realm", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variables_serve_scheduled_jobs_and_missing_ones_say_which()
    {
        const string clear = "$env:RUNAI_URL = $null; $env:RUNAI_CLIENT_ID = $null; $env:RUNAI_CLIENT_SECRET = $null";
        try
        {
            var connected = Run("""
                $env:RUNAI_URL = $runai; $env:RUNAI_CLIENT_ID = $id; $env:RUNAI_CLIENT_SECRET = $plain
                Connect-RunAi
                Invoke-RedHatApiRequest -Connection $name -Path 'api/v1/clusters'
                """, ("id", ClientId("Editor")), ("plain", Secret("Editor")), ("name", ConnectionName));
            var noSecret = Run("$env:RUNAI_CLIENT_SECRET = $null; Connect-RunAi");
            var noUrl = Run("$env:RUNAI_URL = $null; Connect-RunAi -ClientId x -ClientSecret $secret", ("secret", Secrets.Secure("x")));

            Assert.Empty(connected.ErrorIds);
            Assert.Single(connected.Output);
            Assert.Equal("InvalidParameter" + ConnectId, Assert.Single(noSecret.ErrorIds));
            Assert.Contains("RUNAI_CLIENT_SECRET", noSecret.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
            Assert.Equal("InvalidParameter" + ConnectId, Assert.Single(noUrl.ErrorIds));
            Assert.Contains("RUNAI_URL", noUrl.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            Run(clear);
        }
    }

    [Fact]
    public void An_expired_token_is_refreshed_once_on_the_401_and_the_request_replayed()
    {
        var first = Run("Connect-RunAi -Url $runai -Credential $admin; Invoke-RedHatApiRequest -Connection $name -Path 'api/v1/clusters'", ("name", ConnectionName));
        Sandbox.Send(System.Net.Http.HttpMethod.Post, "_sandbox/runai/expire-tokens");
        var second = Run("Invoke-RedHatApiRequest -Connection $name -Path 'api/v1/clusters'", ("name", ConnectionName));

        Assert.Empty(first.ErrorIds.Concat(second.ErrorIds));
        Assert.Single(second.Output);
        Assert.Equal(2, Grants("v2"));
        var statuses = Sandbox.Requests().Where(r => r.GetProperty("pathAndQuery").GetString()!.Contains("/runai/api/v1/clusters", StringComparison.Ordinal))
            .Select(r => r.GetProperty("status").GetInt32()).ToList();
        Assert.Equal(new[] { 200, 401, 200 }, statuses);
    }
}
