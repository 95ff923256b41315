using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// <para type="synopsis">Gets the default RedHatApi session (or the one given): its APIs, credentials and counters, never a secret.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RedHatApiSession")]
[OutputType(typeof(RedHatApiSession))]
public sealed class GetRedHatApiSessionCommand : RedHatApiCmdlet
{
    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = Session ?? SessionStore.Current;
        if (session is null)
        {
            ResolveSession();
        }

        WriteObject(session);
        return Task.CompletedTask;
    }
}
