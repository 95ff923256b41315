using System;
using System.Management.Automation;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Resets Assisted Installer hosts whose own installation failed, so they can be installed again.</para>
/// <para type="description">POST /v2/infra-envs/{id}/hosts/{host_id}/actions/reset (200) for each host: the host reboots into the discovery image and reports again. The service resets only hosts whose day-2 installation ended in error or was cancelled (else AssistedHostStateConflict); a whole cluster resets with Reset-AssistedCluster.</para>
/// </summary>
[Cmdlet(VerbsCommon.Reset, "AssistedHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(AssistedHost))]
public sealed class ResetAssistedHostCommand : AssistedHostActionCommand
{
    private protected override ApiRequest RequestFor(AssistedClient client, Guid hostId) => client.ResetHostRequest(InfraEnvId, hostId);

    private protected override string Operation(Guid hostId) => Text.Format(Strings.AssistedOperationResetHost, hostId);

    private protected override string Describe(Guid hostId) => "Reset Assisted host " + hostId.ToString("D");
}
