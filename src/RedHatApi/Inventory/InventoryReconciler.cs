using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedHatApi.Models.Reconciliation;
using RedHatApi.Properties;

namespace RedHatApi.Inventory;

/// <summary>
/// Joins sightings from every source into hosts and gives each host one status. Two sightings are one host when
/// they share any key (host name, RHSM UUID, MAC address), also through a third: the inventory's
/// subscription_manager_id ties an RHSM system to its inventory host, an Assisted host's MAC ties it to an Ironic
/// port. Pure: the caller brings the sightings and the clock, so every rule is unit-testable without an API.
/// </summary>
internal sealed class InventoryReconciler
{
    /// <summary>RHSM deletes systems that have not checked in for this many days (Red Hat KCS 7133856).</summary>
    internal const int RhsmAutoDeleteDays = 30;

    // Host names sort the output; source order picks the host name shown when the CMDB has none.
    private static readonly RedHatInventorySource[] NamePreference =
    {
        RedHatInventorySource.Cmdb, RedHatInventorySource.Inventory, RedHatInventorySource.Rhsm,
        RedHatInventorySource.Assisted, RedHatInventorySource.OpenShift, RedHatInventorySource.Ironic,
    };

    private readonly ReconcileOptions _options;
    private readonly List<InventorySighting> _sightings = new();
    private readonly List<int> _parent = new();
    private readonly Dictionary<string, int> _owner = new(StringComparer.Ordinal);

    internal InventoryReconciler(ReconcileOptions options)
    {
        _options = options;
    }

    /// <summary>Sightings added so far.</summary>
    internal int Count => _sightings.Count;

    /// <summary>Adds one sighting; sources can stream theirs in as their pages arrive.</summary>
    internal void Add(InventorySighting sighting)
    {
        var index = _sightings.Count;
        _sightings.Add(sighting);
        _parent.Add(index);
        foreach (var key in HostKeys.Of(sighting, _options.ShortName, _options.MatchOn))
        {
            if (_owner.TryGetValue(key, out var other))
            {
                Union(index, other);
            }
            else
            {
                _owner[key] = index;
            }
        }
    }

    /// <summary>One comparison per host, ordered by host name so nightly outputs diff cleanly.</summary>
    internal IReadOnlyList<RedHatInventoryComparison> Results()
    {
        var groups = new Dictionary<int, List<InventorySighting>>();
        for (var i = 0; i < _sightings.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = new List<InventorySighting>();
            }

            members.Add(_sightings[i]);
        }

        return groups.Values
            .Select(Compare)
            .OrderBy(r => r.HostName.ToLowerInvariant(), StringComparer.Ordinal)
            .ThenBy(r => r.HostName, StringComparer.Ordinal)
            .ToList();
    }

    private RedHatInventoryComparison Compare(List<InventorySighting> host)
    {
        var bySource = host.GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.ToList());
        var (status, reason) = Classify(bySource);
        var name = NamePreference.Select(s => bySource.TryGetValue(s, out var list) ? list.Select(x => x.HostName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) : null)
            .FirstOrDefault(n => n is not null)
            ?? host.Select(s => s.Id).FirstOrDefault(id => id is not null)
            ?? string.Empty;
        var row = new RedHatInventoryComparison(name.Trim(), status, reason, _options.Now)
        {
            SubscriptionManagerId = host.Select(s => s.SubscriptionManagerId).FirstOrDefault(u => u is { } g && g != Guid.Empty),
            MacAddress = Join(host.SelectMany(s => s.MacAddresses).Select(HostKeys.Mac).Where(m => m is not null).Distinct(StringComparer.Ordinal)),
            SourcesCompared = string.Join(", ", _options.Sources),
        };

        var newest = host.Where(s => s.LastSeen is not null).OrderByDescending(s => s.LastSeen).FirstOrDefault();
        if (newest is not null)
        {
            row.LastSeen = newest.LastSeen;
            row.LastSeenBy = newest.Source;
            row.DaysSinceLastSeen = DaysSince(newest.LastSeen!.Value);
        }

        foreach (var pair in bySource)
        {
            var ids = Join(pair.Value.Select(s => s.Id).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal));
            var seen = pair.Value.Max(s => s.LastSeen);
            var state = Join(pair.Value.Select(s => s.Status).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal));
            Fill(row, pair.Key, ids, seen, state);
        }

        return row;
    }

    // Duplicates come first: until one record is removed, every other verdict depends on which copy one looks at.
    private (RedHatInventoryStatus, string) Classify(Dictionary<RedHatInventorySource, List<InventorySighting>> bySource)
    {
        foreach (var pair in bySource.OrderBy(p => p.Key))
        {
            if (pair.Value.Count > 1)
            {
                var ids = Join(pair.Value.Select(s => s.Id ?? s.HostName).Where(x => x is not null).Distinct(StringComparer.Ordinal));
                return (RedHatInventoryStatus.Duplicate, Text.Format(Strings.ReconcileDuplicate, pair.Value.Count, pair.Key, ids));
            }
        }

        var apiSources = bySource.Keys.Where(s => s != RedHatInventorySource.Cmdb).OrderBy(s => s).ToList();
        if (!bySource.ContainsKey(RedHatInventorySource.Cmdb))
        {
            return (RedHatInventoryStatus.MissingInCmdb, Text.Format(Strings.ReconcileMissingInCmdb, string.Join(", ", apiSources)));
        }

        var window = Days(_options.SeenWithin);
        if (bySource.TryGetValue(RedHatInventorySource.Rhsm, out var systems))
        {
            var checkin = systems[0].LastSeen;
            if (checkin is null)
            {
                return (RedHatInventoryStatus.Stale, Strings.ReconcileNeverCheckedIn);
            }

            var days = DaysSince(checkin.Value);
            return _options.Now - checkin.Value > _options.StaleAfter
                ? (RedHatInventoryStatus.Stale, Text.Format(Strings.ReconcileStale, days, Days(_options.StaleAfter), Math.Max(0, RhsmAutoDeleteDays - days)))
                : (RedHatInventoryStatus.Match, Text.Format(Strings.ReconcileMatch, days));
        }

        var recent = bySource.Values.SelectMany(s => s)
            .Where(s => s.LastSeen is { } at && _options.Now - at <= _options.SeenWithin)
            .OrderByDescending(s => s.LastSeen)
            .FirstOrDefault();
        if (!_options.Sources.Contains(RedHatInventorySource.Rhsm))
        {
            // Without RHSM, absence from it proves nothing: the host is alive when any source knows or recently saw it.
            return apiSources.Count > 0 || recent is not null
                ? (RedHatInventoryStatus.Match, Text.Format(Strings.ReconcileMatchWithoutRhsm, apiSources.Count > 0 ? string.Join(", ", apiSources) : recent!.Source.ToString()))
                : (RedHatInventoryStatus.Decommissioned, Text.Format(Strings.ReconcileDecommissioned, string.Join(", ", _options.Sources), window));
        }

        if (recent is not null)
        {
            return (RedHatInventoryStatus.LikelyAutoDeletedByRhsm, Text.Format(Strings.ReconcileLikelyAutoDeleted, recent.Source, DaysSince(recent.LastSeen!.Value), RhsmAutoDeleteDays));
        }

        return apiSources.Count > 0
            ? (RedHatInventoryStatus.MissingInRhsm, Text.Format(Strings.ReconcileMissingInRhsm, string.Join(", ", apiSources), window))
            : (RedHatInventoryStatus.Decommissioned, Text.Format(Strings.ReconcileDecommissioned, string.Join(", ", _options.Sources), window));
    }

    private static void Fill(RedHatInventoryComparison row, RedHatInventorySource source, string? id, DateTimeOffset? seen, string? status)
    {
        switch (source)
        {
            case RedHatInventorySource.Cmdb:
                (row.InCmdb, row.CmdbId, row.CmdbLastSeen) = (true, id, seen);
                break;
            case RedHatInventorySource.Rhsm:
                (row.InRhsm, row.RhsmId, row.RhsmLastSeen, row.RhsmStatus) = (true, id, seen, status);
                break;
            case RedHatInventorySource.Inventory:
                (row.InInventory, row.InventoryId, row.InventoryLastSeen, row.InventoryStatus) = (true, id, seen, status);
                break;
            case RedHatInventorySource.Assisted:
                (row.InAssisted, row.AssistedId, row.AssistedLastSeen, row.AssistedStatus) = (true, id, seen, status);
                break;
            case RedHatInventorySource.Ironic:
                (row.InIronic, row.IronicId, row.IronicLastSeen, row.IronicStatus) = (true, id, seen, status);
                break;
            case RedHatInventorySource.OpenShift:
                (row.InOpenShift, row.OpenShiftId, row.OpenShiftLastSeen, row.OpenShiftStatus) = (true, id, seen, status);
                break;
        }
    }

    private int DaysSince(DateTimeOffset at) => (int)Math.Floor((_options.Now - at).TotalDays);

    private static string Days(TimeSpan span) => span.TotalDays.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? Join(IEnumerable<string?> values)
    {
        var text = string.Join(", ", values);
        return text.Length == 0 ? null : text;
    }

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    private void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            // The older root stays: a host's first sighting keeps representing it.
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}

/// <summary>The rules of one reconciliation.</summary>
internal sealed class ReconcileOptions
{
    internal ReconcileOptions(DateTimeOffset now, IReadOnlyCollection<RedHatInventorySource> sources)
    {
        Now = now;
        Sources = sources;
    }

    /// <summary>The clock of the comparison.</summary>
    internal DateTimeOffset Now { get; }

    /// <summary>The sources read, the CMDB included; a source not read says nothing about absence.</summary>
    internal IReadOnlyCollection<RedHatInventorySource> Sources { get; }

    /// <summary>An RHSM check-in older than this is Stale.</summary>
    internal TimeSpan StaleAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>A host absent from RHSM but seen within this is LikelyAutoDeletedByRhsm rather than gone.</summary>
    internal TimeSpan SeenWithin { get; init; } = TimeSpan.FromDays(InventoryReconciler.RhsmAutoDeleteDays);

    /// <summary>The keys records may be joined on; all three by default.</summary>
    internal ICollection<RedHatInventoryKey> MatchOn { get; init; } = new[] { RedHatInventoryKey.HostName, RedHatInventoryKey.SubscriptionManagerId, RedHatInventoryKey.MacAddress };

    /// <summary>Join on the first DNS label only.</summary>
    internal bool ShortName { get; init; }
}
