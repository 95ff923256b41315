using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Commands.Session;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Connects an NVIDIA Run:ai control plane to the session with an application's client id and secret.</para>
/// <para type="description">Gets a token with the client_credentials grant from /api/v2/token, falling back to the deprecated /api/v1/token when the tenant answers 404 there, or from the Keycloak realm given with -Realm (older self-hosted tenants). The token is refreshed ahead of its expiry, one grant at a time, and a 401 is answered by one refresh and a replay. The connection (runai:&lt;host&gt;) joins the default session (or -Session, or a -NewSession) beside any other connections. Without parameters, RUNAI_URL, RUNAI_CLIENT_ID and RUNAI_CLIENT_SECRET are read, for scheduled jobs.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "RunAi", DefaultParameterSetName = SecretSet)]
[OutputType(typeof(RedHatApiSession))]
public sealed class ConnectRunAiCommand : RedHatApiCmdlet
{
    private const string SecretSet = "ClientSecret";
    private const string CredentialSet = "Credential";

    /// <summary>The environment variable read when -Url is not given.</summary>
    public const string UrlVariable = "RUNAI_URL";

    /// <summary>The environment variable read when -ClientId is not given.</summary>
    public const string ClientIdVariable = "RUNAI_CLIENT_ID";

    /// <summary>The environment variable read when -ClientSecret is not given.</summary>
    public const string ClientSecretVariable = "RUNAI_CLIENT_SECRET";

    /// <summary>The tenant's control-plane URL (https://&lt;tenant&gt;.run.ai, or the self-hosted UI URL); else RUNAI_URL.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNull]
    public Uri? Url { get; set; }

    /// <summary>The application's client id (an access key or service account); else RUNAI_CLIENT_ID.</summary>
    [Parameter(ParameterSetName = SecretSet)]
    [ValidateNotNullOrEmpty]
    [Alias("AppId")]
    public string? ClientId { get; set; }

    /// <summary>The application's client secret; else RUNAI_CLIENT_SECRET.</summary>
    [Parameter(ParameterSetName = SecretSet)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>The client id as user name and the secret as password.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>The Keycloak realm of an older tenant: tokens come from /auth/realms/&lt;realm&gt;/protocol/openid-connect/token.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Realm { get; set; }

    /// <summary>Creates a separate session that is returned and does not replace the default.</summary>
    [Parameter]
    public SwitchParameter NewSession { get; set; }

    /// <summary>Writes the session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Url;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var url = Url ?? UrlFromEnvironment() ?? throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.RunAiUrlMissing);
        var (clientId, secret) = ClientOf();
        var baseUrl = BaseOf(url);

        var (session, created) = SessionJoin.Target(
            Session, NewSession, () => new SessionCore(new RedHatApiEndpoints(), new NetworkSettings { HostDescription = SessionJoin.HostDescription(this) }));
        var core = session.Core;
        var source = new RunAiTokenSource(core.CreateTokenEndpointHttpClient(), baseUrl, clientId, secret, Realm);
        var fellBack = false;
        source.FellBackToV1 += () => fellBack = true;
        var tokens = new TokenCache(source);
        Connection? connection = null;
        try
        {
            // The first grant is the check: a bad secret fails here, before the session changes.
            await tokens.GetAsync(cancellationToken);
            tokens.Refreshed += core.Counters.AddTokenRefresh;
            connection = new Connection(
                "runai:" + baseUrl.Authority, RunAiState.Family, baseUrl, core.Network, BearerAuthenticator.Owning(tokens), core.Counters,
                core.GateFor(RunAiState.Family + ":" + baseUrl.Authority), details: new RunAiState(source, tokens));
        }
        catch
        {
            tokens.Dispose();
            if (created)
            {
                session.Dispose();
            }

            throw;
        }

        core.AddConnection(connection);
        if (fellBack)
        {
            WriteVerbose(Text.Format(Strings.RunAiTokenV1Fallback, baseUrl.GetLeftPart(UriPartial.Path)));
        }

        WriteVerbose(Text.Format(Strings.RunAiConnected, baseUrl.GetLeftPart(UriPartial.Path), source.UrlOf(source.Endpoint).AbsolutePath));
        SessionJoin.Complete(this, session, created, NewSession, Session is not null, PassThru);
    }

    // Parameters first, then the environment; half of a pair from each is refused as missing.
    private (string ClientId, SecretValue Secret) ClientOf()
    {
        if (Credential is { } credential)
        {
            return (credential.UserName, new SecretValue(credential.Password));
        }

        var clientId = ClientId ?? FromEnvironment(ClientIdVariable);
        if (string.IsNullOrEmpty(clientId))
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.RunAiClientMissing);
        }

        if (ClientSecret is { } secure)
        {
            return (clientId!, new SecretValue(secure));
        }

        var plain = FromEnvironment(ClientSecretVariable);
        return string.IsNullOrEmpty(plain)
            ? throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.RunAiClientMissing)
            : (clientId!, SecretValue.FromPlain(plain!));
    }

    private static Uri? UrlFromEnvironment() =>
        FromEnvironment(UrlVariable) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value.Trim() : null;

    // Users paste the UI URL with a trailing path (…/projects) or an /api suffix; Run:ai's paths hang off the root
    // unless the tenant is served under a path of its own, which is kept.
    private static Uri BaseOf(Uri url)
    {
        var text = url.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var api = text.IndexOf("/api/", StringComparison.OrdinalIgnoreCase);
        if (api >= 0)
        {
            text = text.Substring(0, api);
        }
        else if (text.EndsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(0, text.Length - 4);
        }

        return new Uri(text + "/");
    }
}
