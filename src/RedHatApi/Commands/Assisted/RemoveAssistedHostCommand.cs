using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Removes (deregisters) hosts from the Assisted Installer.</para>
/// <para type="description">DELETE /v2/infra-envs/{id}/hosts/{host_id} for each host. A host that boots the discovery image again registers again; the service refuses while the host's cluster installs.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AssistedHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveAssistedHostCommand : AssistedHostCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachHostAsync(async id =>
        {
            var request = client.RemoveHostRequest(InfraEnvId, id);
            if (ShouldProcessRequest(request, "Remove Assisted host " + id.ToString("D")))
            {
                await client.RemoveHostAsync(InfraEnvId, id, request, cancellationToken);
            }
        });
    }
}
