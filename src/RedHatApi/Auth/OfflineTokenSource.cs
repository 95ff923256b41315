using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Auth;

/// <summary>
/// Exchanges an offline token for access tokens (refresh_token grant). When SSO rotates the refresh token, the
/// newest one replaces the old in memory: an old rotated token is rejected as stale.
/// </summary>
internal sealed class OfflineTokenSource : ITokenSource
{
    private readonly SsoTokenClient _sso;
    private readonly SecretValue _offlineToken;

    internal OfflineTokenSource(SsoTokenClient sso, string clientId, SecretValue offlineToken)
    {
        _sso = sso;
        ClientId = clientId;
        _offlineToken = offlineToken;
    }

    internal string ClientId { get; }

    public bool CanRefresh => true;

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var grant = await _sso.RefreshAsync(ClientId, _offlineToken.Reveal(), cancellationToken).ConfigureAwait(false);
        if (grant.RefreshToken is { } rotated && !_offlineToken.Matches(rotated))
        {
            _offlineToken.Replace(rotated);
        }

        return grant.AccessToken;
    }

    public void Clear() => _offlineToken.Dispose();
}
