using System;
using System.Management.Automation;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Unbinds late-binding Assisted Installer hosts from their cluster; they stay registered with their infra-env.</para>
/// <para type="description">POST /v2/infra-envs/{id}/hosts/{host_id}/actions/unbind (200) for each host. The host keeps running the discovery image and can be bound again with Add-AssistedClusterHost. Only hosts of a late-binding infra-env (one without a cluster) that have not started installing can be unbound (else AssistedHostStateConflict or AssistedRequestInvalid). Remove-AssistedHost deregisters a host instead.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AssistedClusterHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(AssistedHost))]
public sealed class RemoveAssistedClusterHostCommand : AssistedHostActionCommand
{
    private protected override ApiRequest RequestFor(AssistedClient client, Guid hostId) => client.UnbindHostRequest(InfraEnvId, hostId);

    private protected override string Operation(Guid hostId) => Text.Format(Strings.AssistedOperationUnbindHost, hostId);

    private protected override string Describe(Guid hostId) => "Unbind Assisted host " + hostId.ToString("D") + " from its cluster";
}
