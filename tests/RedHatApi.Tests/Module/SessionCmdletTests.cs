using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
using System.Text.Json;
using RedHatApi.Models.Session;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class SessionCmdletTests : SandboxModuleTest
{
    public SessionCmdletTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private string RhsmToken => Sandbox.Credentials().GetProperty("offlineTokens").GetProperty("rhsmApi").GetString()!;

    private string ConsoleToken => Sandbox.Credentials().GetProperty("offlineTokens").GetProperty("cloudServices").GetString()!;

    private (string Id, string Secret) ServiceAccount =>
        (Sandbox.Credentials().GetProperty("serviceAccount").GetProperty("clientId").GetString()!,
         Sandbox.Credentials().GetProperty("serviceAccount").GetProperty("clientSecret").GetString()!);

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void Connect_writes_nothing_unless_PassThru()
    {
        var quiet = Run("Connect-RedHatApi -Sandbox $sandbox");
        Assert.Empty(quiet.Output);
        Assert.Empty(quiet.ErrorIds);
        var loud = Run("Connect-RedHatApi -Sandbox $sandbox -PassThru");
        Assert.IsType<RedHatApiSession>(Assert.Single(loud.Output).BaseObject);
    }

    [Fact]
    public void Connecting_with_a_second_client_adds_a_credential_to_the_same_session()
    {
        var first = Run("Connect-RedHatApi -Sandbox $sandbox -OfflineToken $t -PassThru", Vars(("t", Secrets.Secure(RhsmToken))));
        var second = Run("Connect-RedHatApi -Sandbox $sandbox -OfflineToken $t -PassThru", Vars(("t", Secrets.Secure(ConsoleToken))));
        var a = Assert.IsType<RedHatApiSession>(first.Output.Single().BaseObject);
        var b = Assert.IsType<RedHatApiSession>(second.Output.Single().BaseObject);
        Assert.Same(a, b);
        Assert.Equal(new[] { "rhsm-api", "cloud-services" }, b.Credentials.Select(c => c.ClientId));
        Assert.Equal(new[] { ApiName.Rhsm, ApiName.Assisted, ApiName.Console }, b.Apis);
    }

    [Fact]
    public void A_connect_that_does_not_name_the_sandbox_never_sends_its_token_to_the_sandbox()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Connect-RedHatApi -OfflineToken $t -MaxRetries 0 -TimeoutSec 5", Vars(("t", Secrets.Secure(ConsoleToken))));

        // Red Hat's real SSO is out of reach here, so the connect fails; what matters is where it went.
        Assert.Single(result.ErrorIds);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("openid-connect", StringComparison.Ordinal));
        var session = Run("Get-RedHatApiSession").OutputOf<RedHatApiSession>().Single();
        Assert.True(session.Endpoints.IsSandbox);
    }

    [Fact]
    public void The_client_id_comes_from_the_token_and_a_contradicting_ClientId_is_refused_before_sending()
    {
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -OfflineToken $t -ClientId cloud-services", Vars(("t", Secrets.Secure(RhsmToken))));
        Assert.Equal("TokenClientMismatch,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("rhsm-api", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("openid-connect", StringComparison.Ordinal));
    }

    [Fact]
    public void A_revoked_offline_token_is_InvalidOfflineToken_with_where_to_get_a_new_one()
    {
        Sandbox.Send(System.Net.Http.HttpMethod.Post, "_sandbox/revoke", new { token = RhsmToken });
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -OfflineToken $t", Vars(("t", Secrets.Secure(RhsmToken))));
        Assert.Equal("InvalidOfflineToken,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("https://access.redhat.com/management/api", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("30 days", result.Terminating.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Run("Get-RedHatApiSession").Output, o => o.BaseObject is RedHatApiSession);
    }

    [Fact]
    public void A_service_account_connects_with_the_secret_in_the_form_or_as_basic()
    {
        var (id, secret) = ServiceAccount;
        foreach (var basic in new[] { string.Empty, " -BasicAuth" })
        {
            var result = Run("Connect-RedHatApi -Sandbox $sandbox -NewSession -ClientId $id -ClientSecret $s" + basic, Vars(("id", id), ("s", Secrets.Secure(secret))));
            Assert.Empty(result.ErrorIds);
            var session = Assert.IsType<RedHatApiSession>(result.Output.Single().BaseObject);
            Assert.Equal(CredentialKind.ClientCredentials, session.Credentials.Single().Kind);
            var grant = Sandbox.Requests().Last(r => r.GetProperty("pathAndQuery").GetString()!.EndsWith("/token", StringComparison.Ordinal));
            Assert.Equal(basic.Length == 0 ? JsonValueKind.Null : JsonValueKind.String, grant.GetProperty("authScheme").ValueKind);
            if (basic.Length > 0)
            {
                Assert.Equal("Basic", grant.GetProperty("authScheme").GetString());
            }
        }
    }

    [Fact]
    public void A_service_account_connects_from_a_PSCredential()
    {
        var (id, secret) = ServiceAccount;
        var credential = new System.Management.Automation.PSCredential(id, Secrets.Secure(secret));
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -Credential $c -PassThru; Get-RedHatApiToken", Vars(("c", credential)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(id, result.OutputOf<RedHatApiSession>().Single().Credentials.Single().ClientId);
        Assert.Single(result.OutputOf<SecureString>());
    }

    [Fact]
    public void Invoke_RedHatApiRequest_sends_the_query_and_returns_objects()
    {
        Connect();
        var result = Run("Invoke-RedHatApiRequest -Api Rhsm -Path systems -Query @{ filter = 'db-prod'; limit = 5 }");
        Assert.Empty(result.ErrorIds);
        var envelope = Assert.Single(result.Output);
        var body = (object[])envelope.Properties["body"].Value;
        Assert.Equal(5, body.Length);
        Assert.All(body, b => Assert.Contains("db-prod", ((System.Management.Automation.PSObject)b).Properties["name"].Value.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_service_account_secret_is_InvalidClientCredential()
    {
        var (id, _) = ServiceAccount;
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -ClientId $id -ClientSecret $s", Vars(("id", id), ("s", Secrets.Secure("wrong"))));
        Assert.True(result.ErrorIds.Count == 1 && result.ErrorIds[0].StartsWith("InvalidClientCredential", StringComparison.Ordinal), string.Join("; ", result.AllErrors.Select(e => e.Exception.Message)));
        Assert.Equal("InvalidClientCredential,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void Rotated_refresh_tokens_are_kept_so_later_refreshes_still_work()
    {
        Settings(new { rotateRefreshTokens = true, accessTokenLifetimeSeconds = 1 });
        Connect();
        System.Threading.Thread.Sleep(1200);
        var result = Run("$null = Get-RhsmSystem -First 1; Get-RedHatApiToken -Api Rhsm -ForceRefresh; Get-RedHatApiToken -Api Rhsm -ForceRefresh");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(2, result.OutputOf<SecureString>().Count);
    }

    [Fact]
    public void Get_RedHatApiToken_returns_a_SecureString_unless_AsPlainText()
    {
        Connect();
        var secure = Run("Get-RedHatApiToken -Api Rhsm");
        Assert.IsType<SecureString>(Assert.Single(secure.Output).BaseObject);
        var plain = Run("Get-RedHatApiToken -Api Rhsm -AsPlainText");
        Assert.StartsWith("eyJ", Assert.IsType<string>(Assert.Single(plain.Output).BaseObject), StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_appears_in_any_stream_view_or_message()
    {
        var secrets = new List<string> { RhsmToken, ConsoleToken, ServiceAccount.Secret };
        var results = new List<ScriptResult>
        {
            Run("Connect-RedHatApi -Sandbox $sandbox -PassThru -Verbose -Debug"),
            Run("Get-RedHatApiSession; (Get-RedHatApiSession).Credentials; (Get-RedHatApiSession).ToString(); Get-RhsmSystem -First 2 -Verbose -Debug"),
            Run("Get-RedHatApiToken -Api Rhsm -Verbose -Debug"),
            Run("Connect-RedHatApi -Sandbox $sandbox -ClientId nobody -ClientSecret $s -Verbose -Debug", Vars(("s", Secrets.Secure(ServiceAccount.Secret)))),
            Run("Connect-RedHatApi -Sandbox $sandbox -OfflineToken $t -ClientId cloud-services", Vars(("t", Secrets.Secure(RhsmToken)))),
            Run("Get-RhsmSystem -Uuid ([guid]::NewGuid()) -Debug"),
        };
        var access = Run("Get-RedHatApiToken -Api Rhsm -AsPlainText").Output.Single().ToString();
        secrets.Add(access);
        foreach (var text in results.SelectMany(r => r.AllText()))
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }

        Assert.Contains(results[1].Debug, d => d.Message.Contains("User-Agent: RedHatApi/", StringComparison.Ordinal));
        Assert.Equal("InvalidClientCredential,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(results[3].ErrorIds));
    }

    [Fact]
    public void Disconnect_WhatIf_keeps_the_session_and_Disconnect_clears_it()
    {
        Connect();
        Run("Disconnect-RedHatApi -WhatIf");
        Assert.Single(Run("Get-RhsmSystem -First 1").OutputOf<RedHatApi.Models.Rhsm.RhsmSystem>());
        var session = Run("Get-RedHatApiSession").OutputOf<RedHatApiSession>().Single();
        Run("Disconnect-RedHatApi");
        Assert.True(session.IsDisconnected);
        Assert.Equal("NotConnected,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand", Assert.Single(Run("Get-RhsmSystem").ErrorIds));
        Assert.Equal("NotConnected,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand", Assert.Single(Run("Get-RhsmSystem -Session $s", Vars(("s", session))).ErrorIds));
    }

    [Fact]
    public void Two_sessions_in_one_script_use_their_own_credentials()
    {
        var (id, secret) = ServiceAccount;
        var result = Run(
            "$a = Connect-RedHatApi -Sandbox $sandbox -NewSession -OfflineToken $t; $b = Connect-RedHatApi -Sandbox $sandbox -NewSession -ClientId $id -ClientSecret $s; (Get-RhsmSystem -Session $a -First 2).Count; Get-RhsmSystem -Session $b -First 1",
            Vars(("t", Secrets.Secure(RhsmToken)), ("id", id), ("s", Secrets.Secure(secret))));
        Assert.Equal(2, result.Output[0].BaseObject);
        Assert.Equal("CredentialNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand", Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void Environment_variables_connect_unattended_runs()
    {
        var result = Run("$env:REDHAT_OFFLINE_TOKEN = $t; try { Connect-RedHatApi -TokenUrl $tokenUrl -RhsmUrl $rhsmUrl -PassThru } finally { $env:REDHAT_OFFLINE_TOKEN = $null }",
            Vars(("t", RhsmToken), ("tokenUrl", new Uri(Sandbox.BaseUri, "auth/realms/redhat-external/protocol/openid-connect/token")), ("rhsmUrl", new Uri(Sandbox.BaseUri, "management/v1/"))));
        Assert.Empty(result.ErrorIds);
        Assert.Equal("rhsm-api", result.OutputOf<RedHatApiSession>().Single().Credentials.Single().ClientId);

        var none = Run("Connect-RedHatApi");
        Assert.Equal("CredentialMissing,RedHatApi.Commands.Session.ConnectRedHatApiCommand", Assert.Single(none.ErrorIds));
    }

    [Fact]
    public void Invoke_RedHatApiRequest_WhatIf_shows_the_method_and_URL_and_sends_nothing()
    {
        Connect();
        var uuid = Run("Get-RhsmSystem -First 1").OutputOf<RedHatApi.Models.Rhsm.RhsmSystem>().Single().Uuid;
        Sandbox.ClearRequests();
        var result = Run($"Invoke-RedHatApiRequest -Api Rhsm -Path systems/{uuid} -Method DELETE -WhatIf");
        Assert.Empty(result.ErrorIds);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("method").GetString() == "DELETE");
        Assert.Single(Run($"Get-RhsmSystem -Uuid {uuid}").OutputOf<RedHatApi.Models.Rhsm.RhsmSystem>());
    }
}
