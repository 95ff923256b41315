using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RedHatApi.Models.Rhsm;
using RedHatApi.Properties;

namespace RedHatApi.Inventory;

/// <summary>
/// Joins CMDB host names with RHSM systems and gives each host one status. Pure: the caller brings both sides and
/// the clock, so every rule below is unit-testable without an API.
/// </summary>
internal sealed class InventoryComparer
{
    private readonly TimeSpan _staleAfter;
    private readonly bool _shortName;
    private readonly DateTimeOffset _now;

    internal InventoryComparer(TimeSpan staleAfter, bool shortName, DateTimeOffset now)
    {
        _staleAfter = staleAfter;
        _shortName = shortName;
        _now = now;
    }

    /// <summary>One comparison per host, ordered by host name so nightly outputs diff cleanly.</summary>
    internal IEnumerable<RhsmInventoryComparison> Compare(IEnumerable<string> cmdbHostNames, IEnumerable<RhsmSystem> systems)
    {
        var cmdb = new Dictionary<string, (string Name, int Count)>(HostNameKey.Comparer);
        foreach (var name in cmdbHostNames)
        {
            var key = HostNameKey.For(name, _shortName);
            if (key is not null)
            {
                cmdb[key] = cmdb.TryGetValue(key, out var seen) ? (seen.Name, seen.Count + 1) : (name.Trim(), 1);
            }
        }

        var rhsm = systems
            .Select(s => (Key: HostNameKey.For(HostNameKey.RhsmName(s.Hostname, s.Name), _shortName), System: s))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, x => x.System, HostNameKey.Comparer)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.LastCheckin ?? DateTimeOffset.MinValue).ToList(), HostNameKey.Comparer);

        return cmdb.Keys.Union(rhsm.Keys, HostNameKey.Comparer)
            .OrderBy(k => k, StringComparer.Ordinal)
            .Select(key => Compare(
                cmdb.TryGetValue(key, out var inCmdb) ? inCmdb : (null, 0),
                rhsm.TryGetValue(key, out var inRhsm) ? inRhsm : new List<RhsmSystem>()))
            .ToList();
    }

    private RhsmInventoryComparison Compare((string? Name, int Count) cmdb, List<RhsmSystem> systems)
    {
        var newest = systems.FirstOrDefault();
        var hostName = cmdb.Name ?? HostNameKey.RhsmName(newest!.Hostname, newest.Name);
        var lastCheckin = newest?.LastCheckin;
        int? days = lastCheckin is { } at ? (int)Math.Floor((_now - at).TotalDays) : null;
        var (status, reason) = Classify(cmdb.Count, systems.Count, lastCheckin, days);
        return new RhsmInventoryComparison(
            hostName, status, reason, systems.Select(s => s.Uuid).ToList(), lastCheckin, days, systems.Count, cmdb.Count, _now);
    }

    // Duplicates come first: until an operator removes the extra registration (or CMDB record), whether the host
    // "matches" depends on which copy one looks at.
    private (RhsmInventoryStatus, string) Classify(int cmdbCount, int rhsmCount, DateTimeOffset? lastCheckin, int? days)
    {
        if (rhsmCount > 1)
        {
            return (RhsmInventoryStatus.Duplicate, Text.Format(Strings.InventoryDuplicateInRhsm, rhsmCount));
        }

        if (cmdbCount > 1)
        {
            return (RhsmInventoryStatus.Duplicate, Text.Format(Strings.InventoryDuplicateInCmdb, cmdbCount));
        }

        if (rhsmCount == 0)
        {
            return (RhsmInventoryStatus.MissingInRhsm, Strings.InventoryMissingInRhsm);
        }

        if (cmdbCount == 0)
        {
            return (RhsmInventoryStatus.MissingInCmdb, Strings.InventoryMissingInCmdb);
        }

        var limit = _staleAfter.TotalDays.ToString("0.##", CultureInfo.InvariantCulture);
        if (lastCheckin is null)
        {
            return (RhsmInventoryStatus.Stale, Text.Format(Strings.InventoryNeverCheckedIn, limit));
        }

        return _now - lastCheckin.Value > _staleAfter
            ? (RhsmInventoryStatus.Stale, Text.Format(Strings.InventoryStale, days, limit))
            : (RhsmInventoryStatus.Match, Text.Format(Strings.InventoryMatch, days));
    }
}
