using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Cmdlets.Completers;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets Run:ai projects: all of them (filtered and sorted by Run:ai, paged with next) or some by name or id.</para>
/// <para type="description">Lists GET /api/v1/org-unit/projects page by page, following each answer's next offset and streaming projects as pages arrive; a next that does not advance stops the listing with PagingLoopDetected. -Filter and -Sort go to Run:ai as filterBy and sortBy. A -Name without wildcards is looked up with filterBy name==; one that matches nothing is RunAiProjectNotFound. An -Id reads that project.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiProject", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RunAiProject))]
public sealed class GetRunAiProjectCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Project names; wildcards match names in the listing.</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(RunAiOrgUnitNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Project ids; binds from piped objects with an Id or ProjectId property.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [Alias("ProjectId")]
    [ArgumentCompleter(typeof(RunAiOrgUnitIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Run:ai filterBy terms, &lt;field&gt;&lt;op&gt;&lt;value&gt; joined by commas (phase==Ready, name=@team).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    /// <summary>The field to sort by (name, createdAt, totalGpuQuota...); -name or 'name desc' sorts descending.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Sort { get; set; }

    /// <summary>Only projects of this cluster (UUID).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiClusterIdCompleter))]
    public string? ClusterId { get; set; }

    /// <summary>Only projects of this department (id).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiDepartmentIdCompleter))]
    public string? DepartmentId { get; set; }

    /// <summary>Projects per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, async id => WriteObject(await client.GetProjectAsync(id, cancellationToken)));
            return;
        }

        var query = RunAiQueries.Of(Filter, Sort, ("clusterId", ClusterId), ("parentId", DepartmentId));
        if (Name is { Length: > 0 })
        {
            await RunAiQueries.ByNameAsync(this, Name, query, (q, p, ct) => client.GetProjectsPageAsync(q, p, ct), p => p.Name, RunAiTarget.Project, RunAiClient.NextMode, PageSize, cancellationToken);
            return;
        }

        await WritePagedAsync((page, ct) => client.GetProjectsPageAsync(query, page, ct), PageSize, cancellationToken, null, RunAiClient.NextMode);
    }
}
