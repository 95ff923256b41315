using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using RedHatApi.Sandbox.Rhsm.Data;

namespace RedHatApi.Sandbox.Console;

/// <summary>One host of the emulated inventory.</summary>
public sealed record InventoryRecord(
    string Id, string DisplayName, string Fqdn, string? SubscriptionManagerId, string InsightsId, string? SatelliteId,
    string BiosUuid, string[] MacAddresses, string[] IpAddresses, string Reporter, string[] Reporters, string GroupName,
    DateTimeOffset Created, DateTimeOffset Updated, DateTimeOffset LastCheckIn, string OsRelease, string Arch, int Cpus)
{
    /// <summary>Fresh for 26 hours after a check-in, stale until 7 days, culled after 14 (the inventory's defaults).</summary>
    public DateTimeOffset StaleTimestamp => LastCheckIn.AddHours(26);

    public DateTimeOffset StaleWarningTimestamp => LastCheckIn.AddDays(7);

    public DateTimeOffset CulledTimestamp => LastCheckIn.AddDays(14);

    public string StalenessAt(DateTimeOffset now) => now < StaleTimestamp ? "fresh" : now < StaleWarningTimestamp ? "stale" : "stale_warning";
}

/// <summary>
/// The console inventory: one host per RHSM system that checked in within 30 days, except every seventh (no
/// insights-client, so RHSM-only), with subscription_manager_id = the RHSM UUID and the same host name; plus extra
/// hosts RHSM does not know (half Satellite-only, half carrying the UUID of a system RHSM has auto-deleted). With drift,
/// hosts check in while a client pages, which moves them in the API's default order (updated DESC).
/// </summary>
public sealed class InventoryStore
{
    private static readonly string[] RhsmReporters = { "puptoo", "rhsm-conduit" };
    private static readonly string[] SatelliteReporters = { "satellite" };
    private readonly object _gate = new();
    private readonly ConsoleOptions _options;
    private List<InventoryRecord> _hosts = new();
    private int _driftCursor;
    private int _drifted;
    private long _tick;

    public InventoryStore(ConsoleOptions options, SystemStore systems, int seed)
    {
        _options = options;
        Reseed(systems, seed);
    }

    public void Reseed(SystemStore systems, int seed)
    {
        var now = DateTimeOffset.UtcNow;
        var (rhsm, _) = systems.Snapshot();
        var hosts = new List<InventoryRecord>();
        for (var i = 0; i < rhsm.Count; i++)
        {
            var system = rhsm[i];
            if (i % 7 == 3 || now - system.LastCheckin > TimeSpan.FromDays(30))
            {
                continue;
            }

            // insights-client checks in daily, so the inventory's last check-in is recent even when RHSM's is older.
            var checkIn = Second(now.AddMinutes(-(Hash(seed, "checkin", i) % (20 * 60))));
            hosts.Add(Host(seed, "rhsm/" + system.Uuid, system.Hostname, system.Uuid, null, "puptoo", RhsmReporters, checkIn, i));
        }

        for (var i = 0; i < _options.ExtraHosts; i++)
        {
            var name = $"edge-{i + 1:000}.example.com";
            var checkIn = Second(now.AddHours(-(Hash(seed, "extra", i) % 72)));
            hosts.Add(i % 2 == 0
                ? Host(seed, "satellite/" + i, name, null, Guid(seed, "satellite", i), "satellite", SatelliteReporters, checkIn, 1000 + i)
                : Host(seed, "deleted/" + i, name, Guid(seed, "rhsm-deleted", i), null, "puptoo", RhsmReporters, checkIn, 1000 + i));
        }

        lock (_gate)
        {
            _hosts = hosts;
            _driftCursor = 0;
            _drifted = 0;
        }
    }

    /// <summary>Every host, in the order asked: display_name / updated / last_check_in, ASC or DESC (default updated DESC, id DESC).</summary>
    public IReadOnlyList<InventoryRecord> Query(Func<InventoryRecord, bool> filter, string? orderBy, string? orderHow)
    {
        lock (_gate)
        {
            var matching = _hosts.Where(filter);
            var descending = string.Equals(orderHow, "DESC", StringComparison.OrdinalIgnoreCase)
                || (orderHow is null && orderBy is null or "updated" or "last_check_in");
            IOrderedEnumerable<InventoryRecord> ordered = orderBy switch
            {
                "display_name" => descending
                    ? matching.OrderByDescending(h => h.DisplayName, StringComparer.Ordinal)
                    : matching.OrderBy(h => h.DisplayName, StringComparer.Ordinal),
                "last_check_in" => descending ? matching.OrderByDescending(h => h.LastCheckIn) : matching.OrderBy(h => h.LastCheckIn),
                _ => descending ? matching.OrderByDescending(h => h.Updated) : matching.OrderBy(h => h.Updated),
            };
            return (descending ? ordered.ThenByDescending(h => h.Id, StringComparer.Ordinal) : ordered.ThenBy(h => h.Id, StringComparer.Ordinal)).ToList();
        }
    }

    public InventoryRecord? Find(string id)
    {
        lock (_gate)
        {
            return _hosts.FirstOrDefault(h => string.Equals(h.Id, id, StringComparison.OrdinalIgnoreCase));
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            return _hosts.RemoveAll(h => string.Equals(h.Id, id, StringComparison.OrdinalIgnoreCase)) > 0;
        }
    }

    /// <summary>Every host as it is now (the export service's snapshot).</summary>
    public IReadOnlyList<InventoryRecord> Snapshot()
    {
        lock (_gate)
        {
            return _hosts.ToList();
        }
    }

    /// <summary>
    /// Hosts check in while a client pages: <see cref="ConsoleOptions.Drift"/> hosts, taken from the end of the default
    /// order (those a crawl in that order has not read yet), get updated = now and so jump to its first page; every
    /// <see cref="ConsoleOptions.RenameEvery"/>-th is renamed to sort first by name as well.
    /// </summary>
    public void Drift()
    {
        lock (_gate)
        {
            for (var n = 0; n < _options.Drift && _hosts.Count > 0; n++)
            {
                var byUpdated = _hosts.OrderBy(h => h.Updated).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
                var target = byUpdated[_driftCursor++ % byUpdated.Count];
                var index = _hosts.FindIndex(h => h.Id == target.Id);
                var now = DateTimeOffset.UtcNow.AddTicks(++_tick);
                var renamed = _options.RenameEvery > 0 && ++_drifted % _options.RenameEvery == 0;
                _hosts[index] = target with
                {
                    Updated = now,
                    LastCheckIn = now,
                    DisplayName = renamed ? "0-renamed-" + target.DisplayName : target.DisplayName,
                };
            }
        }
    }

    private static InventoryRecord Host(int seed, string key, string name, string? rhsmUuid, string? satelliteId, string reporter, string[] reporters, DateTimeOffset checkIn, int i)
    {
        var mac = SHA256.HashData(Encoding.UTF8.GetBytes($"mac/{seed}/{key}"));
        return new InventoryRecord(
            Guid(seed, "inventory/" + key, 0), name, name, rhsmUuid, Guid(seed, "insights/" + key, 0), satelliteId,
            Guid(seed, "bios/" + key, 0).ToUpperInvariant(),
            new[] { $"52:54:00:{mac[0]:x2}:{mac[1]:x2}:{mac[2]:x2}" },
            new[] { $"10.{mac[3] % 250}.{mac[4] % 250}.{mac[5] % 250 + 1}" },
            reporter, reporters, i % 3 == 0 ? "production" : i % 3 == 1 ? "staging" : string.Empty,
            checkIn.AddDays(-90 - i % 200), checkIn, checkIn,
            i % 4 == 0 ? "8.10" : "9.4", i % 9 == 0 ? "aarch64" : "x86_64", 2 << (i % 4));
    }

    private static DateTimeOffset Second(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero);

    private static int Hash(int seed, string what, int i) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{what}/{seed}/{i}")), 0) & 0x7FFFFFFF);

    private static string Guid(int seed, string what, int i)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{what}/{seed}/{i}"))[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new System.Guid(hash).ToString();
    }
}
