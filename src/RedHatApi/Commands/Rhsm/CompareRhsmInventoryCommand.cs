using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Inventory;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Compares CMDB host records with the systems registered to RHSM.</para>
/// <para type="description">Joins on host name and writes one record per host: Match, MissingInRhsm, MissingInCmdb, Stale or Duplicate.</para>
/// </summary>
[Cmdlet(VerbsData.Compare, "RhsmInventory")]
[OutputType(typeof(RhsmInventoryComparison))]
public sealed class CompareRhsmInventoryCommand : RedHatApiCmdlet
{
    private readonly List<RhsmSystem> _piped = new();
    private bool _sawPipedSystems;

    /// <summary>The CMDB records (Import-Csv rows, objects, hashtables).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [AllowEmptyCollection]
    public PSObject[] ReferenceObject { get; set; } = Array.Empty<PSObject>();

    /// <summary>The CMDB column that holds each host's name.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [Alias("HostNameProperty")]
    public string Property { get; set; } = string.Empty;

    /// <summary>RHSM systems to compare (Get-RhsmSystem output); when none are given, every registered system is listed.</summary>
    [Parameter(ValueFromPipeline = true)]
    public RhsmSystem[]? DifferenceObject { get; set; }

    /// <summary>A host whose newest RHSM system has not checked in for longer than this is Stale; 30 days by default.</summary>
    [Parameter]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Join on the first DNS label only, for CMDBs that store short names while RHSM has FQDNs.</summary>
    [Parameter]
    public SwitchParameter ShortName { get; set; }

    /// <inheritdoc />
    protected override Task BeginProcessingAsync(CancellationToken cancellationToken)
    {
        if (StaleAfter <= TimeSpan.Zero)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.InventoryStaleAfterInvalid, StaleAfter)) { Target = StaleAfter };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (DifferenceObject is not null)
        {
            _sawPipedSystems = true;
            _piped.AddRange(DifferenceObject);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        // Host names are read before any request, so a wrong -Property costs no API call.
        var hostNames = ReadHostNames();
        var systems = _sawPipedSystems ? _piped : await ListAllSystemsAsync(cancellationToken);
        var comparer = new InventoryComparer(StaleAfter, ShortName.IsPresent, DateTimeOffset.UtcNow);
        foreach (var row in comparer.Compare(hostNames, systems))
        {
            WriteObject(row);
        }
    }

    private List<string> ReadHostNames()
    {
        var names = new List<string>(ReferenceObject.Length);
        for (var i = 0; i < ReferenceObject.Length; i++)
        {
            var record = ReferenceObject[i];
            if (record is null)
            {
                continue;
            }

            if (!CmdbRecord.TryGetValue(record, Property, out var value))
            {
                throw new RedHatApiException(
                    ErrorIds.InventoryPropertyNotFound,
                    Text.Format(Strings.InventoryPropertyNotFound, Property, string.Join(", ", CmdbRecord.PropertyNames(record))))
                { Target = Property };
            }

            var name = value?.ToString();
            if (string.IsNullOrWhiteSpace(name))
            {
                WriteInputError(
                    new RedHatApiException(ErrorIds.InventoryHostNameMissing, Text.Format(Strings.InventoryHostNameMissing, i, Property)),
                    record);
                continue;
            }

            names.Add(name!);
        }

        return names;
    }

    private async Task<List<RhsmSystem>> ListAllSystemsAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        var systems = new List<RhsmSystem>();
        var plan = new PagingPlan(0, null, RhsmClient.SystemsPageCap);
        try
        {
            await foreach (var system in Paginator.StreamAsync<RhsmSystem>(
                (page, ct) => client.GetSystemsPageAsync(page, null, null, ct), plan, null, cancellationToken))
            {
                systems.Add(system);
            }
        }
        catch (ListingIncompleteException ex)
        {
            // -Skip cannot resume a comparison: say so instead of the listing's usual advice.
            var inner = ex.InnerException as RedHatApiException;
            throw new RedHatApiException(ErrorIds.ListingIncomplete, Text.Format(Strings.InventoryListingIncomplete, ex.Written, inner?.Message ?? ex.InnerException?.Message), ex.InnerException)
            {
                StatusCode = inner?.StatusCode,
            };
        }

        return systems;
    }
}
