using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the Kubernetes events of Run:ai workloads: scheduling, image pulls, restarts, suspends.</para>
/// <para type="description">Lists GET /api/v1/workloads/{id}/events for each workload, newest first as Run:ai sorts them (-OldestFirst for the order they happened in), following next page by page. Takes the output of Get-RunAiWorkload from the pipeline. A workload that does not exist is a RunAiWorkloadNotFound error and the others go on.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiWorkloadEvent", SupportsPaging = true)]
[OutputType(typeof(RunAiWorkloadEvent))]
public sealed class GetRunAiWorkloadEventCommand : RedHatApiCmdlet
{
    /// <summary>Workload ids; binds from piped workloads (their Id) and pods (their WorkloadId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public Guid[] WorkloadId { get; set; } = Array.Empty<Guid>();

    /// <summary>Oldest event first (sortOrder=asc) instead of Run:ai's newest first.</summary>
    [Parameter]
    public SwitchParameter OldestFirst { get; set; }

    /// <summary>Events per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        await ForEachInputAsync(WorkloadId, id => WritePagedAsync(
            (page, ct) => client.GetWorkloadEventsPageAsync(id, OldestFirst, page, ct), PageSize, cancellationToken, null, RunAiClient.NextMode));
    }
}
