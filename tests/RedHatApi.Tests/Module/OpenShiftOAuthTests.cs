using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using RedHatApi.Models.OpenShift;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// Connect-RedHatApi -ClusterUrl -Credential: the password login at the cluster's OAuth server (challenging client,
/// implicit grant), logging in again when the token expires or is revoked, TLS trust, and secrets kept out of every stream.
/// </summary>
public sealed class OpenShiftOAuthTests : OpenShiftModuleTest
{
    private const string ConnectId = ",RedHatApi.Commands.Session.ConnectRedHatApiCommand";
    private const string Authorize = "GET /oauth/authorize?client_id=openshift-challenging-client&response_type=token";

    public OpenShiftOAuthTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void A_good_password_logs_in_at_the_OAuth_server_and_the_token_is_that_user()
    {
        var result = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca -PassThru -Verbose -Debug; Get-OpenShiftCurrentUser -Verbose -Debug");
        Assert.Empty(result.ErrorIds);
        var cluster = Assert.Single(Assert.Single(result.OutputOf<RedHatApiSession>()).Clusters);
        Assert.Equal("developer", cluster.User);
        Assert.Equal(CredentialKind.Password, cluster.Kind);
        Assert.Contains("developer", cluster.Source, StringComparison.Ordinal);
        Assert.Equal("developer", Assert.Single(result.OutputOf<OpenShiftUser>()).Name);

        // Discovery on the API server, one login, then the API calls carry the token of that user.
        var requests = ClusterRequests();
        Assert.Equal("GET /.well-known/oauth-authorization-server", requests[0]);
        Assert.Equal(Authorize, requests[1]);
        Assert.Equal(1, OAuthState().GetProperty("logins").GetInt32());
        Assert.Equal(new string?[] { "developer", "developer" }, ApiUsers());
        AssertNoSecret(result, Password("developer"));
        AssertNoOAuthToken(result);
    }

    [Fact]
    public void Kubeadmin_logs_in_as_kube_admin()
    {
        var result = RunAs("kubeadmin", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca; Get-OpenShiftCurrentUser");
        Assert.Empty(result.ErrorIds);
        Assert.Equal("kube:admin", Assert.Single(result.OutputOf<OpenShiftUser>()).Name);
    }

    [Fact]
    public void A_wrong_password_is_OpenShiftLoginFailed_naming_the_user_and_nothing_is_connected()
    {
        const string wrong = "not-the-password-0123";
        var result = Run(
            "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca -Verbose -Debug",
            Vars(("login", new PSCredential("developer", Secrets.Secure(wrong)))));
        Assert.Equal("OpenShiftLoginFailed" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Equal(ErrorCategory.AuthenticationError, result.Terminating!.CategoryInfo.Category);
        var message = result.Terminating.Exception.Message;
        Assert.Contains("'developer'", message, StringComparison.Ordinal);
        Assert.Contains("401", message, StringComparison.Ordinal);
        Assert.Equal(1, OAuthState().GetProperty("failedLogins").GetInt32());
        Assert.Equal(0, OAuthState().GetProperty("logins").GetInt32());
        Assert.Null(Run("Get-RedHatApiSession").Output.SingleOrDefault()?.BaseObject);
        AssertNoSecret(result, wrong, Password("developer"));
    }

    [Fact]
    public void An_unknown_user_is_OpenShiftLoginFailed_too()
    {
        var result = Run(
            "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca",
            Vars(("login", new PSCredential("mallory", Secrets.Secure(Password("developer"))))));
        Assert.Equal("OpenShiftLoginFailed" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("'mallory'", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_token_expires_mid_session_the_module_logs_in_again()
    {
        OAuthSettings(new { tokenLifetimeSeconds = 3 });
        var first = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca; Get-OpenShiftCurrentUser");
        Assert.Empty(first.ErrorIds);
        System.Threading.Thread.Sleep(3500);
        var result = Run("Get-OpenShiftCurrentUser -Verbose -Debug");
        Assert.Empty(result.ErrorIds);
        Assert.Equal("developer", Assert.Single(result.OutputOf<OpenShiftUser>()).Name);

        // The first token had run out: a second login, and no request was sent with the stale token (no 401).
        Assert.Equal(2, OAuthState().GetProperty("logins").GetInt32());
        Assert.Equal(2, ClusterRequests().Count(r => r == Authorize));
        Assert.All(ApiUsers(), u => Assert.Equal("developer", u));
        AssertNoSecret(result, Password("developer"));
        AssertNoOAuthToken(result);
    }

    [Fact]
    public void A_revoked_token_gets_a_401_and_exactly_one_new_login()
    {
        var connect = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca");
        Assert.Empty(connect.ErrorIds);
        Sandbox.Send(HttpMethod.Post, "_sandbox/cluster/oauth/revoke");
        Sandbox.ClearRequests();

        var result = Run("Get-OpenShiftCurrentUser -Verbose -Debug; Get-OpenShiftCurrentUser");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(2, result.OutputOf<OpenShiftUser>().Count);
        Assert.Equal(2, OAuthState().GetProperty("logins").GetInt32());

        // users/~ with the revoked token (401, no user), the login, the replay, then the second call.
        Assert.Equal(
            new[] { "GET /apis/user.openshift.io/v1/users/~", Authorize, "GET /apis/user.openshift.io/v1/users/~", "GET /apis/user.openshift.io/v1/users/~" },
            ClusterRequests());
        Assert.Contains(result.Verbose, v => v.Message.Contains("401; token refreshed", StringComparison.Ordinal));
        AssertNoSecret(result, Password("developer"));
        AssertNoOAuthToken(result);
    }

    [Fact]
    public void A_wrong_password_on_the_second_login_is_OpenShiftLoginFailed_at_the_cmdlet()
    {
        var connect = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca");
        Assert.Empty(connect.ErrorIds);

        // The admin changes the password and deletes the user's tokens: the next call's login is refused, once.
        Sandbox.Send(HttpMethod.Put, "_sandbox/cluster/oauth/users/developer", new { password = "rotated-password-42" });
        Sandbox.Send(HttpMethod.Post, "_sandbox/cluster/oauth/revoke");
        var result = Run("Get-OpenShiftCurrentUser");
        Assert.Equal("OpenShiftLoginFailed,RedHatApi.Commands.OpenShift.GetOpenShiftCurrentUserCommand", Assert.Single(result.ErrorIds));
        Assert.Equal(1, OAuthState().GetProperty("failedLogins").GetInt32());
    }

    [Fact]
    public void Without_the_CA_the_login_is_a_TlsError_and_SkipCertificateCheck_logs_in_with_a_warning()
    {
        var refused = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -MaxRetries 0");
        Assert.Equal("TlsError" + ConnectId, Assert.Single(refused.ErrorIds));
        Assert.Contains("-CertificateAuthority", refused.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, OAuthState().GetProperty("logins").GetInt32());

        var skipped = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -SkipCertificateCheck; Get-OpenShiftCurrentUser");
        Assert.Empty(skipped.ErrorIds);
        Assert.Single(skipped.Warnings);
        Assert.Equal("developer", Assert.Single(skipped.OutputOf<OpenShiftUser>()).Name);
        Assert.Equal(1, OAuthState().GetProperty("logins").GetInt32());
    }

    [Fact]
    public void A_cluster_without_an_OAuth_server_is_OpenShiftOAuthNotAvailable()
    {
        ClusterSettings(new { flavor = "Kubernetes" });
        var result = RunAs("developer", "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca");
        Assert.Equal("OpenShiftOAuthNotAvailable" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("-AccessToken", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClusterRequests(), r => r.StartsWith("GET /oauth/", StringComparison.Ordinal));
    }

    [Fact]
    public void Disconnect_forgets_the_password_so_no_login_happens_afterwards()
    {
        var result = RunAs("developer", """
            $s = Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca -NewSession
            Disconnect-RedHatApi -Session $s
            Get-OpenShiftCurrentUser -Session $s
            """);
        Assert.Single(result.ErrorIds);
        Assert.Equal(1, OAuthState().GetProperty("logins").GetInt32());
        AssertNoSecret(result, Password("developer"));
    }

    /// <summary>Runs with $login = the seeded user's PSCredential.</summary>
    private ScriptResult RunAs(string user, string script) =>
        Run(script, Vars(("login", new PSCredential(user, Secrets.Secure(Password(user))))));

    private string Password(string user) =>
        Sandbox.Credentials().GetProperty("cluster").GetProperty("oauthUsers").EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == user).GetProperty("password").GetString()!;

    private JsonElement OAuthState() => Sandbox.Get("_sandbox/cluster/oauth");

    private void OAuthSettings(object body) => Sandbox.Send(HttpMethod.Put, "_sandbox/cluster/oauth", body);

    /// <summary>The users the API server saw (OAuth and discovery requests carry no bearer).</summary>
    private IReadOnlyList<string?> ApiUsers() =>
        ClusterRequests().Zip(ClusterUsers()).Where(p => p.First.Contains("/apis/", StringComparison.Ordinal)).Select(p => p.Second).ToList();

    /// <summary>Issued OAuth tokens are sha256~ values the test does not know: none may appear anywhere.</summary>
    private static void AssertNoOAuthToken(ScriptResult result) =>
        Assert.DoesNotContain("sha256~", string.Join("\n", result.AllText()), StringComparison.Ordinal);
}
