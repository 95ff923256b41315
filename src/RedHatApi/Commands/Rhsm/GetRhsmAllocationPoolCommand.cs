using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the subscription pools an RHSM subscription allocation can take entitlements from.</para>
/// <para type="description">Pages GET /allocations/{uuid}/pools for each allocation piped in, writing each pool as its page arrives.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmAllocationPool", SupportsPaging = true)]
[OutputType(typeof(RhsmAllocationPool))]
public sealed class GetRhsmAllocationPoolCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the allocations; binds from the pipeline by property name (Uuid, AllocationUuid).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AllocationUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>Also list pools whose subscription starts in the future (the API's <c>future=true</c>; Satellite 6.3 and later).</summary>
    [Parameter]
    public SwitchParameter IncludeFuture { get; set; }

    /// <summary>Pools per request, 1 to 100 (the default; the API states no maximum, so 100 is assumed).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.AllocationPoolsPageCap)]
    public int PageSize { get; set; } = RhsmClient.AllocationPoolsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<Guid, RhsmAllocationPool>(
            Uuid, uuid => (page, ct) => client.GetAllocationPoolsPageAsync(uuid, IncludeFuture, page, ct), PageSize, cancellationToken);
    }
}
