using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>One subscription pool of the account (the spec's PoolDetail, with the quantity bought).</summary>
public sealed record AllocationPool(
    string Id, string SubscriptionName, string SubscriptionNumber, string ContractNumber, string Sku, string ServiceLevel,
    DateTimeOffset StartDate, DateTimeOffset EndDate, int Quantity);

/// <summary>Entitlements taken from one pool by one allocation (EntitlementsAttachedResponseValue).</summary>
public sealed record AllocationEntitlement(string Id, AllocationPool Pool, int Quantity);

/// <summary>One subscription allocation (distributor): Allocation / AllocationDetails / AllocationSummary.</summary>
public sealed record SeededAllocation(
    string Uuid, string Name, string Type, string Version, string SimpleContentAccess, string CreatedBy,
    DateTimeOffset CreatedDate, DateTimeOffset LastModified, IReadOnlyList<AllocationEntitlement> Entitlements)
{
    public int EntitlementQuantity => Entitlements.Sum(e => e.Quantity);
}

/// <summary>What a change to the store came to; <see cref="Error"/> is the 400 message when it was refused.</summary>
public sealed record AllocationChange(SeededAllocation? Allocation, bool AllocationFound, bool EntitlementFound, string? Error);

/// <summary>
/// Subscription allocations for Satellite and SAM, and the account's pool catalog they take entitlements from. A
/// pool's quantity is shared: what one allocation attaches is no longer available to the others. Seeded from the
/// sandbox seed (same seed, same UUIDs, pools and quantities); Reseed restores the seed after changes.
/// </summary>
public sealed class AllocationStore
{
    /// <summary>The spec: "must be less than 100 characters and use only numbers, letters, underscores, hyphens, and periods".</summary>
    public const string NameRule = "must be less than 100 characters and use only numbers, letters, underscores, hyphens, and periods";

    private static readonly Regex ValidName = new("^[A-Za-z0-9_.-]{1,99}$", RegexOptions.CultureInvariant);

    // (SKU, subscription name, service level): real Red Hat SKUs of the kind Satellite manifests carry.
    private static readonly (string Sku, string Name, string Level)[] Products =
    {
        ("RH00003", "Red Hat Enterprise Linux Server, Premium (Physical or Virtual Nodes)", "Premium"),
        ("RH00004", "Red Hat Enterprise Linux Server, Standard (Physical or Virtual Nodes)", "Standard"),
        ("RH00005", "Red Hat Enterprise Linux Server, Self-support (Physical or Virtual Nodes)", "Self-Support"),
        ("RH00008", "Red Hat Enterprise Linux for Virtual Datacenters, Premium", "Premium"),
        ("RH00009", "Red Hat Enterprise Linux for Virtual Datacenters, Standard", "Standard"),
        ("MCT2887", "Red Hat Satellite Infrastructure Subscription", "Premium"),
        ("RH00029", "Red Hat Satellite Smart Management Add-On", "Standard"),
        ("MCT4022", "Red Hat Ansible Automation Platform, Standard (100 Managed Nodes)", "Standard"),
        ("MCT2735", "Red Hat OpenShift Container Platform, Standard (2 Cores or 4 vCPUs)", "Standard"),
        ("RH00051", "Red Hat Enterprise Linux High Availability (Physical or Virtual Nodes)", "Premium"),
        ("RH02767", "Red Hat Enterprise Linux for SAP Solutions, Premium", "Premium"),
        ("MCT3475", "Red Hat Developer Subscription for Teams", "Self-Support"),
    };

    /// <summary>GET /allocations/versions: "Satellite version 6.0 and above"; the last one is the default.</summary>
    public static readonly IReadOnlyList<(string Value, string Description)> Versions =
        Enumerable.Range(10, 8).Select(minor => ($"sat-6.{minor}", $"Satellite 6.{minor}")).ToList();

    private readonly object _gate = new();
    private int _seed;
    private int _created;
    private List<AllocationPool> _pools = new();
    private List<SeededAllocation> _allocations = new();

    public AllocationStore(int seed)
    {
        Reseed(seed);
    }

    public void Reseed(int seed)
    {
        var random = new Random(seed);
        var today = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero);
        var pools = new List<AllocationPool>();
        for (var i = 0; i < Products.Length * 2; i++)
        {
            var (sku, name, level) = Products[i % Products.Length];

            // Each product was bought twice (two contracts); pools 5 and 17 start in the future (renewals), so they
            // are only listed with future=true.
            var start = i is 5 or 17 ? today.AddDays(random.Next(20, 60)) : today.AddDays(-random.Next(30, 330));
            pools.Add(new AllocationPool(
                Hex(seed, "pool", i), name, (40_000_000 + random.Next(9_999_999)).ToString("D8"), (10_000_000 + random.Next(9_999_999)).ToString("D8"),
                sku, level, start, start.AddYears(1 + (i % 3 == 0 ? 2 : 0)), 10 * random.Next(2, 21)));
        }

        var allocations = new List<SeededAllocation>();
        var layout = new (string Name, string Type, string Version, int Entitlements)[]
        {
            ("satellite-prod-eu", "Satellite", "6.16", 3),
            ("satellite-prod-us", "Satellite", "6.16", 2),
            ("satellite-dr", "Satellite", "6.15", 1),
            ("satellite-lab", "Satellite", "6.14", 0),
            ("sam-legacy-dc1", "SAM", "1.4", 1),
            ("sam-legacy-dc2", "SAM", "1.4", 0),
        };
        var entitlementNumber = 0;
        for (var i = 0; i < layout.Length; i++)
        {
            var (name, type, version, count) = layout[i];
            var created = today.AddDays(-random.Next(200, 900)).AddMinutes(random.Next(0, 1440));
            var entitlements = new List<AllocationEntitlement>();
            for (var e = 0; e < count; e++)
            {
                // Current pools only, each allocation from different products, leaving most of each pool available.
                var index = ((i * 5) + (e * 7)) % pools.Count;
                while (pools[index].StartDate > today)
                {
                    index = (index + 1) % pools.Count;
                }

                var pool = pools[index];
                entitlements.Add(new AllocationEntitlement(Hex(seed, "entitlement", entitlementNumber++), pool, 1 + random.Next(pool.Quantity / 4)));
            }

            allocations.Add(new SeededAllocation(
                UuidFor(seed, i), name, type, version, type == "Satellite" ? "enabled" : "disabled", i % 2 == 0 ? "admin" : "automation",
                created, created.AddDays(random.Next(1, 150)), entitlements));
        }

        lock (_gate)
        {
            _seed = seed;
            _created = 0;
            _pools = pools;
            _allocations = allocations.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>The allocations of one type (all when null), ordered by name.</summary>
    public IReadOnlyList<SeededAllocation> List(string? type)
    {
        lock (_gate)
        {
            return _allocations.Where(a => type is null || a.Type == type).ToList();
        }
    }

    public SeededAllocation? Find(string uuid)
    {
        lock (_gate)
        {
            return FindLocked(uuid);
        }
    }

    /// <summary>POST /allocations: a Satellite allocation; the latest version when none is given.</summary>
    public AllocationChange Create(string? name, string? version, string createdBy)
    {
        if (string.IsNullOrEmpty(name) || !ValidName.IsMatch(name))
        {
            return new AllocationChange(null, false, false, "name " + NameRule);
        }

        var chosen = string.IsNullOrEmpty(version) ? Versions[^1].Value : version;
        if (!Versions.Any(v => v.Value == chosen))
        {
            return new AllocationChange(null, false, false, $"version '{version}' is not supported; use a value from /v1/allocations/versions");
        }

        lock (_gate)
        {
            // Unverified: the spec does not say whether names must be unique; the portal shows names as identifiers,
            // so the sandbox refuses a second allocation with the same name (case-insensitive).
            if (_allocations.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return new AllocationChange(null, false, false, $"an allocation named '{name}' already exists");
            }

            var now = DateTimeOffset.UtcNow;
            var allocation = new SeededAllocation(
                UuidFor(_seed, 1000 + _created++), name, "Satellite", chosen["sat-".Length..], "enabled", createdBy, now, now, Array.Empty<AllocationEntitlement>());
            _allocations.Add(allocation);
            _allocations = _allocations.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            return new AllocationChange(allocation, true, false, null);
        }
    }

    /// <summary>PUT /allocations/{uuid}: switches Simple Content Access; false when there is no such allocation.</summary>
    public bool SetSimpleContentAccess(string uuid, string value)
    {
        lock (_gate)
        {
            var index = _allocations.FindIndex(a => string.Equals(a.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            _allocations[index] = _allocations[index] with { SimpleContentAccess = value, LastModified = DateTimeOffset.UtcNow };
            return true;
        }
    }

    /// <summary>DELETE /allocations/{uuid}: false when there is no such allocation. Its entitlements return to their pools.</summary>
    public bool Remove(string uuid)
    {
        lock (_gate)
        {
            return _allocations.RemoveAll(a => string.Equals(a.Uuid, uuid, StringComparison.OrdinalIgnoreCase)) > 0;
        }
    }

    /// <summary>
    /// The pools the allocation can take entitlements from, with what each has left; null for an unknown allocation.
    /// Pools with nothing left are not listed; future-dated pools only when asked for.
    /// </summary>
    public IReadOnlyList<(AllocationPool Pool, int Available)>? Pools(string uuid, bool future)
    {
        lock (_gate)
        {
            if (FindLocked(uuid) is null)
            {
                return null;
            }

            var today = DateTimeOffset.UtcNow;
            return _pools
                .Where(p => future || p.StartDate <= today)
                .Select(p => (Pool: p, Available: AvailableLocked(p)))
                .Where(x => x.Available > 0)
                .OrderBy(x => x.Pool.SubscriptionName, StringComparer.Ordinal).ThenBy(x => x.Pool.Id, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>POST /allocations/{uuid}/entitlements: each attach is a new entitlement, as Candlepin binds are.</summary>
    public AllocationChange Attach(string uuid, string? poolId, int quantity)
    {
        lock (_gate)
        {
            if (FindLocked(uuid) is not { } allocation)
            {
                return new AllocationChange(null, false, false, null);
            }

            if (string.IsNullOrEmpty(poolId))
            {
                return new AllocationChange(allocation, true, false, "pool is required");
            }

            if (quantity < 1)
            {
                return new AllocationChange(allocation, true, false, "quantity must be at least 1");
            }

            if (_pools.FirstOrDefault(p => p.Id == poolId) is not { } pool)
            {
                return new AllocationChange(allocation, true, false, $"pool '{poolId}' is not available to this allocation");
            }

            var available = AvailableLocked(pool);
            if (quantity > available)
            {
                return new AllocationChange(allocation, true, false, $"quantity {quantity} exceeds the {available} entitlements left in pool '{poolId}'");
            }

            var entitlement = new AllocationEntitlement(Hex(_seed, "entitlement", 1000 + _created++), pool, quantity);
            return Replace(allocation with { Entitlements = allocation.Entitlements.Append(entitlement).ToList(), LastModified = DateTimeOffset.UtcNow }, true);
        }
    }

    /// <summary>DELETE /allocations/{uuid}/entitlements/{id}: the entitlements return to the pool.</summary>
    public AllocationChange Detach(string uuid, string entitlementId)
    {
        lock (_gate)
        {
            if (FindLocked(uuid) is not { } allocation)
            {
                return new AllocationChange(null, false, false, null);
            }

            if (allocation.Entitlements.All(e => e.Id != entitlementId))
            {
                return new AllocationChange(allocation, true, false, null);
            }

            return Replace(allocation with { Entitlements = allocation.Entitlements.Where(e => e.Id != entitlementId).ToList(), LastModified = DateTimeOffset.UtcNow }, true);
        }
    }

    /// <summary>PUT /allocations/{uuid}/entitlements/{id}?quantity=: "less than or equal to" what the pool allows.</summary>
    public AllocationChange UpdateQuantity(string uuid, string entitlementId, int? quantity)
    {
        lock (_gate)
        {
            if (FindLocked(uuid) is not { } allocation)
            {
                return new AllocationChange(null, false, false, null);
            }

            if (allocation.Entitlements.FirstOrDefault(e => e.Id == entitlementId) is not { } entitlement)
            {
                return new AllocationChange(allocation, true, false, null);
            }

            if (quantity is not { } wanted || wanted < 1)
            {
                return new AllocationChange(allocation, true, true, "quantity must be at least 1");
            }

            var most = entitlement.Quantity + AvailableLocked(entitlement.Pool);
            if (wanted > most)
            {
                return new AllocationChange(allocation, true, true, $"quantity {wanted} exceeds the {most} entitlements pool '{entitlement.Pool.Id}' allows for this allocation");
            }

            var entitlements = allocation.Entitlements.Select(e => e.Id == entitlementId ? e with { Quantity = wanted } : e).ToList();
            return Replace(allocation with { Entitlements = entitlements, LastModified = DateTimeOffset.UtcNow }, true);
        }
    }

    private AllocationChange Replace(SeededAllocation updated, bool entitlementFound)
    {
        var index = _allocations.FindIndex(a => a.Uuid == updated.Uuid);
        _allocations[index] = updated;
        return new AllocationChange(updated, true, entitlementFound, null);
    }

    private SeededAllocation? FindLocked(string uuid) =>
        _allocations.FirstOrDefault(a => string.Equals(a.Uuid, uuid, StringComparison.OrdinalIgnoreCase));

    private int AvailableLocked(AllocationPool pool) =>
        pool.Quantity - _allocations.SelectMany(a => a.Entitlements).Where(e => e.Pool.Id == pool.Id).Sum(e => e.Quantity);

    /// <summary>Candlepin-style ids: 32 lower-case hex digits.</summary>
    private static string Hex(int seed, string kind, int index) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}/{seed}/{index}"))[..16]).ToLowerInvariant();

    private static string UuidFor(int seed, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"allocation/{seed}/{index}"))[..16];
        // Guid(byte[]) stores the third group little-endian: byte 7 holds the version nibble.
        hash[7] = (byte)((hash[7] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash).ToString();
    }
}
