using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Auth;

/// <summary>Obtains a new access token for one credential. Callers go through <see cref="TokenCache"/>.</summary>
internal interface ITokenSource
{
    /// <summary>False for static bearer tokens: a 401 cannot be cured by asking again.</summary>
    bool CanRefresh { get; }

    /// <summary>Performs one grant (or returns the static token); throws RedHatApiException on failure.</summary>
    Task<AccessToken> AcquireAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every secret it holds.</summary>
    void Clear();
}
