using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Removes (deregisters) Assisted Installer infra-envs.</para>
/// <para type="description">DELETE /v2/infra-envs/{id} for each infra-env. The service refuses while hosts are registered with it (AssistedInfraEnvHasHosts): remove them first with Remove-AssistedHost.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AssistedInfraEnv", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveAssistedInfraEnvCommand : AssistedInfraEnvCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachInfraEnvAsync(async id =>
        {
            var request = client.RemoveInfraEnvRequest(id);
            if (ShouldProcessRequest(request, "Remove Assisted infra-env " + id.ToString("D")))
            {
                await client.RemoveInfraEnvAsync(id, request, cancellationToken);
            }
        });
    }
}
