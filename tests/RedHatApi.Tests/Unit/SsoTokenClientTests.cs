using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>Red Hat SSO's (Keycloak's) canned answers, through the real IdentityModel client, to ErrorIds.</summary>
public sealed class SsoTokenClientTests
{
    private static readonly Uri TokenUrl = new("https://sso.example.test/auth/realms/redhat-external/protocol/openid-connect/token");

    private static (SsoTokenClient Client, StubHandler Stub) Create(HttpStatusCode status, string body, string mediaType = "application/json")
    {
        var stub = new StubHandler().Then(status, r => r.Content = new StringContent(body, Encoding.UTF8, mediaType));
        return (new SsoTokenClient(new HttpClient(stub), TokenUrl), stub);
    }

    private static async Task<RedHatApiException> Refresh(HttpStatusCode status, string body, string clientId = "rhsm-api", string mediaType = "application/json")
    {
        var (client, _) = Create(status, body, mediaType);
        return await Assert.ThrowsAsync<RedHatApiException>(() => client.RefreshAsync(clientId, "offline", CancellationToken.None));
    }

    [Theory]
    [InlineData("Unmatching clients")]
    [InlineData("Session doesn't have required client")]
    public async Task A_refresh_by_the_wrong_client_is_TokenClientMismatch(string description)
    {
        var ex = await Refresh(HttpStatusCode.BadRequest, "{\"error\":\"invalid_grant\",\"error_description\":\"" + description + "\"}");
        Assert.Equal(ErrorIds.TokenClientMismatch, ex.ErrorId);
        Assert.Contains("rhsm-api", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://console.redhat.com/openshift/token", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Offline user session not found")]
    [InlineData("Token is not active")]
    [InlineData("Stale token")]
    public async Task Other_invalid_grants_are_InvalidOfflineToken_with_the_page_for_that_client(string description)
    {
        var ex = await Refresh(HttpStatusCode.BadRequest, "{\"error\":\"invalid_grant\",\"error_description\":\"" + description + "\"}");
        Assert.Equal(ErrorIds.InvalidOfflineToken, ex.ErrorId);
        Assert.Contains(description, ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://access.redhat.com/management/api", ex.Message, StringComparison.Ordinal);
        Assert.Contains("30 days", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_offline_token_for_the_user_is_TokenRequestRejected()
    {
        var ex = await Refresh(HttpStatusCode.BadRequest, "{\"error\":\"not_allowed\",\"error_description\":\"Offline tokens not allowed for the user or client\"}");
        Assert.Equal(ErrorIds.TokenRequestRejected, ex.ErrorId);
        Assert.Equal("not_allowed", ex.ApiErrorCode);
    }

    [Fact]
    public async Task A_bad_service_account_secret_is_InvalidClientCredential()
    {
        var (client, stub) = Create(HttpStatusCode.Unauthorized, "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}");
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.ClientCredentialsAsync("svc", "s3cret", "api.iam.service_accounts", useBasicAuth: true, CancellationToken.None));
        Assert.Equal(ErrorIds.InvalidClientCredential, ex.ErrorId);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Basic ", Assert.Single(stub.Seen).Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_error_page_is_ServiceUnavailable()
    {
        var ex = await Refresh(HttpStatusCode.BadGateway, "<html>bad gateway</html>", mediaType: "text/html");
        Assert.Equal(ErrorIds.ServiceUnavailable, ex.ErrorId);
    }

    [Fact]
    public async Task A_wrong_realm_is_a_status_id_naming_the_token_url()
    {
        var ex = await Refresh(HttpStatusCode.NotFound, "Not Found", mediaType: "text/plain");
        Assert.Equal("HttpStatus404", ex.ErrorId);
        Assert.Contains(TokenUrl.AbsoluteUri, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_sends_the_form_Red_Hat_documents_and_expires_in_sets_the_expiry()
    {
        var (client, stub) = Create(HttpStatusCode.OK, "{\"access_token\":\"at\",\"expires_in\":900,\"refresh_expires_in\":0,\"refresh_token\":\"rt2\",\"token_type\":\"bearer\"}");
        var before = DateTimeOffset.UtcNow;
        var grant = await client.RefreshAsync("rhsm-api", "offline", CancellationToken.None);
        Assert.Equal("at", grant.AccessToken.Value);
        Assert.Equal("rt2", grant.RefreshToken);
        Assert.InRange(grant.AccessToken.ExpiresAt, before.AddSeconds(899), DateTimeOffset.UtcNow.AddSeconds(901));
        var body = Assert.Single(stub.Seen).Body!;
        Assert.Contains("grant_type=refresh_token", body, StringComparison.Ordinal);
        Assert.Contains("client_id=rhsm-api", body, StringComparison.Ordinal);
        Assert.DoesNotContain("client_secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("scope", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rotated_refresh_token_replaces_the_old_one_in_memory()
    {
        var stub = new StubHandler()
            .Then(HttpStatusCode.OK, r => r.Content = new StringContent("{\"access_token\":\"a1\",\"expires_in\":300,\"refresh_token\":\"rotated-1\"}", Encoding.UTF8, "application/json"))
            .Then(HttpStatusCode.OK, r => r.Content = new StringContent("{\"access_token\":\"a2\",\"expires_in\":300,\"refresh_token\":\"rotated-2\"}", Encoding.UTF8, "application/json"));
        using var secret = SecretValue.FromPlain("original");
        var source = new OfflineTokenSource(new SsoTokenClient(new HttpClient(stub), TokenUrl), "cloud-services", secret);
        await source.AcquireAsync(CancellationToken.None);
        await source.AcquireAsync(CancellationToken.None);
        var sent = stub.Seen.ToArray();
        Assert.Contains("refresh_token=original", sent[0].Body, StringComparison.Ordinal);
        Assert.Contains("refresh_token=rotated-1", sent[1].Body, StringComparison.Ordinal);
        Assert.True(secret.Matches("rotated-2"));
    }
}
