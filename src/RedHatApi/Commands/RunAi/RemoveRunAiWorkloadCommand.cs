using System.Management.Automation;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Deletes Run:ai workloads: their pods are stopped and removed, and the workload is listed only with Get-RunAiWorkload -Deleted.</para>
/// <para type="description">DELETE /api/v1/workloads/{workspaces|trainings|distributed|inferences|distributed-inferences}/{id} for each workload; Run:ai answers 202 and removes it from the cluster. Takes the output of Get-RunAiWorkload from the pipeline (Type and Id), so stuck workloads can be cleaned up with a filter and a pipe. A workload that does not exist is RunAiWorkloadNotFound, a type without a delete endpoint RunAiWorkloadActionUnsupported; the others go on. Needs the Researcher role on the workload's project.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RunAiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRunAiWorkloadCommand : RunAiWorkloadActionCommand
{
    /// <inheritdoc />
    private protected override string? Action => null;

    /// <inheritdoc />
    private protected override string Describe(string workload) => "Delete the " + workload + " and its pods";
}
