using System;
using System.Management.Automation;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Binds late-binding Assisted Installer hosts to a cluster.</para>
/// <para type="description">POST /v2/infra-envs/{id}/hosts/{host_id}/actions/bind with the cluster id (200) for each host. Hosts that booted an infra-env without a cluster (New-AssistedInfraEnv without -ClusterId) wait unbound until they are bound; the service refuses hosts already bound (AssistedHostStateConflict) and an unknown cluster (AssistedRequestInvalid). Remove-AssistedClusterHost unbinds.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "AssistedClusterHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedHost))]
public sealed class AddAssistedClusterHostCommand : AssistedHostActionCommand
{
    /// <summary>The cluster the hosts join.</summary>
    [Parameter(Mandatory = true)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid ClusterId { get; set; }

    private protected override ApiRequest RequestFor(AssistedClient client, Guid hostId) => client.BindHostRequest(InfraEnvId, hostId, ClusterId);

    private protected override string Operation(Guid hostId) => Text.Format(Strings.AssistedOperationBindHost, hostId, ClusterId);

    private protected override string Describe(Guid hostId) => "Bind Assisted host " + hostId.ToString("D") + " to cluster " + ClusterId.ToString("D");
}
