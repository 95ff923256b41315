using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Cmdlets;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// <para type="synopsis">Gets a current access token of the session, like `ocm token`: a SecureString unless -AsPlainText.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RedHatApiToken", DefaultParameterSetName = "Api")]
[OutputType(typeof(SecureString), typeof(string))]
public sealed class GetRedHatApiTokenCommand : RedHatApiCmdlet
{
    /// <summary>The API whose credential's token is wanted; default Rhsm if the session has it, else Assisted.</summary>
    [Parameter(Position = 0, ParameterSetName = "Api")]
    public ApiName? Api { get; set; }

    /// <summary>The connection whose token is wanted, a cluster's included (cluster:&lt;name&gt;, or the cluster's name).</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Connection")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.ConnectionNameCompleter))]
    public string? Connection { get; set; }

    /// <summary>Returns the token as plain text, for tools that need it on their command line.</summary>
    [Parameter]
    public SwitchParameter AsPlainText { get; set; }

    /// <summary>Obtains a new token even if the cached one is still valid.</summary>
    [Parameter]
    public SwitchParameter ForceRefresh { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var tokens = Connection is { } name ? TokensOf(session.Named(name)) : session.SlotFor(Api ?? DefaultApi(session)).Tokens;
        var token = await tokens.GetAsync(cancellationToken);
        if (ForceRefresh && tokens.CanRefresh)
        {
            token = await tokens.GetAsync(cancellationToken, rejected: token.Value);
        }

        if (AsPlainText)
        {
            WriteObject(token.Value);
            return;
        }

        using var secret = SecretValue.FromPlain(token.Value);
        WriteObject(secret.RevealSecure());
    }

    private static ApiName DefaultApi(SessionCore session) =>
        session.Slots.Any(s => s.Apis.Contains(ApiName.Rhsm)) ? ApiName.Rhsm : ApiName.Assisted;

    /// <summary>The token cache behind a connection (an SSO slot, a cluster's own); a Basic or anonymous connection has none.</summary>
    private static TokenCache TokensOf(RedHatApi.Session.Connection connection) =>
        connection.Authenticator is BearerAuthenticator bearer
            ? bearer.Tokens
            : throw new RedHatApi.Errors.RedHatApiException(
                RedHatApi.Errors.ErrorIds.InvalidParameter, Properties.Text.Format(Properties.Strings.ConnectionHasNoToken, connection.Name, connection.Authenticator.Kind))
            {
                Target = connection.Name,
            };
}
