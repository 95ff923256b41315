using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>One RHSM system (the spec's System definition).</summary>
public sealed record SeededSystem(
    string Uuid, string Name, string Hostname, string Type, string Username, DateTimeOffset LastCheckin,
    string EntitlementStatus, int EntitlementCount, int Security, int Bugfix, int Enhancement);

/// <summary>
/// Deterministic RHSM systems: realistic names by role and environment, ~15% not checked in for over 30 days,
/// some hostnames registered twice (re-registrations a CMDB job must flag), ordered like the API (by name).
/// </summary>
public sealed class SystemStore
{
    private static readonly string[] Roles = { "web", "db", "app", "cache", "mq", "ldap", "build", "monitor" };
    private static readonly string[] Environments = { "prod", "stage", "dev" };
    private static readonly string[] Statuses = { "valid", "valid", "valid", "partial", "invalid", "unentitled" };
    private readonly object _gate = new();
    private List<SeededSystem> _systems = new();
    private long _version;

    public SystemStore(int count, int seed)
    {
        Reseed(count, seed);
    }

    public void Reseed(int count, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var systems = new List<SeededSystem>(count);
        for (var i = 0; i < count; i++)
        {
            var role = Roles[i % Roles.Length];
            var env = Environments[(i / Roles.Length) % Environments.Length];
            var number = i / (Roles.Length * Environments.Length) + 1;
            var type = i % 10 == 9 ? "Hypervisor" : i % 3 == 0 ? "Physical" : "Virtual";

            // Every 40th system is a re-registration of the previous hostname: same name, new UUID.
            var name = i % 40 == 39 && systems.Count > 0 ? systems[^1].Name : $"{role}-{env}-{number:000}.example.com";
            var stale = random.NextDouble() < 0.15;
            var checkin = stale ? now.AddDays(-31 - random.Next(0, 300)) : now.AddHours(-random.Next(1, 24 * 20));
            systems.Add(new SeededSystem(
                UuidFor(seed, i), name, name, type, i % 5 == 0 ? "automation" : "admin",
                new DateTimeOffset(checkin.Year, checkin.Month, checkin.Day, checkin.Hour, checkin.Minute, checkin.Second, TimeSpan.Zero),
                Statuses[random.Next(Statuses.Length)], random.Next(0, 4), random.Next(0, 30), random.Next(0, 60), random.Next(0, 20)));
        }

        lock (_gate)
        {
            _systems = systems;
            _version++;
        }
    }

    /// <summary>
    /// RHSM's auto-delete (Red Hat KCS 7133856): systems that have not checked in for this long disappear from every
    /// answer. Null (the default, so seeded data stays as seeded) keeps them.
    /// </summary>
    public TimeSpan? AutoDeleteAfter { get; set; }

    /// <summary>
    /// Removes the systems RHSM's auto-delete would have removed by now; every read calls it first, so an aged
    /// system is gone from the next answer as it is from the real API after its 30 days.
    /// </summary>
    public void Purge()
    {
        if (AutoDeleteAfter is not { } after)
        {
            return;
        }

        List<string> removed;
        lock (_gate)
        {
            var cutoff = DateTimeOffset.UtcNow - after;
            removed = _systems.Where(s => s.LastCheckin < cutoff).Select(s => s.Uuid).ToList();
            if (removed.Count > 0)
            {
                _systems = _systems.Where(s => s.LastCheckin >= cutoff).ToList();
                _version++;
            }
        }

        foreach (var uuid in removed)
        {
            Removed?.Invoke(uuid);
        }
    }

    /// <summary>Sets a system's last check-in <paramref name="days"/> days back (the sandbox's way to age systems); false when there is none.</summary>
    public bool Age(string uuid, double days)
    {
        lock (_gate)
        {
            var index = _systems.FindIndex(s => string.Equals(s.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            var at = DateTimeOffset.UtcNow.AddDays(-days);
            _systems[index] = _systems[index] with { LastCheckin = new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero) };
            _version++;
            return true;
        }
    }

    /// <summary>Changes whenever the set of systems does, so data derived from all of them can be cached.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>Every system, in API order, with the version that list belongs to.</summary>
    public (IReadOnlyList<SeededSystem> Systems, long Version) Snapshot()
    {
        Purge();
        lock (_gate)
        {
            return (_systems.ToList(), _version);
        }
    }

    /// <summary>One page of the systems matching the filters; unfiltered pages are sliced directly, so a
    /// million-system sandbox still answers each page in microseconds.</summary>
    public IReadOnlyList<SeededSystem> Page(string? nameFilter, string? username, long offset, int limit)
    {
        Purge();
        lock (_gate)
        {
            if (string.IsNullOrEmpty(nameFilter) && string.IsNullOrEmpty(username))
            {
                var start = (int)Math.Min(offset, _systems.Count);
                return _systems.GetRange(start, Math.Min(limit, _systems.Count - start));
            }

            return _systems
                .Where(s => string.IsNullOrEmpty(nameFilter) || s.Name.Contains(nameFilter, StringComparison.OrdinalIgnoreCase))
                .Where(s => string.IsNullOrEmpty(username) || s.Username == username)
                .Skip((int)Math.Min(offset, int.MaxValue))
                .Take(limit)
                .ToList();
        }
    }

    public SeededSystem? Find(string uuid)
    {
        Purge();
        lock (_gate)
        {
            return _systems.FirstOrDefault(s => string.Equals(s.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Raised after a system is removed (outside the store's lock), so what it held can be released.</summary>
    public event Action<string>? Removed;

    public bool Remove(string uuid)
    {
        bool removed;
        lock (_gate)
        {
            removed = _systems.RemoveAll(s => string.Equals(s.Uuid, uuid, StringComparison.OrdinalIgnoreCase)) > 0;
            _version += removed ? 1 : 0;
        }

        if (removed)
        {
            Removed?.Invoke(uuid);
        }

        return removed;
    }

    /// <summary>Keeps entitlementCount equal to the entitlements the system holds after an attach or detach.</summary>
    public void SetEntitlementCount(string uuid, int count)
    {
        lock (_gate)
        {
            var index = _systems.FindIndex(s => string.Equals(s.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                _systems[index] = _systems[index] with { EntitlementCount = count };
            }
        }
    }

    private static string UuidFor(int seed, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"system/{seed}/{index}"))[..16];
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash).ToString();
    }
}
