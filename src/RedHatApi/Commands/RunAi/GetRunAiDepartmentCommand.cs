using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Cmdlets.Completers;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets Run:ai departments: all of them (filtered and sorted by Run:ai, paged with next) or some by name or id.</para>
/// <para type="description">Lists GET /api/v1/org-unit/departments page by page, following each answer's next offset; a next that does not advance stops the listing with PagingLoopDetected. -Filter and -Sort go to Run:ai as filterBy and sortBy. A -Name without wildcards is looked up with filterBy name==; one that matches nothing is RunAiDepartmentNotFound. An -Id reads that department.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiDepartment", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RunAiDepartment))]
public sealed class GetRunAiDepartmentCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Department names; wildcards match names in the listing.</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(RunAiOrgUnitNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Department ids; binds from piped objects with an Id or DepartmentId property.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [Alias("DepartmentId")]
    [ArgumentCompleter(typeof(RunAiOrgUnitIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Run:ai filterBy terms, &lt;field&gt;&lt;op&gt;&lt;value&gt; joined by commas (name=@research).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    /// <summary>The field to sort by (name, createdAt...); -name or 'name desc' sorts descending.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Sort { get; set; }

    /// <summary>Only departments of this cluster (UUID).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(RunAiClusterIdCompleter))]
    public string? ClusterId { get; set; }

    /// <summary>Departments per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, async id => WriteObject(await client.GetDepartmentAsync(id, cancellationToken)));
            return;
        }

        var query = RunAiQueries.Of(Filter, Sort, ("clusterId", ClusterId));
        if (Name is { Length: > 0 })
        {
            await RunAiQueries.ByNameAsync(this, Name, query, (q, p, ct) => client.GetDepartmentsPageAsync(q, p, ct), d => d.Name, RunAiTarget.Department, RunAiClient.NextMode, PageSize, cancellationToken);
            return;
        }

        await WritePagedAsync((page, ct) => client.GetDepartmentsPageAsync(query, page, ct), PageSize, cancellationToken, null, RunAiClient.NextMode);
    }
}
