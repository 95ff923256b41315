using System.Management.Automation;
using RedHatApi.Client.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Removes Run:ai departments.</para>
/// <para type="description">DELETE /api/v1/org-unit/departments/{id} for each department, by -Id (departments piped from Get-RunAiDepartment bind it) or by exact -Name. Run:ai removes the department in the background (202). Asks for confirmation; -WhatIf shows the request and sends nothing. One that does not exist is RunAiDepartmentNotFound.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RunAiDepartment", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunAiDepartmentCommand : RemoveRunAiUnitCommand
{
    /// <inheritdoc />
    internal override RunAiUnitKind Kind => RunAiUnitKind.Department;
}
