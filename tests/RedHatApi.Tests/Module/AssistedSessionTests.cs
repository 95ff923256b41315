using System;
using System.Linq;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>One session, two SSO clients: rhsm-api tokens for RHSM, cloud-services tokens for the Assisted Installer.</summary>
public sealed class AssistedSessionTests : AssistedModuleTest
{
    public AssistedSessionTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private string RhsmToken => Sandbox.Credentials().GetProperty("offlineTokens").GetProperty("rhsmApi").GetString()!;

    private string ConsoleToken => Sandbox.Credentials().GetProperty("offlineTokens").GetProperty("cloudServices").GetString()!;

    private static System.Security.SecureString Secure(string text)
    {
        var secure = new System.Security.SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        return secure;
    }

    [Fact]
    public void One_session_uses_each_API_s_own_credential_at_the_same_time()
    {
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $rhsm; " +
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $console; " +
            "Get-RhsmSystem -First 3; Get-AssistedCluster; Get-RhsmSystem -First 1 -Skip 3",
            Vars(("rhsm", Secure(RhsmToken)), ("console", Secure(ConsoleToken))));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(4, result.OutputOf<RhsmSystem>().Count);
        Assert.True(result.OutputOf<AssistedCluster>().Count >= 6);

        // The sandbox saw each API called with its own client's tokens only.
        var calls = Sandbox.Requests().Where(r => r.GetProperty("hadBearer").GetBoolean()).ToList();
        var rhsm = calls.Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/management/v1/", StringComparison.Ordinal)).ToList();
        var assisted = calls.Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/api/assisted-install/v2/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rhsm.Count);
        Assert.Single(assisted);
        Assert.All(rhsm, r => Assert.Equal("rhsm-api", r.GetProperty("tokenClient").GetString()));
        Assert.All(assisted, r => Assert.Equal("cloud-services", r.GetProperty("tokenClient").GetString()));
    }

    [Fact]
    public void The_Assisted_API_refuses_an_rhsm_api_token_with_its_infra_error_body()
    {
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $rhsm -Api Rhsm, Assisted; Get-AssistedCluster",
            Vars(("rhsm", Secure(RhsmToken))));
        Assert.Equal("AuthenticationFailed,RedHatApi.Commands.Assisted.GetAssistedClusterCommand", Assert.Single(result.ErrorIds));
        var exception = Assert.IsType<RedHatApiException>(result.Terminating!.Exception);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, exception.StatusCode);
        Assert.Equal("401", exception.ApiErrorCode);
        Assert.Contains("rhsm-api", exception.ResponseExcerpt, StringComparison.Ordinal);
        var denied = Sandbox.Requests().Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/api/assisted-install/v2/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(denied);
        Assert.All(denied, r => Assert.Equal(401, r.GetProperty("status").GetInt32()));
    }

    [Fact]
    public void The_RHSM_API_refuses_a_cloud_services_token()
    {
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $console -Api Rhsm, Assisted; Get-RhsmSystem -First 1",
            Vars(("console", Secure(ConsoleToken))));
        Assert.Equal("PermissionDenied,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand", Assert.Single(result.ErrorIds));
        Assert.Empty(result.OutputOf<RhsmSystem>());
    }

    [Fact]
    public void A_session_without_a_console_credential_says_so_before_calling_Assisted()
    {
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $rhsm; Get-AssistedCluster",
            Vars(("rhsm", Secure(RhsmToken))));
        Assert.Equal("CredentialNotFound,RedHatApi.Commands.Assisted.GetAssistedClusterCommand", Assert.Single(result.ErrorIds));
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/api/assisted-install/", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_sandbox_answers_a_malformed_Authorization_header_with_the_real_401_body()
    {
        using var http = new System.Net.Http.HttpClient { BaseAddress = Sandbox.BaseUri };
        using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "api/assisted-install/v2/clusters");
        request.Headers.TryAddWithoutValidation("Authorization", "Token abc");
        using var response = await http.SendAsync(request);
        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(
            "{\"code\":401,\"message\":\"Authorization header format must be Bearer {token}\"}",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void An_absolute_Uri_on_a_shared_host_gets_the_credential_of_the_API_whose_base_URL_it_is_under()
    {
        // RHSM and the Assisted Installer share the sandbox's host: the host alone would pick RHSM's rhsm-api token.
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $rhsm; " +
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $console; " +
            "Invoke-RedHatApiRequest -Uri ($sandbox.AbsoluteUri + 'api/assisted-install/v2/clusters') -Raw; " +
            "Invoke-RedHatApiRequest -Uri ($sandbox.AbsoluteUri + 'management/v1/systems?limit=1') -Raw",
            Vars(("rhsm", Secure(RhsmToken)), ("console", Secure(ConsoleToken))));
        Assert.Empty(result.ErrorIds);
        var calls = Sandbox.Requests().Where(r => r.GetProperty("hadBearer").GetBoolean()).ToList();
        var assisted = Assert.Single(calls, r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/api/assisted-install/v2/clusters", StringComparison.Ordinal));
        Assert.Equal("cloud-services", assisted.GetProperty("tokenClient").GetString());
        var rhsm = Assert.Single(calls, r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/management/v1/systems", StringComparison.Ordinal));
        Assert.Equal("rhsm-api", rhsm.GetProperty("tokenClient").GetString());
    }

    [Fact]
    public void All_on_an_endpoint_that_does_not_page_returns_its_array_once_with_one_request()
    {
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $console; Invoke-RedHatApiRequest -Api Assisted -Path clusters -All -PageSize 2",
            Vars(("console", Secure(ConsoleToken))));
        Assert.Empty(result.ErrorIds);
        var expected = Run("Get-AssistedCluster").OutputOf<AssistedCluster>().Count;
        Assert.True(expected > 2, "the sandbox seeds more clusters than one page: " + expected);
        Assert.Equal(expected, result.Output.Count);
        Assert.Single(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/api/assisted-install/v2/clusters?", StringComparison.Ordinal));
    }

    [Fact]
    public void Connections_are_listed_dropped_one_at_a_time_and_reached_by_name()
    {
        var result = Run(
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $rhsm; " +
            "Connect-RedHatApi -Sandbox $sandbox -OfflineToken $console; " +
            "(Get-RedHatApiSession).Connections; " +
            "Invoke-RedHatApiRequest -Connection assisted -Path clusters -Raw | Out-Null; " +
            "Disconnect-RedHatApi -Connection rhsm; " +
            "(Get-RedHatApiSession).Connections",
            Vars(("rhsm", Secure(RhsmToken)), ("console", Secure(ConsoleToken))));
        Assert.Empty(result.ErrorIds);
        var views = result.OutputOf<RedHatApi.Models.Session.RedHatApiConnection>();
        Assert.Equal(new[] { "rhsm", "assisted", "console", "assisted", "console" }, views.Select(v => v.Name));
        Assert.All(views, v => Assert.Equal("Bearer", v.AuthKind));
        Assert.Equal("Assisted", views[1].Family);
        Assert.Equal(Sandbox.BaseUri.AbsoluteUri + "api/assisted-install/v2/", views[1].Url.AbsoluteUri);

        var after = Run("Get-RhsmSystem -First 1");
        Assert.Equal("CredentialNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemCommand", Assert.Single(after.ErrorIds));
        var unknown = Run("Invoke-RedHatApiRequest -Connection nowhere -Path x");
        Assert.Equal("ConnectionNotFound,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(unknown.ErrorIds));
    }
}
