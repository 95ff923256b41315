using System;
using RedHatApi.Auth;
using RedHatApi.Http;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class RedactionTests
{
    private const string Jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJPZmZsaW5lIiwiYXpwIjoicmhzbS1hcGkifQ.c2lnbmF0dXJl";

    [Fact]
    public void Authorization_keeps_its_scheme_only()
    {
        Assert.Equal("Bearer ***", Redactor.HeaderValue("Authorization", "Bearer " + Jwt));
        Assert.Equal("***", Redactor.HeaderValue("X-Secret-Key", "abc"));
        Assert.Equal("application/json", Redactor.HeaderValue("Accept", "application/json"));
    }

    [Fact]
    public void Secret_query_values_are_masked()
    {
        var url = Redactor.Url(new Uri("https://dl.example.test/file.iso?X-Amz-Signature=abc&name=x&token=t0k"));
        Assert.Equal("https://dl.example.test/file.iso?X-Amz-Signature=***&name=x&token=***", url);
    }

    [Fact]
    public void Bodies_lose_tokens_and_secrets()
    {
        var body = "{\"access_token\":\"" + Jwt + "\",\"client_secret\":\"s3cret\",\"note\":\"" + Jwt + "\"}";
        var masked = Redactor.Body(body);
        Assert.DoesNotContain(Jwt, masked, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Jwt_claims_are_read_without_validation()
    {
        var claims = JwtClaims.TryRead(Jwt);
        Assert.NotNull(claims);
        Assert.Equal("rhsm-api", claims!.AuthorizedParty);
        Assert.Equal("Offline", claims.TokenType);
        Assert.Null(claims.ExpiresAt);
        Assert.Null(JwtClaims.TryRead("not-a-jwt"));
        Assert.Null(JwtClaims.TryRead("a.b.c"));
    }

    [Fact]
    public void Secret_values_never_print()
    {
        using var secret = SecretValue.FromPlain("s3cret");
        Assert.DoesNotContain("s3cret", secret.ToString(), StringComparison.Ordinal);
        Assert.Equal("s3cret", secret.Reveal());
        secret.Replace("rotated");
        Assert.True(secret.Matches("rotated"));
        secret.Dispose();
        Assert.True(secret.IsCleared);
        Assert.Throws<ObjectDisposedException>(() => secret.Reveal());
    }
}
