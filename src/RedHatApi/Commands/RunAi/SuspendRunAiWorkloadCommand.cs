using System.Management.Automation;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Suspends Run:ai workloads: their pods stop and their GPUs go back to the pool, and Resume-RunAiWorkload starts them again.</para>
/// <para type="description">POST /api/v1/workloads/{workspaces|trainings|distributed}/{id}/suspend for each workload; Run:ai answers 202 and the workload's phase moves to Stopped once the cluster acted. Takes the output of Get-RunAiWorkload from the pipeline (Type and Id). Types without a suspend endpoint (inference workloads) are RunAiWorkloadActionUnsupported, a workload that does not exist RunAiWorkloadNotFound; the others go on. Needs the Researcher role on the workload's project.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Suspend, "RunAiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RunAiWorkload))]
public sealed class SuspendRunAiWorkloadCommand : RunAiWorkloadActionCommand
{
    /// <summary>Writes each workload as Run:ai reports it right after accepting the suspend (its phase may still be moving).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    private protected override bool WritesWorkload => PassThru;

    /// <inheritdoc />
    private protected override string? Action => "suspend";

    /// <inheritdoc />
    private protected override string Describe(string workload) => "Suspend the " + workload + " and free its GPUs";
}
