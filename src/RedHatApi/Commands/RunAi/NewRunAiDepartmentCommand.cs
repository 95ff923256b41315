using System.Management.Automation;
using RedHatApi.Client.RunAi;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Creates a Run:ai department with its GPU quota in a node pool.</para>
/// <para type="description">POST /api/v1/org-unit/departments: a department (a group of projects with a quota of its own), in -ClusterId or the tenant's only cluster, with -GpuQuota (0 when not given), -GpuLimit, -CpuQuota and -MemoryQuota in -NodePool or the cluster's default pool. -WhatIf shows the request and sends nothing. A name already taken in the cluster is RunAiNameConflict. Records piped in (Import-Csv) bind by property name, one department each.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "RunAiDepartment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RunAiDepartment))]
public sealed class NewRunAiDepartmentCommand : NewRunAiUnitCommand
{
    /// <inheritdoc />
    internal override RunAiUnitKind Kind => RunAiUnitKind.Department;

    /// <inheritdoc />
    internal override string? Department => null;

    /// <inheritdoc />
    internal override void WriteUnit(RunAiOrgUnitWire unit) => WriteObject(RunAiClient.ToDepartment(unit));
}
