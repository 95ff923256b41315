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
[Cmdlet(VerbsCommon.Get, "RedHatApiToken")]
[OutputType(typeof(SecureString), typeof(string))]
public sealed class GetRedHatApiTokenCommand : RedHatApiCmdlet
{
    /// <summary>The API whose credential's token is wanted; default Rhsm if the session has it, else Assisted.</summary>
    [Parameter(Position = 0)]
    public ApiName? Api { get; set; }

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
        var api = Api ?? (session.Slots.Any(s => s.Apis.Contains(ApiName.Rhsm)) ? ApiName.Rhsm : ApiName.Assisted);
        var slot = session.SlotFor(api);
        var token = await slot.Tokens.GetAsync(cancellationToken);
        if (ForceRefresh && slot.Tokens.CanRefresh)
        {
            token = await slot.Tokens.GetAsync(cancellationToken, rejected: token.Value);
        }

        if (AsPlainText)
        {
            WriteObject(token.Value);
            return;
        }

        using var secret = SecretValue.FromPlain(token.Value);
        WriteObject(secret.RevealSecure());
    }
}
