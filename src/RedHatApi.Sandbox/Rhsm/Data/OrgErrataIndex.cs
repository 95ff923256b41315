using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>An advisory that applies to at least one of the organisation's systems, with those systems in API order.</summary>
public sealed record OrgErratum(Advisory Advisory, IReadOnlyList<SeededSystem> Systems);

/// <summary>
/// The organisation's errata (GET /errata) and the systems of each (GET /errata/{id}/systems), derived from the
/// per-system lists so the three endpoints always agree. Rebuilt when the systems change (reset, delete).
/// </summary>
public sealed class OrgErrataIndex
{
    private static readonly IReadOnlyList<SeededSystem> NoSystems = Array.Empty<SeededSystem>();
    private readonly SystemStore _store;
    private readonly object _gate = new();
    private Built? _built;

    public OrgErrataIndex(SystemStore store)
    {
        _store = store;
    }

    /// <summary>Every advisory applicable to some system, newest first.</summary>
    public IReadOnlyList<OrgErratum> Errata => Current().Errata;

    /// <summary>The systems an advisory applies to (none when it applies to none).</summary>
    public IReadOnlyList<SeededSystem> SystemsOf(Advisory advisory) =>
        Current().ById.TryGetValue(advisory.Id, out var erratum) ? erratum.Systems : NoSystems;

    private Built Current()
    {
        lock (_gate)
        {
            if (_built is { } built && built.Version == _store.Version)
            {
                return built;
            }

            var (systems, version) = _store.Snapshot();
            var errata = systems
                .SelectMany(s => ErrataCatalog.AdvisoriesOf(s).Select(a => (Advisory: a, System: s)))
                .GroupBy(x => x.Advisory)
                .Select(g => new OrgErratum(g.Key, g.Select(x => x.System).ToList()))
                .OrderByDescending(e => e.Advisory.Number)
                .ToList();
            _built = new Built(version, errata, errata.ToDictionary(e => e.Advisory.Id, StringComparer.OrdinalIgnoreCase));
            return _built;
        }
    }

    private sealed record Built(long Version, IReadOnlyList<OrgErratum> Errata, Dictionary<string, OrgErratum> ById);
}
