using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// <para type="synopsis">Closes a RedHatApi session: clears its secrets from memory and disposes its HTTP stack.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "RedHatApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(void))]
public sealed class DisconnectRedHatApiCommand : RedHatApiCmdlet
{
    /// <summary>The session to close; binds from the pipeline. Default: the default session.</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public RedHatApiSession? InputObject { get; set; }

    /// <summary>Drops only this connection of the session (Get-RedHatApiSession lists them: rhsm, assisted, cluster:&lt;name&gt;); the session stays.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.ConnectionNameCompleter))]
    public string? Connection { get; set; }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = InputObject ?? Session ?? SessionStore.Current;
        if (Connection is { } name)
        {
            var core = session is { IsDisconnected: false } ? session.Core : ResolveSession();
            var connection = core.Named(name);
            if (ShouldProcess(connection.ToString(), "Disconnect"))
            {
                core.RemoveConnection(connection);
            }

            return Task.CompletedTask;
        }

        if (session is null || session.IsDisconnected)
        {
            // Nothing to close: disconnecting twice is not an error for scripts that clean up in finally blocks.
            return Task.CompletedTask;
        }

        if (ShouldProcess(session.ToString(), "Disconnect"))
        {
            SessionStore.ClearIf(session);
            session.Dispose();
        }

        return Task.CompletedTask;
    }
}
