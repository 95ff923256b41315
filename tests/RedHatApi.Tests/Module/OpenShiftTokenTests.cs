using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using System.Text.Json;
using RedHatApi.Models.OpenShift;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>New-OpenShiftServiceAccountToken (TokenRequest) and Get-OpenShiftServiceAccountToken (legacy secrets), and using the tokens.</summary>
public sealed class OpenShiftTokenTests : OpenShiftModuleTest
{
    private const string NewId = ",RedHatApi.Commands.OpenShift.NewOpenShiftServiceAccountTokenCommand";
    private const string GetId = ",RedHatApi.Commands.OpenShift.GetOpenShiftServiceAccountTokenCommand";

    public OpenShiftTokenTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void A_token_is_a_SecureString_that_never_shows_in_any_stream()
    {
        Connect();
        Run("New-OpenShiftServiceAccount -Namespace test -Name robot");
        var before = DateTimeOffset.UtcNow;
        var result = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount robot -Verbose -Debug");
        Assert.Empty(result.ErrorIds);
        var token = Assert.Single(result.OutputOf<OpenShiftServiceAccountToken>());
        var plain = Plain(Assert.IsType<SecureString>(token.Token));
        Assert.StartsWith("eyJ", plain, StringComparison.Ordinal);
        Assert.Equal("system:serviceaccount:test:robot", Claims(plain).GetProperty("sub").GetString());
        Assert.Equal("TokenRequest", token.Source);
        Assert.Equal(new[] { "https://kubernetes.default.svc" }, token.Audiences);
        Assert.Null(token.RequestedDuration);
        Assert.InRange(token.ExpiresAt!.Value, before.AddMinutes(59), before.AddMinutes(61));
        Assert.Equal(TimeSpan.FromHours(1), token.GrantedDuration);
        Assert.DoesNotContain(plain, token.ToString(), StringComparison.Ordinal);
        AssertNoSecret(result, plain);
        Assert.NotEmpty(result.Verbose);
    }

    [Fact]
    public void AsPlainText_gives_the_token_as_a_string()
    {
        Connect();
        var result = Run("New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount runner-01 -AsPlainText");
        var token = Assert.IsType<string>(Assert.Single(result.OutputOf<OpenShiftServiceAccountToken>()).Token);
        Assert.Equal("system:serviceaccount:ci:runner-01", Claims(token).GetProperty("sub").GetString());
    }

    [Fact]
    public void The_expiration_is_the_one_the_cluster_granted_not_the_one_asked()
    {
        ClusterSettings(new { maxTokenExpirationSeconds = 7200 });
        Connect();
        var before = DateTimeOffset.UtcNow;
        var result = Run("New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default -Duration 05:00:00");
        var token = Assert.Single(result.OutputOf<OpenShiftServiceAccountToken>());
        Assert.Equal(TimeSpan.FromHours(5), token.RequestedDuration);
        Assert.Equal(TimeSpan.FromHours(2), token.GrantedDuration);
        Assert.InRange(token.ExpiresAt!.Value, before.AddHours(2).AddMinutes(-1), before.AddHours(2).AddMinutes(1));
        Assert.Equal(token.ExpiresAt!.Value.ToUnixTimeSeconds(), Claims(Plain((SecureString)token.Token)).GetProperty("exp").GetInt64());
    }

    [Fact]
    public void A_duration_under_ten_minutes_is_refused_before_anything_is_sent()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default -Duration 00:09:59");
        Assert.Equal("ParameterArgumentValidationError" + NewId, Assert.Single(result.ErrorIds));
        Assert.Contains("10 minutes", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ClusterRequests());

        // Exactly ten minutes is the least the API takes, and is sent.
        var ten = Run("New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default -Duration 00:10:00");
        Assert.Empty(ten.ErrorIds);
        Assert.Equal(TimeSpan.FromMinutes(10), ten.OutputOf<OpenShiftServiceAccountToken>().Single().GrantedDuration);
    }

    [Fact]
    public void The_422_the_validation_prevents_is_what_the_cluster_answers()
    {
        // Sent around the cmdlet: the sandbox's own answer to 599 s, which the parameter validation never lets happen.
        var (status, body) = Raw(HttpMethod.Post, "api/v1/namespaces/ci/serviceaccounts/default/token", "{\"spec\":{\"expirationSeconds\":599}}");
        Assert.Equal(422, status);
        Assert.Equal("Invalid", body.GetProperty("reason").GetString());
        Assert.Equal("spec.expirationSeconds", body.GetProperty("details").GetProperty("causes")[0].GetProperty("field").GetString());
    }

    [Fact]
    public void The_minted_token_connects_a_second_session_as_the_service_account_until_the_account_is_deleted()
    {
        Connect();
        var result = Run("""
            $null = New-OpenShiftServiceAccount -Namespace test -Name robot
            $t = Get-OpenShiftServiceAccount -Namespace test -Name robot | New-OpenShiftServiceAccountToken -Audience https://kubernetes.default.svc, vault
            $robot = Connect-RedHatApi -ClusterUrl $cluster -AccessToken $t.Token -CertificateAuthority $ca -NewSession -ClusterName robot
            Get-OpenShiftCurrentUser -Session $robot
            $robot
            $t
            """);
        Assert.Empty(result.ErrorIds);
        var user = Assert.Single(result.OutputOf<OpenShiftUser>());
        Assert.Equal("system:serviceaccount:test:robot", user.Name);
        Assert.True(user.IsServiceAccount);
        Assert.Contains("system:serviceaccounts:test", user.Groups);
        Assert.Equal("robot", user.Cluster);
        var token = Assert.Single(result.OutputOf<OpenShiftServiceAccountToken>());
        Assert.Equal(new[] { "https://kubernetes.default.svc", "vault" }, token.Audiences);
        AssertNoSecret(result, Plain((SecureString)token.Token));

        // The admin session is still the default; the robot may not list accounts (403), and loses its token with its account.
        var denied = Run("Get-OpenShiftServiceAccount -Session $robot -Namespace test");
        Assert.Equal("PermissionDenied,RedHatApi.Commands.OpenShift.GetOpenShiftServiceAccountCommand", Assert.Single(denied.ErrorIds));
        Run("Remove-OpenShiftServiceAccount -Namespace test -Name robot -Confirm:$false");
        var revoked = Run("Get-OpenShiftCurrentUser -Session $robot");
        Assert.Equal("AuthenticationFailed,RedHatApi.Commands.OpenShift.GetOpenShiftCurrentUserCommand", Assert.Single(revoked.ErrorIds));
    }

    [Fact]
    public void A_token_bound_to_a_pod_or_secret_echoes_the_binding_and_a_wrong_uid_or_name_fails()
    {
        Connect();
        var podUid = Raw(HttpMethod.Get, "api/v1/namespaces/test/pods/web-0").Body.GetProperty("metadata").GetProperty("uid").GetString();
        var result = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount default -BoundObjectKind Pod -BoundObjectName web-0 -BoundObjectUid $uid",
            Vars(("uid", podUid)));
        Assert.Empty(result.ErrorIds);
        var token = Assert.Single(result.OutputOf<OpenShiftServiceAccountToken>());
        Assert.Equal(("Pod", "web-0", podUid), (token.BoundObjectKind, token.BoundObjectName, token.BoundObjectUid));
        Assert.Equal(podUid, Claims(Plain((SecureString)token.Token)).GetProperty("kubernetes.io").GetProperty("pod").GetProperty("uid").GetString());

        // Without -BoundObjectUid the cluster fills it in.
        var secretName = Run("Get-OpenShiftServiceAccount -Namespace test -Name default").OutputOf<OpenShiftServiceAccount>().Single().Secrets[0];
        var secret = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount default -BoundObjectKind Secret -BoundObjectName $name", Vars(("name", secretName)));
        Assert.Empty(secret.ErrorIds);
        Assert.False(string.IsNullOrEmpty(secret.OutputOf<OpenShiftServiceAccountToken>().Single().BoundObjectUid));

        var wrongUid = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount default -BoundObjectKind Pod -BoundObjectName web-0 -BoundObjectUid 00000000-0000-0000-0000-000000000000");
        Assert.Equal("HttpStatus409" + NewId, Assert.Single(wrongUid.ErrorIds));
        Assert.Contains("does not match the UID in record", wrongUid.AllErrors.Single().Exception.Message, StringComparison.Ordinal);

        var missingPod = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount default -BoundObjectKind Pod -BoundObjectName nope");
        Assert.Equal("OpenShiftObjectNotFound" + NewId, Assert.Single(missingPod.ErrorIds));
        Assert.Contains("pods \"nope\" not found", missingPod.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("service account", missingPod.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_service_account_is_OpenShiftObjectNotFound_and_WhatIf_sends_nothing()
    {
        Connect();
        var missing = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount ghost");
        Assert.Equal("OpenShiftObjectNotFound" + NewId, Assert.Single(missing.ErrorIds));
        Assert.Contains("test/ghost", missing.Errors.Single().Exception.Message, StringComparison.Ordinal);

        Sandbox.ClearRequests();
        var whatIf = Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount default -WhatIf");
        Assert.Contains($"POST {Fixture.ClusterUri.AbsoluteUri}api/v1/namespaces/test/serviceaccounts/default/token", Assert.Single(whatIf.WhatIf), StringComparison.Ordinal);
        Assert.Empty(whatIf.Output);
        Assert.Empty(ClusterRequests());
    }

    [Fact]
    public void A_legacy_token_secret_is_waited_for_and_its_token_authenticates_as_the_account()
    {
        Connect();
        var result = Run("""
            $null = New-OpenShiftServiceAccount -Namespace test -Name legacy
            $t = Get-OpenShiftServiceAccountToken -Namespace test -ServiceAccount legacy
            $t
            $s = Connect-RedHatApi -ClusterUrl $cluster -AccessToken $t.Token -CertificateAuthority $ca -NewSession
            Get-OpenShiftCurrentUser -Session $s
            """);
        Assert.Empty(result.ErrorIds);
        var token = Assert.Single(result.OutputOf<OpenShiftServiceAccountToken>());
        Assert.Equal("Secret", token.Source);
        Assert.StartsWith("legacy-token-", token.SecretName, StringComparison.Ordinal);
        Assert.Null(token.ExpiresAt);
        Assert.Equal("system:serviceaccount:test:legacy", Assert.Single(result.OutputOf<OpenShiftUser>()).Name);
        AssertNoSecret(result, Plain((SecureString)token.Token));

        // The secret was read before the token controller filled it, then polled.
        Assert.Contains(ClusterRequests(), r => r.StartsWith("GET /api/v1/namespaces/test/secrets/legacy-token-", StringComparison.Ordinal));
        Assert.Contains(ClusterRequests(), r => r.Contains("fieldSelector=type%3Dkubernetes.io%2Fservice-account-token", StringComparison.Ordinal));
    }

    [Fact]
    public void A_token_secret_that_stays_empty_is_LegacyTokenUnavailable_after_TimeoutSec()
    {
        ClusterSettings(new { tokenSecretDelayMilliseconds = 60_000 });
        Connect();
        Run("New-OpenShiftServiceAccount -Namespace test -Name slow");
        var result = Run("Get-OpenShiftServiceAccountToken -Namespace test -ServiceAccount slow -TimeoutSec 1");
        Assert.Equal("LegacyTokenUnavailable" + GetId, Assert.Single(result.ErrorIds));
        Assert.Contains("still holds no token after 1 seconds", result.Errors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_OpenShift_4_11_and_later_there_is_no_token_secret_and_the_error_names_New_OpenShiftServiceAccountToken()
    {
        ClusterSettings(new { legacyTokenSecrets = false });
        Connect();
        var result = Run("""
            New-OpenShiftServiceAccount -Namespace test -Name modern
            Get-OpenShiftServiceAccountToken -Namespace test -ServiceAccount modern -TimeoutSec 0
            """);
        var account = Assert.Single(result.OutputOf<OpenShiftServiceAccount>());
        Assert.DoesNotContain(account.Secrets, s => s.Contains("-token-", StringComparison.Ordinal));
        Assert.Equal("LegacyTokenUnavailable" + GetId, Assert.Single(result.ErrorIds));
        var message = result.Errors.Single().Exception.Message;
        Assert.Contains("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount modern", message, StringComparison.Ordinal);
        Assert.Contains("4.11", message, StringComparison.Ordinal);

        // The way it names works.
        Assert.Empty(Run("New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount modern").ErrorIds);
    }

    [Fact]
    public void On_plain_Kubernetes_the_current_user_comes_from_a_SelfSubjectReview()
    {
        ClusterSettings(new { flavor = "Kubernetes" });
        Connect();
        Sandbox.ClearRequests();
        var result = Run("""
            Get-OpenShiftCurrentUser
            $t = New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount default
            $s = Connect-RedHatApi -ClusterUrl $cluster -AccessToken $t.Token -CertificateAuthority $ca -NewSession
            Get-OpenShiftCurrentUser -Session $s
            """);
        Assert.Empty(result.ErrorIds);
        var users = result.OutputOf<OpenShiftUser>();
        Assert.Equal(new[] { "kubernetes-admin", "system:serviceaccount:ci:default" }, users.Select(u => u.Name));
        Assert.All(users, u => Assert.Equal("SelfSubjectReview", u.Source));
        var requests = ClusterRequests();
        Assert.Equal("GET /apis/user.openshift.io/v1/users/~", requests[0]);
        Assert.Equal("POST /apis/authentication.k8s.io/v1/selfsubjectreviews", requests[1]);

        // Plain Kubernetes seeds only the default account: no builder or deployer.
        Assert.Equal(new[] { "default" }, Run("Get-OpenShiftServiceAccount -Namespace test").OutputOf<OpenShiftServiceAccount>().Select(a => a.Name));
    }

    private static string Plain(SecureString secure)
    {
        var ptr = Marshal.SecureStringToGlobalAllocUnicode(secure);
        try
        {
            return Marshal.PtrToStringUni(ptr)!;
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(ptr);
        }
    }

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - (payload.Length % 4)) % 4);
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.Clone();
    }

    /// <summary>A raw call to the cluster as its admin, around the module.</summary>
    private (int Status, JsonElement Body) Raw(HttpMethod method, string path, string? json = null)
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var http = new HttpClient(handler) { BaseAddress = Fixture.ClusterUri };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Fixture.AdminToken);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = http.Send(request);
        return ((int)response.StatusCode, JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.Clone());
    }
}
