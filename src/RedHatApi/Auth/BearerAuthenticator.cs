using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Auth;

/// <summary>
/// <c>Authorization: Bearer</c> from a token cache, or the token in a named header (<c>X-Secret-Key</c>,
/// <c>X-Auth-Token</c>) when <see cref="Header"/> is set. The cache is looked up per request, so a connection can
/// use a credential that is added or replaced after it was created (the SSO credential slots); single-flight and
/// proactive refresh are the cache's.
/// </summary>
internal sealed class BearerAuthenticator : Authenticator
{
    private readonly Func<TokenCache> _tokens;
    private readonly Func<bool> _available;
    private readonly bool _owns;

    private BearerAuthenticator(Func<TokenCache> tokens, Func<bool> available, string? header, bool owns)
    {
        _tokens = tokens;
        _available = available;
        Header = header;
        _owns = owns;
    }

    /// <summary>Null for Authorization: Bearer; else the header that carries the token as is.</summary>
    internal string? Header { get; }

    /// <summary>A connection's own token cache (a cluster's), cleared with the connection.</summary>
    internal static BearerAuthenticator Owning(TokenCache tokens, string? header = null) =>
        new(() => tokens, () => true, header, owns: true);

    /// <summary>A token cache the session keeps and other connections may share (one rhsm-api offline token).</summary>
    internal static BearerAuthenticator Borrowing(Func<TokenCache> tokens, Func<bool> available, string? header = null) =>
        new(tokens, available, header, owns: false);

    /// <summary>The token cache requests use now (Get-RedHatApiToken -Connection).</summary>
    internal TokenCache Tokens => _tokens();

    internal override string Kind => Header ?? "Bearer";

    internal override bool CanRefresh => _tokens().CanRefresh;

    internal override DateTimeOffset? ExpiresAt => _available() ? _tokens().ExpiresAt : null;

    internal override bool IsAvailable => _available();

    internal override async Task<string?> GetAsync(CancellationToken cancellationToken, string? rejected = null) =>
        (await _tokens().GetAsync(cancellationToken, rejected).ConfigureAwait(false)).Value;

    internal override void Apply(HttpRequestMessage request, string? credential)
    {
        Strip(request);
        if (credential is null)
        {
            return;
        }

        if (Header is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }
        else
        {
            request.Headers.TryAddWithoutValidation(Header, credential);
        }
    }

    internal override void Strip(HttpRequestMessage request)
    {
        request.Headers.Authorization = null;
        if (Header is not null)
        {
            request.Headers.Remove(Header);
        }
    }

    protected override void Release()
    {
        if (_owns)
        {
            _tokens().Dispose();
        }
    }
}
