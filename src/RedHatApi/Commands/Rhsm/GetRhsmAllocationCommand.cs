using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets RHSM subscription allocations (Satellite and SAM manifests).</para>
/// <para type="description">Lists allocations page by page, optionally of one type, or gets allocations by UUID with their attached entitlements.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmAllocation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RhsmAllocation))]
public sealed class GetRhsmAllocationCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string UuidSet = "Uuid";

    /// <summary>UUIDs of the allocations to get, with their entitlements; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AllocationUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>Only allocations of this type (the API's <c>type</c>): Satellite or SAM.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Satellite", "SAM")]
    public string? Type { get; set; }

    /// <summary>Allocations per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, RhsmClient.AllocationsPageCap)]
    public int PageSize { get; set; } = RhsmClient.AllocationsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            // ValidateSet accepts any case; the API's enum is case-sensitive.
            var type = Type is null ? null : string.Equals(Type, "SAM", StringComparison.OrdinalIgnoreCase) ? "SAM" : "Satellite";
            await WritePagedAsync((page, ct) => client.GetAllocationsPageAsync(page, type, ct), PageSize, cancellationToken);
            return;
        }

        await ForEachInputAsync(Uuid, async uuid => WriteObject(await client.GetAllocationAsync(uuid, cancellationToken)));
    }
}
