using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace RedHatApi.Sandbox.Rhsm.Data;

/// <summary>A subscription (the spec's DetailResponse) and the pools it feeds.</summary>
public sealed record SeededSubscription(
    string Number, string ContractNumber, SubscriptionProduct Product, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<SeededPool> Pools)
{
    public bool Expired(DateTimeOffset now) => End < now;
}

/// <summary>A pool of a subscription; what is consumed is counted from the entitlements drawn from it.</summary>
public sealed record SeededPool(string Id, string Type, int Quantity, string SubscriptionNumber);

/// <summary>One entitlement: <paramref name="Quantity"/> of a pool attached to a system.</summary>
public sealed record SeededEntitlement(string Id, string SystemUuid, SeededPool Pool, int Quantity, DateTimeOffset Created);

/// <summary>Why an attach was refused; the message is the API's 400 reason.</summary>
public sealed record AttachRefusal(string Message);

/// <summary>
/// Subscriptions, their pools and the entitlements systems draw from them, seeded from the systems themselves so
/// every endpoint agrees: a system's entitlementCount (GET /systems) is the number of entitlements it holds (its
/// /systems/{uuid}/pools), a subscription's systems (/subscriptions/{n}/systems) are exactly the systems holding one
/// of its pools, and a pool's consumed quantity is the sum of those entitlements. Attach and detach keep all three,
/// and the system's entitlementCount, in step; removing a system returns its entitlements to their pools.
/// </summary>
public sealed class SubscriptionStore
{
    private readonly object _gate = new();
    private readonly SystemStore _systems;
    private List<SeededSubscription> _subscriptions = new();
    private Dictionary<string, SeededSubscription> _byNumber = new();
    private Dictionary<string, SeededPool> _pools = new();
    private Dictionary<string, List<SeededEntitlement>> _bySystem = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, List<SeededEntitlement>> _byPool = new();
    private Dictionary<string, SeededSystem> _systemInfo = new(StringComparer.OrdinalIgnoreCase);
    private int _seed;
    private int _attached;

    public SubscriptionStore(SystemStore systems, int seed)
    {
        _systems = systems;
        _systems.Removed += ReleaseSystem;
        Reseed(seed);
    }

    /// <summary>Rebuilds the catalog and the seeded entitlements from the systems as they are now.</summary>
    public void Reseed(int seed)
    {
        // Its own stream, so adding systems' fields to SystemStore's stream never reshuffles subscriptions.
        var random = new Random(unchecked(seed * 31 + 7));
        var systems = _systems.Page(null, null, 0, int.MaxValue);
        var now = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
        var count = 60 + (systems.Count / 100);
        var firstNumber = 10_000_000 + random.Next(0, 800_000);

        // Draw each system's entitlements first, from distinct active subscriptions, then size every pool to what
        // it gives out plus some headroom (none for a few, so a full pool can be tried).
        var expired = Enumerable.Range(0, count).Select(i => i % 13 == 12).ToArray();
        var active = Enumerable.Range(0, count).Where(i => !expired[i]).ToArray();
        var draws = new List<(int System, int Subscription, int Pool, int Quantity)>();
        var used = new Dictionary<(int Subscription, int Pool), int>();
        for (var s = 0; s < systems.Count; s++)
        {
            var picked = new HashSet<int>();
            while (picked.Count < Math.Min(systems[s].EntitlementCount, active.Length))
            {
                picked.Add(active[random.Next(active.Length)]);
            }

            foreach (var sub in picked)
            {
                var product = SubscriptionCatalog.Products[sub % SubscriptionCatalog.Products.Count];
                var pool = product.HasDerivedPool && systems[s].Type == "Virtual" ? 1 : 0;
                var quantity = systems[s].Type == "Physical" ? 2 : 1;
                draws.Add((s, sub, pool, quantity));
                used[(sub, pool)] = used.GetValueOrDefault((sub, pool)) + quantity;
            }
        }

        var subscriptions = new List<SeededSubscription>(count);
        for (var i = 0; i < count; i++)
        {
            var product = SubscriptionCatalog.Products[i % SubscriptionCatalog.Products.Count];
            var start = expired[i] ? today.AddDays(-400 - random.Next(0, 700)) : today.AddDays(-random.Next(10, 700));
            var end = start.AddYears(expired[i] ? 1 : 1 + random.Next(0, 3));
            if (!expired[i] && end <= today)
            {
                end = today.AddDays(30 + random.Next(0, 300));
            }

            var number = (firstNumber + (i * 1013)).ToString(CultureInfo.InvariantCulture);
            var poolCount = product.HasDerivedPool ? 2 : 1;
            var pools = new List<SeededPool>(poolCount);
            for (var p = 0; p < poolCount; p++)
            {
                var headroom = i % 7 == 3 ? 0 : random.Next(1, 12);
                var quantity = Math.Max(used.GetValueOrDefault((i, p)) + headroom, 1);
                pools.Add(new SeededPool(HexId(seed, $"pool/{i}/{p}"), p == 0 ? "NORMAL" : "ENTITLEMENT_DERIVED", quantity, number));
            }

            subscriptions.Add(new SeededSubscription(
                number, (12_000_000 + ((firstNumber + (i * 7919)) % 8_000_000)).ToString(CultureInfo.InvariantCulture), product, start, end, pools));
        }

        var bySystem = new Dictionary<string, List<SeededEntitlement>>(StringComparer.OrdinalIgnoreCase);
        var byPool = subscriptions.SelectMany(s => s.Pools).ToDictionary(p => p.Id, _ => new List<SeededEntitlement>());
        var index = 0;
        foreach (var draw in draws)
        {
            var system = systems[draw.System];
            var pool = subscriptions[draw.Subscription].Pools[draw.Pool];
            var entitlement = new SeededEntitlement(
                HexId(seed, $"entitlement/{index++}"), system.Uuid, pool, draw.Quantity, subscriptions[draw.Subscription].Start.AddDays(random.Next(0, 10)));
            Add(bySystem, system.Uuid, entitlement);
            byPool[pool.Id].Add(entitlement);
        }

        lock (_gate)
        {
            _seed = seed;
            _attached = 0;
            _subscriptions = subscriptions;
            _byNumber = subscriptions.ToDictionary(s => s.Number, StringComparer.Ordinal);
            _pools = subscriptions.SelectMany(s => s.Pools).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
            _bySystem = bySystem;
            _byPool = byPool;
            _systemInfo = systems.ToDictionary(s => s.Uuid, StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Every subscription, ordered by number, as the list endpoint pages them.</summary>
    public IReadOnlyList<SeededSubscription> Subscriptions()
    {
        lock (_gate)
        {
            return _subscriptions.ToList();
        }
    }

    public SeededSubscription? FindSubscription(string number)
    {
        lock (_gate)
        {
            return _byNumber.GetValueOrDefault(number);
        }
    }

    /// <summary>Quantity of a pool given out to systems.</summary>
    public int Consumed(SeededPool pool)
    {
        lock (_gate)
        {
            return _byPool.TryGetValue(pool.Id, out var list) ? list.Sum(e => e.Quantity) : 0;
        }
    }

    /// <summary>The entitlements a system holds, oldest first.</summary>
    public IReadOnlyList<SeededEntitlement> OfSystem(string uuid)
    {
        lock (_gate)
        {
            return _bySystem.TryGetValue(uuid, out var list) ? list.ToList() : new List<SeededEntitlement>();
        }
    }

    /// <summary>The systems holding a pool of the subscription, each once, with the quantity they hold from it.</summary>
    public IReadOnlyList<(SeededSystem System, int Quantity)> SystemsOf(SeededSubscription subscription)
    {
        lock (_gate)
        {
            return subscription.Pools
                .SelectMany(p => _byPool.TryGetValue(p.Id, out var list) ? list : Enumerable.Empty<SeededEntitlement>())
                .GroupBy(e => e.SystemUuid, StringComparer.OrdinalIgnoreCase)
                .Select(g => (System: _systemInfo[g.Key], Quantity: g.Sum(e => e.Quantity)))
                .OrderBy(x => x.System.Name, StringComparer.Ordinal)
                .ThenBy(x => x.System.Uuid, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>Attaches <paramref name="quantity"/> of a pool to a system, or says why not (the API's 400).</summary>
    public (SeededEntitlement? Entitlement, AttachRefusal? Refusal) Attach(SeededSystem system, string poolId, int quantity)
    {
        lock (_gate)
        {
            if (!_pools.TryGetValue(poolId, out var pool))
            {
                return (null, new AttachRefusal($"Pool with id {poolId} could not be found"));
            }

            var subscription = _byNumber[pool.SubscriptionNumber];
            if (subscription.Expired(DateTimeOffset.UtcNow))
            {
                return (null, new AttachRefusal($"Subscription {subscription.Number} expired on {subscription.End:yyyy-MM-dd}; pool {poolId} cannot be attached"));
            }

            var left = pool.Quantity - _byPool[pool.Id].Sum(e => e.Quantity);
            if (quantity > left)
            {
                return (null, new AttachRefusal($"Insufficient pool quantity: {quantity} requested, {left} available in pool {poolId}"));
            }

            var entitlement = new SeededEntitlement(HexId(_seed, $"attached/{_attached++}"), system.Uuid, pool, quantity, DateTimeOffset.UtcNow);
            Add(_bySystem, system.Uuid, entitlement);
            _byPool[pool.Id].Add(entitlement);
            _systemInfo[system.Uuid] = system;
            _systems.SetEntitlementCount(system.Uuid, _bySystem[system.Uuid].Count);
            return (entitlement, null);
        }
    }

    /// <summary>Detaches one of the system's entitlements; false when the system does not hold it.</summary>
    public bool Detach(string systemUuid, string entitlementId)
    {
        lock (_gate)
        {
            if (!_bySystem.TryGetValue(systemUuid, out var held) || held.Find(e => string.Equals(e.Id, entitlementId, StringComparison.OrdinalIgnoreCase)) is not { } entitlement)
            {
                return false;
            }

            held.Remove(entitlement);
            _byPool[entitlement.Pool.Id].Remove(entitlement);
            _systems.SetEntitlementCount(systemUuid, held.Count);
            return true;
        }
    }

    /// <summary>A system was unregistered: its entitlements go back to their pools.</summary>
    private void ReleaseSystem(string uuid)
    {
        lock (_gate)
        {
            if (_bySystem.Remove(uuid, out var held))
            {
                foreach (var entitlement in held)
                {
                    _byPool[entitlement.Pool.Id].Remove(entitlement);
                }
            }
        }
    }

    private static void Add(Dictionary<string, List<SeededEntitlement>> bySystem, string uuid, SeededEntitlement entitlement)
    {
        if (!bySystem.TryGetValue(uuid, out var list))
        {
            bySystem[uuid] = list = new List<SeededEntitlement>();
        }

        list.Add(entitlement);
    }

    /// <summary>32 hex digits, the shape of Candlepin pool and entitlement ids, stable for a seed.</summary>
    private static string HexId(int seed, string what) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{what}/{seed}"))[..16]).ToLowerInvariant();
}
