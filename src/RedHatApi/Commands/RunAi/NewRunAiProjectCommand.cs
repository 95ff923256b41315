using System.Management.Automation;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets.Completers;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Creates a Run:ai project with its GPU quota in a node pool.</para>
/// <para type="description">POST /api/v1/org-unit/projects: a project (researchers submit workloads to it) in a department, in -ClusterId or the tenant's only cluster, with -GpuQuota (0 when not given), -GpuLimit, -CpuQuota and -MemoryQuota in -NodePool or the cluster's default pool. -WhatIf shows the request and sends nothing. A name already taken in the cluster is RunAiNameConflict. Records piped in (Import-Csv) bind by property name, one project each.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "RunAiProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RunAiProject))]
public sealed class NewRunAiProjectCommand : NewRunAiUnitCommand
{
    /// <summary>The department (id) of the new project; without it, the cluster's default department.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiDepartmentIdCompleter))]
    public string? DepartmentId { get; set; }

    /// <inheritdoc />
    internal override RunAiUnitKind Kind => RunAiUnitKind.Project;

    /// <inheritdoc />
    internal override string? Department => DepartmentId;

    /// <inheritdoc />
    internal override void WriteUnit(RunAiOrgUnitWire unit) => WriteObject(RunAiClient.ToProject(unit));
}
