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
/// <para type="synopsis">Gets systems registered to Red Hat Subscription Management.</para>
/// <para type="description">Lists systems page by page, writing each one as its page arrives, or gets systems by UUID.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSystem", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RhsmSystem))]
public sealed class GetRhsmSystemCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string UuidSet = "Uuid";

    /// <summary>UUIDs of the systems to get; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SystemUuid", "SystemId", "ConsumerUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSystemUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>Adds Facts, InstalledProducts and/or Entitlements to each system (include= on GET /systems/{uuid}).</summary>
    [Parameter(ParameterSetName = UuidSet)]
    [ValidateNotNullOrEmpty]
    public RhsmSystemInclude[] Include { get; set; } = Array.Empty<RhsmSystemInclude>();

    /// <summary>Only systems whose name contains this text (the API's <c>filter</c>).</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSystemNameCompleter))]
    public string? Name { get; set; }

    /// <summary>Only systems registered by this user (no wildcards).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? Username { get; set; }

    /// <summary>Systems per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, RhsmClient.SystemsPageCap)]
    public int PageSize { get; set; } = RhsmClient.SystemsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            await WritePagedAsync(
                (page, ct) => client.GetSystemsPageAsync(page, Name, Username, ct), PageSize, cancellationToken);
            return;
        }

        await ForEachInputAsync(Uuid, async uuid => WriteObject(await client.GetSystemAsync(uuid, Include, cancellationToken)));
    }
}
