using System;
using System.Management.Automation;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Starts installing Assisted Installer clusters.</para>
/// <para type="description">POST /v2/clusters/{id}/actions/install. The cluster must be ready; otherwise the error AssistedClusterStateConflict names its state and what is missing. Follow the installation with Wait-AssistedCluster.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "AssistedClusterInstallation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedCluster))]
public sealed class StartAssistedClusterInstallationCommand : AssistedClusterActionCommand
{
    private protected override AssistedClient.ClusterAction Action => AssistedClient.ClusterAction.Install;

    private protected override string Describe(Guid id) => "Start installing Assisted cluster " + id.ToString("D");
}
