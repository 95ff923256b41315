using System;
using System.Management.Automation;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Starts installing single Assisted Installer hosts (day 2: hosts added to an installed cluster).</para>
/// <para type="description">POST /v2/infra-envs/{id}/hosts/{host_id}/actions/install (202) for each host. The host must be known and bound to a cluster that accepts hosts; otherwise the service answers 409, written as AssistedHostStateConflict with the host's state. A cluster's first installation starts with Start-AssistedClusterInstallation instead.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "AssistedHostInstallation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedHost))]
public sealed class StartAssistedHostInstallationCommand : AssistedHostActionCommand
{
    private protected override ApiRequest RequestFor(AssistedClient client, Guid hostId) => client.InstallHostRequest(InfraEnvId, hostId);

    private protected override string Operation(Guid hostId) => Text.Format(Strings.AssistedOperationInstallHost, hostId);

    private protected override string Describe(Guid hostId) => "Start installing Assisted host " + hostId.ToString("D");
}
