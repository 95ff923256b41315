using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Auth;

/// <summary>
/// A bearer token given with -AccessToken: used as is, never refreshed. Its expiry is read from the JWT when it
/// is one, so the user gets a clear error instead of a 401 once it has run out.
/// </summary>
internal sealed class StaticTokenSource : ITokenSource
{
    private readonly SecretValue _token;
    private readonly Func<DateTimeOffset> _clock;
    private readonly DateTimeOffset _expiresAt;
    private readonly DateTimeOffset _issuedAt;

    internal StaticTokenSource(SecretValue token, Func<DateTimeOffset>? clock = null)
    {
        _token = token;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        var claims = JwtClaims.TryRead(token.Reveal());
        _issuedAt = claims?.IssuedAt ?? _clock();
        _expiresAt = claims?.ExpiresAt ?? DateTimeOffset.MaxValue;
    }

    public bool CanRefresh => false;

    public Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        if (_expiresAt <= _clock())
        {
            throw new RedHatApiException(ErrorIds.AccessTokenExpired, Text.Format(Strings.AccessTokenExpired, _expiresAt));
        }

        return Task.FromResult(new AccessToken(_token.Reveal(), _expiresAt, _issuedAt));
    }

    public void Clear() => _token.Dispose();
}
