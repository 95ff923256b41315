using System.Management.Automation;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Resumes suspended Run:ai workloads: they are scheduled again and ask for their GPUs.</para>
/// <para type="description">POST /api/v1/workloads/{workspaces|trainings|distributed}/{id}/resume for each workload; Run:ai answers 202 and schedules the workload again. Takes the output of Get-RunAiWorkload from the pipeline (Type and Id). Types without a resume endpoint (inference workloads) are RunAiWorkloadActionUnsupported, a workload that does not exist RunAiWorkloadNotFound; the others go on. Needs the Researcher role on the workload's project.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Resume, "RunAiWorkload", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(RunAiWorkload))]
public sealed class ResumeRunAiWorkloadCommand : RunAiWorkloadActionCommand
{
    /// <summary>Writes each workload as Run:ai reports it right after accepting the resume (its phase may still be moving).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    private protected override bool WritesWorkload => PassThru;

    /// <inheritdoc />
    private protected override string? Action => "resume";

    /// <inheritdoc />
    private protected override string Describe(string workload) => "Resume the " + workload;
}
