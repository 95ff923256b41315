using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Lets installed Assisted Installer clusters accept new (day-2) hosts.</para>
/// <para type="description">POST /v2/clusters/{id}/actions/allow-add-hosts (202) for each cluster: the cluster moves to adding-hosts, hosts that boot its discovery image register with it, and each is installed on its own with Start-AssistedHostInstallation. Only installed clusters can (else AssistedClusterStateConflict).</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Enable, "AssistedClusterHostAddition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedCluster))]
public sealed class EnableAssistedClusterHostAdditionCommand : AssistedClusterCommand
{
    /// <summary>Outputs the cluster as the service answered (status adding-hosts).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            var request = client.AllowAddHostsRequest(id);
            if (ShouldProcessRequest(request, "Let Assisted cluster " + id.ToString("D") + " accept new hosts"))
            {
                var cluster = await client.AllowAddHostsAsync(id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(cluster);
                }
            }
        });
    }
}
