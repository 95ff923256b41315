using System.Management.Automation;
using RedHatApi.Client.RunAi;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Changes the GPU, CPU and memory quota of Run:ai projects in one node pool.</para>
/// <para type="description">Reads each project (GET), changes the entry of -NodePool (else its first pool) in its resources with the quota values given, and sends the whole resources list back (PUT /api/v1/org-unit/projects/{id}); the other pools keep their quota. -WhatIf shows the PUT and sends nothing. Projects piped from Get-RunAiProject bind by Id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "RunAiProject", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RunAiProject))]
public sealed class SetRunAiProjectCommand : SetRunAiUnitCommand
{
    /// <inheritdoc />
    internal override RunAiUnitKind Kind => RunAiUnitKind.Project;

    /// <inheritdoc />
    internal override void WriteUnit(RunAiOrgUnitWire unit) => WriteObject(RunAiClient.ToProject(unit));
}
