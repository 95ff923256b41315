using System.Management.Automation;
using RedHatApi.Client.RunAi;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Changes the GPU, CPU and memory quota of Run:ai departments in one node pool.</para>
/// <para type="description">Reads each department (GET), changes the entry of -NodePool (else its first pool) in its resources with the quota values given, and sends the whole resources list back (PUT /api/v1/org-unit/departments/{id}); the other pools keep their quota. -WhatIf shows the PUT and sends nothing. Departments piped from Get-RunAiDepartment bind by Id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunAiDepartment", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RunAiDepartment))]
public sealed class SetRunAiDepartmentCommand : SetRunAiUnitCommand
{
    /// <inheritdoc />
    internal override RunAiUnitKind Kind => RunAiUnitKind.Department;

    /// <inheritdoc />
    internal override void WriteUnit(RunAiOrgUnitWire unit) => WriteObject(RunAiClient.ToDepartment(unit));
}
