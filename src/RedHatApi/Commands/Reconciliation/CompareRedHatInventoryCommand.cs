using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Inventory;
using RedHatApi.Models.Reconciliation;
using RedHatApi.Properties;
using SessionCore = RedHatApi.Session.SessionCore;

namespace RedHatApi.Commands.Reconciliation;

/// <summary>
/// <para type="synopsis">Reconciles CMDB host records with every Red Hat source the session reaches: RHSM, the console inventory, the Assisted Installer, Ironic and OpenShift.</para>
/// <para type="description">Joins on host name, RHSM UUID and MAC address and writes one record per host with a status and a reason naming the action.</para>
/// </summary>
[Cmdlet(VerbsData.Compare, "RedHatInventory")]
[OutputType(typeof(RedHatInventoryComparison))]
public sealed class CompareRedHatInventoryCommand : RedHatApiCmdlet
{
    private readonly List<PSObject> _rows = new();

    /// <summary>The CMDB records (Import-Csv rows, objects, hashtables); binds from the pipeline.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyCollection]
    [AllowNull]
    public PSObject[] ReferenceObject { get; set; } = Array.Empty<PSObject>();

    /// <summary>The CMDB key columns: host name or FQDN, RHSM UUID, MAC address; each cell counts as the key its value is.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    [Alias("KeyProperty")]
    public string[] Property { get; set; } = Array.Empty<string>();

    /// <summary>The API sources to read; by default RHSM and the Assisted Installer, the console inventory when the session holds a credential the console accepts, and Ironic and OpenShift when connected.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public RedHatInventorySource[]? Source { get; set; }

    /// <summary>The keys records may be joined on: HostName, SubscriptionManagerId, MacAddress (all by default).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public RedHatInventoryKey[] MatchOn { get; set; } = { RedHatInventoryKey.HostName, RedHatInventoryKey.SubscriptionManagerId, RedHatInventoryKey.MacAddress };

    /// <summary>The CMDB column that holds when the CMDB last saw each host (a discovery or agent time stamp).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LastSeenProperty { get; set; }

    /// <summary>A host whose RHSM check-in is older than this is Stale; 7 days by default, warning well before RHSM's 30-day deletion.</summary>
    [Parameter]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A host absent from RHSM but seen by any source within this is LikelyAutoDeletedByRhsm, not gone; 30 days by default.</summary>
    [Parameter]
    public TimeSpan SeenWithin { get; set; } = TimeSpan.FromDays(InventoryReconciler.RhsmAutoDeleteDays);

    /// <summary>Join host names on the first DNS label only, for CMDBs that store short names while the APIs have FQDNs.</summary>
    [Parameter]
    public SwitchParameter ShortName { get; set; }

    /// <inheritdoc />
    protected override Task BeginProcessingAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, value) in new[] { (nameof(StaleAfter), StaleAfter), (nameof(SeenWithin), SeenWithin) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.ReconcileDurationInvalid, name, value)) { Target = value };
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (ReferenceObject is not null)
        {
            _rows.AddRange(ReferenceObject.Where(r => r is not null));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        // The CMDB and the sources are checked before any request, so a wrong -Property or -Source costs no API call.
        var cmdb = CmdbSightings();
        var session = ResolveSession();
        var sources = Sources(session);
        var reconciler = new InventoryReconciler(new ReconcileOptions(DateTimeOffset.UtcNow, new[] { RedHatInventorySource.Cmdb }.Concat(sources).ToList())
        {
            StaleAfter = StaleAfter,
            SeenWithin = SeenWithin,
            ShortName = ShortName.IsPresent,
            MatchOn = MatchOn.Distinct().ToList(),
        });
        foreach (var sighting in cmdb)
        {
            reconciler.Add(sighting);
        }

        // Sources are read side by side; the first failure cancels the others, because a comparison with a source
        // read in part would call registered hosts missing.
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reads = sources.Select(source => ReadAsync(session, source, failFast)).ToList();
        foreach (var read in reads)
        {
            var (source, sightings) = await read;
            WriteVerbose(Text.Format(Strings.ReconcileSourceRead, source, sightings.Count));
            foreach (var sighting in sightings)
            {
                reconciler.Add(sighting);
            }
        }

        foreach (var row in reconciler.Results())
        {
            WriteObject(row);
        }
    }

    private static async Task<(RedHatInventorySource, List<InventorySighting>)> ReadAsync(SessionCore session, RedHatInventorySource source, CancellationTokenSource failFast)
    {
        try
        {
            return (source, await InventorySources.ReadAsync(session, source, failFast.Token).ConfigureAwait(false));
        }
        catch (RedHatApiException ex)
        {
            failFast.Cancel();
            var cause = ex is ListingIncompleteException { InnerException: { } inner } ? inner : ex;
            throw new RedHatApiException(ex.ErrorId, Text.Format(Strings.ReconcileSourceFailed, source, cause.Message), cause)
            {
                StatusCode = (cause as RedHatApiException)?.StatusCode ?? ex.StatusCode,
                Target = source,
            };
        }
    }

    private List<RedHatInventorySource> Sources(SessionCore session)
    {
        if (Source is null)
        {
            return Enum.GetValues(typeof(RedHatInventorySource)).Cast<RedHatInventorySource>()
                .Where(s => s != RedHatInventorySource.Cmdb && InventorySources.IsConnected(session, s))
                .ToList();
        }

        var asked = Source.Where(s => s != RedHatInventorySource.Cmdb).Distinct().OrderBy(s => s).ToList();
        foreach (var source in asked)
        {
            if (!InventorySources.IsConnected(session, source))
            {
                throw new RedHatApiException(ErrorIds.InventorySourceNotConnected, Text.Format(Strings.ReconcileSourceNotConnected, source, ConnectCommandOf(source))) { Target = source };
            }
        }

        return asked;
    }

    private static string ConnectCommandOf(RedHatInventorySource source) => source switch
    {
        RedHatInventorySource.Ironic => "Connect-Ironic",
        RedHatInventorySource.OpenShift => "Connect-OpenShiftCluster",
        _ => "Connect-RedHatApi",
    };

    private List<InventorySighting> CmdbSightings()
    {
        var sightings = new List<InventorySighting>(_rows.Count);
        for (var i = 0; i < _rows.Count; i++)
        {
            var record = _rows[i];
            string? hostName = null;
            Guid? uuid = null;
            var macs = new List<string>();
            string? id = null;
            foreach (var column in Property)
            {
                if (!CmdbRecord.TryGetValue(record, column, out var value))
                {
                    throw new RedHatApiException(
                        ErrorIds.InventoryPropertyNotFound,
                        Text.Format(Strings.ReconcilePropertyNotFound, column, string.Join(", ", CmdbRecord.PropertyNames(record))))
                    { Target = column };
                }

                var text = value?.ToString();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    id ??= text!.Trim();
                    HostKeys.AddCmdbValue(text!, ref hostName, ref uuid, macs);
                }
            }

            if (id is null)
            {
                WriteInputError(new RedHatApiException(ErrorIds.InventoryHostNameMissing, Text.Format(Strings.ReconcileKeyMissing, i, string.Join(", ", Property))), record);
                continue;
            }

            DateTimeOffset? lastSeen = null;
            if (LastSeenProperty is not null)
            {
                if (!CmdbRecord.TryGetValue(record, LastSeenProperty, out var seen))
                {
                    throw new RedHatApiException(
                        ErrorIds.InventoryPropertyNotFound,
                        Text.Format(Strings.ReconcilePropertyNotFound, LastSeenProperty, string.Join(", ", CmdbRecord.PropertyNames(record))))
                    { Target = LastSeenProperty };
                }

                lastSeen = HostKeys.Time(seen is PSObject wrapped ? wrapped.BaseObject : seen);
            }

            sightings.Add(new InventorySighting(RedHatInventorySource.Cmdb, id, hostName)
            {
                SubscriptionManagerId = uuid,
                MacAddresses = macs,
                LastSeen = lastSeen,
            });
        }

        return sightings;
    }
}
