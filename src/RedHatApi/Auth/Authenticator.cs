using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Auth;

/// <summary>
/// Adds a connection's credentials to a request: a bearer from a token source, a named header (X-Secret-Key,
/// X-Auth-Token), HTTP Basic, or nothing. The auth handler calls it for requests to the connection's own host only,
/// and replays a 401 once when <see cref="CanRefresh"/> says asking again can help.
/// </summary>
internal abstract class Authenticator : IDisposable
{
    /// <summary>What Get-RedHatApiSession shows as the connection's auth: "Bearer", "X-Secret-Key", "Basic", "None".</summary>
    internal abstract string Kind { get; }

    /// <summary>False for static credentials: a 401 cannot be cured by asking again.</summary>
    internal virtual bool CanRefresh => false;

    /// <summary>When the current credential expires, when known.</summary>
    internal virtual DateTimeOffset? ExpiresAt => null;

    /// <summary>False when the credential this authenticator would use is not (or no longer) in the session.</summary>
    internal virtual bool IsAvailable => true;

    /// <summary>
    /// The credential value for the next request; with <paramref name="rejected"/> (the value a 401 answered) a fresh
    /// one if that value is still the current one. Null when there is nothing to send.
    /// </summary>
    internal abstract Task<string?> GetAsync(CancellationToken cancellationToken, string? rejected = null);

    /// <summary>Puts <paramref name="credential"/> on the request (never logged).</summary>
    internal abstract void Apply(HttpRequestMessage request, string? credential);

    /// <summary>Takes every credential header this authenticator could have set off a request (other hosts).</summary>
    internal abstract void Strip(HttpRequestMessage request);

    /// <summary>Clears the secrets it owns; one that borrows a session's credential leaves it alone.</summary>
    public void Dispose() => Release();

    /// <summary>Clears owned secrets; nothing by default.</summary>
    protected virtual void Release()
    {
    }
}
