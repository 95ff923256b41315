using System;
using System.Management.Automation;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Cancels the installation of Assisted Installer clusters.</para>
/// <para type="description">POST /v2/clusters/{id}/actions/cancel. A cluster still preparing goes back to ready; one installing, finalizing or in error becomes cancelled.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "AssistedClusterInstallation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(AssistedCluster))]
public sealed class StopAssistedClusterInstallationCommand : AssistedClusterActionCommand
{
    private protected override AssistedClient.ClusterAction Action => AssistedClient.ClusterAction.Cancel;

    private protected override string Describe(Guid id) => "Cancel the installation of Assisted cluster " + id.ToString("D");
}
