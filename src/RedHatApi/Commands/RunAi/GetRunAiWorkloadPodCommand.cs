using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the pods of Run:ai workloads: the node each runs on, its phase and its GPUs.</para>
/// <para type="description">Lists GET /api/v1/workloads/{id}/pods for each workload, following next page by page. Takes the output of Get-RunAiWorkload from the pipeline. A workload that does not exist is a RunAiWorkloadNotFound error and the others go on. -Deleted lists the pods the workload had and no longer has.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiWorkloadPod", SupportsPaging = true)]
[OutputType(typeof(RunAiWorkloadPod))]
public sealed class GetRunAiWorkloadPodCommand : RedHatApiCmdlet
{
    /// <summary>Workload ids; binds from piped workloads (their Id) and pods (their WorkloadId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public Guid[] WorkloadId { get; set; } = Array.Empty<Guid>();

    /// <summary>The pods the workload no longer has (Run:ai's deleted=true).</summary>
    [Parameter]
    public SwitchParameter Deleted { get; set; }

    /// <summary>Pods per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        await ForEachInputAsync(WorkloadId, id => WritePagedAsync(
            (page, ct) => client.GetWorkloadPodsPageAsync(id, Deleted, page, ct), PageSize, cancellationToken, null, RunAiClient.NextMode));
    }
}
