using System;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Rhsm.Data;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// GET /subscriptions (DetailResponse with its pools), /subscriptions/{n}/systems (SubSystem) and
/// /subscriptions/{n}/contentSets (ContentSet), each with its own page cap; the per-system entitlement routes are
/// in <see cref="EntitlementEndpoints"/>.
/// </summary>
public static class SubscriptionEndpoints
{
    /// <summary>Default and maximum page of GET /subscriptions.</summary>
    public const int SubscriptionsCap = 50;

    /// <summary>Default and maximum page of GET /subscriptions/{n}/systems.</summary>
    public const int SubscriptionSystemsCap = 100;

    /// <summary>Default and maximum page of GET /subscriptions/{n}/contentSets.</summary>
    public const int ContentSetsCap = 1000;

    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        var store = state.Subscriptions;
        group.MapGet("/subscriptions", (int? limit, long? offset) =>
        {
            var now = DateTimeOffset.UtcNow;
            return ListPage(store.Subscriptions().Select(s => ToWire(store, s, now)), limit, offset, SubscriptionsCap, state.Options.OverCap);
        });

        group.MapGet("/subscriptions/{number}/systems", (string number, int? limit, long? offset) =>
            store.FindSubscription(number) is { } subscription
                ? ListPage(store.SystemsOf(subscription).Select(x => ToWire(x.System, x.Quantity)), limit, offset, SubscriptionSystemsCap, state.Options.OverCap)
                : NotFound("Subscription not found"));

        group.MapGet("/subscriptions/{number}/contentSets", (string number, int? limit, long? offset) =>
            store.FindSubscription(number) is { } subscription
                ? ListPage(subscription.Product.ContentSets.Select(c => new { arch = c.Arch, enabled = c.Enabled, label = c.Label, name = c.Name, type = c.Type }), limit, offset, ContentSetsCap, state.Options.OverCap)
                : NotFound("Subscription not found"));

        EntitlementEndpoints.Map(group, state);
    }

    /// <summary>RHSM's Date format.</summary>
    internal static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static object ToWire(SubscriptionStore store, SeededSubscription s, DateTimeOffset now) => new
    {
        contractNumber = s.ContractNumber,
        endDate = Date(s.End),
        pools = s.Pools.Select(p => new { consumed = store.Consumed(p), id = p.Id, quantity = p.Quantity, type = p.Type }).ToList(),

        // The spec types DetailResponse.quantity as a string.
        quantity = s.Pools[0].Quantity.ToString(CultureInfo.InvariantCulture),
        sku = s.Product.Sku,
        startDate = Date(s.Start),
        status = s.Expired(now) ? "Expired" : "Active",
        subscriptionName = s.Product.Name,
        subscriptionNumber = s.Number,
    };

    private static object ToWire(SeededSystem system, int quantity) => new
    {
        complianceStatus = system.EntitlementStatus,
        details = system.EntitlementStatus switch
        {
            "partial" => "Only covers some of the system's sockets",
            "invalid" => "Not covered by a valid subscription",
            _ => string.Empty,
        },
        lastCheckin = Date(system.LastCheckin),
        systemName = system.Name,
        totalEntitlementQuantity = quantity,
        type = system.Type,
        uuid = system.Uuid,
    };
}
