using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Cmdlets.Completers;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the node pools of the Run:ai clusters.</para>
/// <para type="description">Lists GET /api/v1/node-pools with offset and limit; the listing ends on a short page. -ClusterId (or clusters piped from Get-RunAiCluster), -Name, -Filter and -Sort go to Run:ai as filterBy and sortBy.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiNodePool", SupportsPaging = true)]
[OutputType(typeof(RunAiNodePool))]
public sealed class GetRunAiNodePoolCommand : RedHatApiCmdlet
{
    /// <summary>Only pools of this cluster (UUID); binds from piped clusters.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [Alias("Uuid", "ClusterUuid")]
    [ArgumentCompleter(typeof(RunAiClusterIdCompleter))]
    public string? ClusterId { get; set; }

    /// <summary>Only the pool of this name.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Run:ai filterBy terms, &lt;field&gt;&lt;op&gt;&lt;value&gt; joined by commas (phase==Ready).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    /// <summary>The field to sort by (name, createdAt...); -name or 'name desc' sorts descending.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Sort { get; set; }

    /// <summary>Node pools per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        var query = RunAiQueries.Of(Filter, Sort, ("clusterId", ClusterId), ("name", Name));
        await WritePagedAsync((page, ct) => client.GetNodePoolsPageAsync(query, page, ct), PageSize, cancellationToken, null, RunAiClient.OffsetMode);
    }
}
