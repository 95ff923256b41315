using System;
using System.Management.Automation;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Resets cancelled or failed Assisted Installer clusters so they can be installed again.</para>
/// <para type="description">POST /v2/clusters/{id}/actions/reset. Only a cancelled or failed cluster can be reset; it becomes insufficient, then ready once its hosts report again.</para>
/// </summary>
[Cmdlet(VerbsCommon.Reset, "AssistedCluster", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(AssistedCluster))]
public sealed class ResetAssistedClusterCommand : AssistedClusterActionCommand
{
    private protected override AssistedClient.ClusterAction Action => AssistedClient.ClusterAction.Reset;

    private protected override string Describe(Guid id) => "Reset the installation of Assisted cluster " + id.ToString("D");
}
