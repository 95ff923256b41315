using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>
/// The errata applicable to a system (the spec's ErratumForSystem): as many advisories of each kind as the system's
/// own errata counts say, drawn from <see cref="AdvisoryCatalog"/> so an advisory reads the same on every system and
/// on GET /errata/{id}, and the list and the counts on GET /systems always agree.
/// </summary>
public static class ErrataCatalog
{
    public static IEnumerable<object> For(SeededSystem system) => AdvisoriesOf(system).Select(a => (object)new
    {
        id = a.Id,
        type = a.Type,
        severity = a.Severity,
        synopsis = a.Synopsis,
        published = AdvisoryCatalog.Date(a.Issued),
        href = a.Href,
    });

    /// <summary>The system's applicable advisories: security first, then bug fix, then enhancement.</summary>
    public static IEnumerable<Advisory> AdvisoriesOf(SeededSystem system)
    {
        // string.GetHashCode is randomised per process; the UUID's own hex digits are stable across runs.
        var seed = Convert.ToInt32(system.Uuid[..4], 16);
        return Pick("RHSA", system.Security, seed)
            .Concat(Pick("RHBA", system.Bugfix, seed))
            .Concat(Pick("RHEA", system.Enhancement, seed));
    }

    /// <summary>
    /// <paramref name="count"/> distinct advisories of one kind: a stride of 1 to 7 from a seeded start, so systems
    /// overlap the way real estates do without all needing the same errata. Pools hold hundreds, counts stay under 60.
    /// </summary>
    private static IEnumerable<Advisory> Pick(string prefix, int count, int seed)
    {
        var pool = AdvisoryCatalog.OfKind(prefix);
        var start = seed % pool.Count;
        var stride = 1 + (seed % 7);
        return Enumerable.Range(0, Math.Min(count, pool.Count / stride)).Select(i => pool[(start + (i * stride)) % pool.Count]);
    }
}
