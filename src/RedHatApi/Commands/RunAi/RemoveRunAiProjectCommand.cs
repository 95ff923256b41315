using System.Management.Automation;
using RedHatApi.Client.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Removes Run:ai projects.</para>
/// <para type="description">DELETE /api/v1/org-unit/projects/{id} for each project, by -Id (projects piped from Get-RunAiProject bind it) or by exact -Name. Run:ai removes the project in the background (202). Asks for confirmation; -WhatIf shows the request and sends nothing. One that does not exist is RunAiProjectNotFound.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RunAiProject", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunAiProjectCommand : RemoveRunAiUnitCommand
{
    /// <inheritdoc />
    internal override RunAiUnitKind Kind => RunAiUnitKind.Project;
}
