using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Rhsm.Data;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// What a system holds from the subscriptions: GET /systems/{uuid}/pools (PoolDetail; <c>id</c> is the id of the
/// system's entitlement from that pool, the id the detach route takes), POST /systems/{uuid}/entitlements?pool=&amp;quantity=
/// (attach; AttachEntitlement, or a 400 with the reason) and DELETE /systems/{uuid}/{entitlementId} (detach, 204).
/// </summary>
public static class EntitlementEndpoints
{
    /// <summary>Default and maximum page of GET /systems/{uuid}/pools.</summary>
    public const int SystemPoolsCap = 50;

    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        var store = state.Subscriptions;
        group.MapGet("/systems/{uuid}/pools", (string uuid, int? limit, long? offset) =>
            state.Systems.Find(uuid) is { } system
                ? ListPage(store.OfSystem(system.Uuid).Select(e => ToPoolDetail(store, e)), limit, offset, SystemPoolsCap, state.Options.OverCap)
                : NotFound("System not found"));

        group.MapPost("/systems/{uuid}/entitlements", (HttpContext http, string uuid) =>
        {
            if (state.Systems.Find(uuid) is not { } system)
            {
                return NotFound("System not found");
            }

            var query = http.Request.Query;
            var pool = query["pool"].ToString();
            if (pool.Length == 0)
            {
                return ErrorBody(400, "pool is required");
            }

            var quantity = 1;
            if (query.ContainsKey("quantity") && (!int.TryParse(query["quantity"].ToString(), out quantity) || quantity < 1))
            {
                return ErrorBody(400, "quantity must be a whole number >= 1");
            }

            var (entitlement, refusal) = store.Attach(system, pool, quantity);
            if (refusal is not null)
            {
                return ErrorBody(400, refusal.Message);
            }

            return Body(ToAttachEntitlement(store, state.Systems.Find(uuid) ?? system));
        });

        group.MapDelete("/systems/{uuid}/{entitlementId}", (string uuid, string entitlementId) =>
        {
            if (state.Systems.Find(uuid) is null)
            {
                return NotFound("System not found");
            }

            return store.Detach(uuid, entitlementId) ? Results.NoContent() : NotFound("Entitlement not found");
        });
    }

    private static object ToPoolDetail(SubscriptionStore store, SeededEntitlement e)
    {
        var subscription = store.FindSubscription(e.Pool.SubscriptionNumber)!;
        return new
        {
            contractNumber = subscription.ContractNumber,
            endDate = SubscriptionEndpoints.Date(subscription.End),
            entitlementsAvailable = e.Pool.Quantity - store.Consumed(e.Pool),
            id = e.Id,
            serviceLevel = subscription.Product.ServiceLevel,
            sku = subscription.Product.Sku,
            startDate = SubscriptionEndpoints.Date(subscription.Start),
            subscriptionName = subscription.Product.Name,
            subscriptionNumber = subscription.Number,
        };
    }

    /// <summary>The spec's AttachEntitlement: the system after the attach, with every entitlement it now holds.</summary>
    private static object ToAttachEntitlement(SubscriptionStore store, SeededSystem system)
    {
        var held = store.OfSystem(system.Uuid);
        return new
        {
            autoAttachSetting = false,
            complianceStatus = system.EntitlementStatus,
            createdBy = system.Username,
            createdDate = SubscriptionEndpoints.Date(system.LastCheckin.AddDays(-400)),
            entitlementStatus = system.EntitlementStatus,
            entitlementsAttached = new
            {
                reason = string.Empty,
                valid = true,
                value = held.Select(e =>
                {
                    var subscription = store.FindSubscription(e.Pool.SubscriptionNumber)!;
                    return new
                    {
                        contractNumber = subscription.ContractNumber,
                        endDate = SubscriptionEndpoints.Date(subscription.End),
                        entitlementQuantity = e.Quantity,
                        id = e.Id,
                        sku = subscription.Product.Sku,
                        startDate = SubscriptionEndpoints.Date(subscription.Start),
                        subscriptionName = subscription.Product.Name,
                    };
                }).ToList(),
            },
            entitlementsAttachedCount = held.Count,
            errataApplicabilityCounts = new
            {
                reason = string.Empty,
                valid = true,
                value = new { securityCount = system.Security, bugfixCount = system.Bugfix, enhancementCount = system.Enhancement },
            },
            factsCount = 0,
            hostname = system.Hostname,
            installedProductsCount = 0,
            lastCheckin = SubscriptionEndpoints.Date(system.LastCheckin),
            name = system.Name,
            serviceLevelPreference = string.Empty,
            type = system.Type,
            uuid = system.Uuid,
        };
    }
}
