using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets Run:ai workloads (workspaces, trainings, distributed and inference workloads): all of them, filtered on the server, or some by id.</para>
/// <para type="description">Lists GET /api/v1/workloads page by page, taking each page's next as the offset of the following one and streaming workloads as pages arrive; a next that does not advance stops the listing with PagingLoopDetected after what was read. -Name, -Project, -Type, -Phase and -Filter become filterBy terms, which Run:ai combines with AND. -Deleted lists the deleted workloads instead. -Id reads workloads by id (RunAiWorkloadNotFound for each one that does not exist) and binds from piped objects with an Id property. Needs an application with the Researcher role (or one that can read the projects' workloads).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiWorkload", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RunAiWorkload))]
public sealed class GetRunAiWorkloadCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>The workload name, or a pattern: name*, *name or *name* (Run:ai's =^, =$ and =@ operators).</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiWorkloadNameCompleter))]
    public string? Name { get; set; }

    /// <summary>
    /// Workload ids; binds from piped objects with an Id property. There is no WorkloadId alias: PowerShell binds a
    /// parameter's own name first, so a piped pod would bind its own Id, not its workload's.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    public Guid[] Id { get; set; } = Array.Empty<Guid>();

    /// <summary>Only workloads of this project (by name).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [Alias("ProjectName")]
    public string? Project { get; set; }

    /// <summary>Only workloads of this type: Workspace, Training, Distributed, Inference, DistributedInference...</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiWorkloadTypeCompleter))]
    public string? Type { get; set; }

    /// <summary>Only workloads in this phase: Running, Pending, Stopped, Failed, Completed...</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiWorkloadPhaseCompleter))]
    public string? Phase { get; set; }

    /// <summary>Further filterBy terms as Run:ai takes them (field, operator, value): submittedBy==alice, allocatedGPU&gt;=2, createdAt&gt;=2026-11-01T00:00:00Z.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string[] Filter { get; set; } = Array.Empty<string>();

    /// <summary>Sort by a field: name, createdAt, phase, projectName...; -createdAt (or "createdAt desc") sorts descending.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Sort { get; set; }

    /// <summary>Only the deleted workloads (Run:ai's deleted=true).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Deleted { get; set; }

    /// <summary>Workloads per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, async id => WriteObject(await client.GetWorkloadAsync(id, cancellationToken)));
            return;
        }

        var filter = new RunAiWorkloadFilter
        {
            Name = Name,
            Project = Project,
            Type = Type,
            Phase = Phase,
            Filters = Filter,
            Sort = Sort,
            Deleted = Deleted,
        };
        await WritePagedAsync((page, ct) => client.GetWorkloadsPageAsync(filter, page, ct), PageSize, cancellationToken, null, RunAiClient.NextMode);
    }
}
