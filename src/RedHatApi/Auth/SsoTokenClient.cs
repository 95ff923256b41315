using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Duende.IdentityModel.Client;

namespace RedHatApi.Auth;

/// <summary>
/// Talks to the Red Hat SSO token endpoint through Duende.IdentityModel. Its HttpClient has logging, user agent
/// and 5xx retries but no auth handler: the token endpoint authenticates with the grant itself.
/// </summary>
internal sealed class SsoTokenClient
{
    private readonly HttpClient _http;
    private readonly Uri _tokenUrl;
    private readonly Func<DateTimeOffset> _clock;

    internal SsoTokenClient(HttpClient http, Uri tokenUrl, Func<DateTimeOffset>? clock = null)
    {
        _http = http;
        _tokenUrl = tokenUrl;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    internal Uri TokenUrl => _tokenUrl;

    /// <summary>refresh_token grant for a public client (no secret, no scope: as Red Hat documents).</summary>
    internal async Task<TokenGrant> RefreshAsync(string clientId, string refreshToken, CancellationToken cancellationToken)
    {
        using var request = new RefreshTokenRequest
        {
            Address = _tokenUrl.AbsoluteUri,
            ClientId = clientId,
            RefreshToken = refreshToken,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        };
        using var response = await _http.RequestRefreshTokenAsync(request, cancellationToken).ConfigureAwait(false);
        return ToGrant(response, clientId, CredentialKindHint.OfflineToken);
    }

    /// <summary>client_credentials grant for a service account.</summary>
    internal async Task<TokenGrant> ClientCredentialsAsync(
        string clientId, string clientSecret, string? scope, bool useBasicAuth, CancellationToken cancellationToken)
    {
        using var request = new ClientCredentialsTokenRequest
        {
            Address = _tokenUrl.AbsoluteUri,
            ClientId = clientId,
            ClientSecret = clientSecret,
            Scope = scope,
            ClientCredentialStyle = useBasicAuth ? ClientCredentialStyle.AuthorizationHeader : ClientCredentialStyle.PostBody,
        };
        using var response = await _http.RequestClientCredentialsTokenAsync(request, cancellationToken).ConfigureAwait(false);
        return ToGrant(response, clientId, CredentialKindHint.ServiceAccount);
    }

    private TokenGrant ToGrant(TokenResponse response, string clientId, CredentialKindHint kind)
    {
        if (response.IsError)
        {
            throw SsoErrorTranslator.Translate(response, clientId, kind, _tokenUrl);
        }

        var now = _clock();
        var accessToken = response.AccessToken ?? string.Empty;
        if (accessToken.Length == 0)
        {
            throw SsoErrorTranslator.MissingAccessToken(_tokenUrl);
        }

        // Trust expires_in; fall back to the JWT's exp, then to Red Hat's shortest documented lifetime (300 s).
        var expiresAt = response.ExpiresIn > 0
            ? now.AddSeconds(response.ExpiresIn)
            : JwtClaims.TryRead(accessToken)?.ExpiresAt ?? now.AddSeconds(300);
        var refresh = string.IsNullOrEmpty(response.RefreshToken) ? null : response.RefreshToken;
        return new TokenGrant(new AccessToken(accessToken, expiresAt, now), refresh);
    }
}

/// <summary>A successful grant: the access token and the refresh token SSO handed back, if any.</summary>
/// <remarks>A class, not a record: a record's generated ToString would print the refresh token.</remarks>
internal sealed class TokenGrant
{
    internal TokenGrant(AccessToken accessToken, string? refreshToken)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
    }

    internal AccessToken AccessToken { get; }

    internal string? RefreshToken { get; }
}

/// <summary>Which fix an SSO error message should suggest.</summary>
internal enum CredentialKindHint
{
    OfflineToken,
    ServiceAccount,
}
