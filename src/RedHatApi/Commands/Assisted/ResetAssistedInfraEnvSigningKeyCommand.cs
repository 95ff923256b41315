using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Replaces the key that signs an Assisted Installer infra-env's download links.</para>
/// <para type="description">POST /v2/infra-envs/{id}/regenerate-signing-key (204) for each infra-env. Every pre-signed link handed out before (discovery ISO, iPXE script, discovery ignition) stops working at once: use it when a link leaked. Get-AssistedDiscoveryIsoUrl and Get-AssistedInfraEnvFileUrl then give links signed with the new key.</para>
/// </summary>
[Cmdlet(VerbsCommon.Reset, "AssistedInfraEnvSigningKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class ResetAssistedInfraEnvSigningKeyCommand : AssistedInfraEnvCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachInfraEnvAsync(async id =>
        {
            var request = client.RegenerateSigningKeyRequest(id);
            if (ShouldProcessRequest(request, "Regenerate the link signing key of Assisted infra-env " + id.ToString("D")))
            {
                await client.RegenerateSigningKeyAsync(id, request, cancellationToken);
            }
        });
    }
}
