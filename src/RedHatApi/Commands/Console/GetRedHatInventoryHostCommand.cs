using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Console;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Console;

namespace RedHatApi.Commands.Console;

/// <summary>
/// <para type="synopsis">Gets hosts of the console.redhat.com inventory.</para>
/// <para type="description">Lists the inventory's hosts with the API's filters, each host exactly once even while
/// hosts check in during the listing: pages are read in display-name order, duplicates are dropped by id, hosts
/// updated meanwhile are read again, and a warning says when the count still differs from the inventory's total.
/// With -Id, gets hosts by inventory id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RedHatInventoryHost", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(InventoryHost))]
public sealed class GetRedHatInventoryHostCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Inventory ids of the hosts to get; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("HostId", "InventoryId")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.InventoryHostIdCompleter))]
    public Guid[] Id { get; set; } = Array.Empty<Guid>();

    /// <summary>Only hosts whose display name contains this text (the API's <c>display_name</c>).</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.InventoryHostNameCompleter))]
    public string? DisplayName { get; set; }

    /// <summary>Only the host with this FQDN (the API's <c>fqdn</c>, an exact match).</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Fqdn { get; set; }

    /// <summary>Hosts whose host name or id matches (the API's <c>hostname_or_id</c>).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? HostNameOrId { get; set; }

    /// <summary>Only the host with this insights-client machine id.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public Guid? InsightsId { get; set; }

    /// <summary>Only the host of this RHSM system UUID; binds from Get-RhsmSystem's Uuid.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid", "SystemUuid")]
    public Guid? SubscriptionManagerId { get; set; }

    /// <summary>Only hosts in these staleness states (fresh, stale, stale_warning, unknown).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("fresh", "stale", "stale_warning", "unknown")]
    public string[] Staleness { get; set; } = Array.Empty<string>();

    /// <summary>Only hosts these reporters have seen (insights, puptoo, rhsm-conduit, yupana, satellite, discovery, cloud-connector); a leading ! excludes one.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string[] RegisteredWith { get; set; } = Array.Empty<string>();

    /// <summary>Only hosts updated at or after this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTimeOffset? UpdatedStart { get; set; }

    /// <summary>Only hosts updated at or before this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTimeOffset? UpdatedEnd { get; set; }

    /// <summary>Only hosts that checked in at or after this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTimeOffset? LastCheckInStart { get; set; }

    /// <summary>Only hosts that checked in at or before this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public DateTimeOffset? LastCheckInEnd { get; set; }

    /// <summary>System profile fields to include in SystemProfile (the API's <c>fields[system_profile]</c>), such as os_release, arch, number_of_cpus.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[] SystemProfileField { get; set; } = Array.Empty<string>();

    /// <summary>Hosts per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, ConsoleClient.HostsPageCap)]
    public int PageSize { get; set; } = ConsoleClient.HostsPageCap;

    /// <inheritdoc />
    protected override object? ErrorTarget => DisplayName ?? Fqdn ?? (object?)SubscriptionManagerId;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = ConsoleClient.For(ResolveSession());
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, async id => WriteObject(await client.GetHostAsync(id, SystemProfileField, cancellationToken)));
            return;
        }

        var crawl = new InventoryCrawl(client.GetHostsPageAsync);
        var paging = PagingParameters;
        ulong skip = paging?.Skip ?? 0;
        var first = paging?.First ?? ulong.MaxValue;
        var wantsTotal = paging?.IncludeTotalCount == true;
        long? total = null;
        ulong written = 0;
        if (first == 0 && !wantsTotal)
        {
            return;
        }

        // A short -First needs no full page; the crawl itself always starts at page 1 (-Skip is read and dropped,
        // because page numbers shift under a live inventory and only a crawl from the start dedupes correctly).
        var perPage = (int)Math.Max(1, Math.Min((ulong)PageSize, first == ulong.MaxValue ? ulong.MaxValue : skip + first));
        await foreach (var host in crawl.RunAsync(Query(), perPage, t => total = t, cancellationToken))
        {
            if (wantsTotal)
            {
                WriteObject(paging!.NewTotalCount((ulong)total.GetValueOrDefault(), 1.0));
                wantsTotal = false;
            }

            if (first == 0)
            {
                break;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            WriteObject(host);
            if (++written >= first)
            {
                break;
            }
        }

        if (wantsTotal)
        {
            WriteObject(paging!.NewTotalCount((ulong)total.GetValueOrDefault(), total is null ? 0.0 : 1.0));
        }

        WriteVerbose(Properties.Text.Format(Properties.Strings.InventoryCrawlSummary, crawl.Received, crawl.Total, crawl.Pages, crawl.Duplicates, crawl.CaughtUp));
        if (crawl.Mismatch)
        {
            WriteWarning(crawl.MismatchMessage());
        }
    }

    private InventoryHostQuery Query() => new()
    {
        DisplayName = DisplayName,
        Fqdn = Fqdn,
        HostNameOrId = HostNameOrId,
        InsightsId = InsightsId,
        SubscriptionManagerId = SubscriptionManagerId,
        Staleness = Staleness.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        RegisteredWith = RegisteredWith,
        UpdatedStart = UpdatedStart,
        UpdatedEnd = UpdatedEnd,
        LastCheckInStart = LastCheckInStart,
        LastCheckInEnd = LastCheckInEnd,
        SystemProfileFields = SystemProfileField,
    };
}
