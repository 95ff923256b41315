using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Cmdlets.Completers;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the nodes of the Run:ai clusters, with their GPU model and count: the GPU inventory a CMDB takes in.</para>
/// <para type="description">Lists GET /api/v1/nodes, or GET /api/v1/clusters/{uuid}/nodes for one cluster (-ClusterId, or clusters piped from Get-RunAiCluster), with offset and limit; the listing ends on a short page. -NodePool, -Name, -Filter and -Sort go to Run:ai as filterBy and sortBy.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiNode", SupportsPaging = true)]
[OutputType(typeof(RunAiNode))]
public sealed class GetRunAiNodeCommand : RedHatApiCmdlet
{
    /// <summary>Only nodes of this cluster (UUID); binds from piped clusters.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [Alias("Uuid", "ClusterUuid")]
    [ArgumentCompleter(typeof(RunAiClusterIdCompleter))]
    public string? ClusterId { get; set; }

    /// <summary>Only the node of this name.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>Only nodes of this node pool.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? NodePool { get; set; }

    /// <summary>Run:ai filterBy terms, &lt;field&gt;&lt;op&gt;&lt;value&gt; joined by commas (status==Ready).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Filter { get; set; }

    /// <summary>The field to sort by (name, status...); -name or 'name desc' sorts descending.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Sort { get; set; }

    /// <summary>Nodes per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        var query = RunAiQueries.Of(Filter, Sort, ("name", Name), ("nodePool", NodePool));
        await WritePagedAsync((page, ct) => client.GetNodesPageAsync(ClusterId, query, page, ct), PageSize, cancellationToken, null, RunAiClient.OffsetMode);
    }
}
