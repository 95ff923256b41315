using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Removes (deregisters) clusters from the Assisted Installer.</para>
/// <para type="description">DELETE /v2/clusters/{id} for each cluster. A cluster that is installing cannot be removed: that is a AssistedClusterStateConflict error naming its state.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AssistedCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveAssistedClusterCommand : AssistedClusterCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            var request = client.RemoveClusterRequest(id);
            if (ShouldProcessRequest(request, "Remove Assisted cluster " + id.ToString("D")))
            {
                await client.RemoveClusterAsync(id, request, cancellationToken);
            }
        });
    }
}
