using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Auth;

/// <summary>A console service account: client_credentials grant, secret in the form or as HTTP Basic.</summary>
internal sealed class ClientCredentialsTokenSource : ITokenSource
{
    /// <summary>The scope Red Hat documents for console service accounts (and its own tools request): openid plus the service-account API scope.</summary>
    internal const string DefaultScope = "openid api.iam.service_accounts";

    private readonly SsoTokenClient _sso;
    private readonly SecretValue _secret;
    private readonly string? _scope;
    private readonly bool _useBasicAuth;

    internal ClientCredentialsTokenSource(SsoTokenClient sso, string clientId, SecretValue secret, string? scope, bool useBasicAuth)
    {
        _sso = sso;
        ClientId = clientId;
        _secret = secret;
        _scope = scope;
        _useBasicAuth = useBasicAuth;
    }

    internal string ClientId { get; }

    public bool CanRefresh => true;

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken) =>
        (await _sso.ClientCredentialsAsync(ClientId, _secret.Reveal(), _scope, _useBasicAuth, cancellationToken)
            .ConfigureAwait(false)).AccessToken;

    public void Clear() => _secret.Dispose();
}
