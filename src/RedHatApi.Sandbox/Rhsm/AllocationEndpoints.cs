using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Rhsm.Data;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// Subscription allocations (Satellite / SAM manifests) of RHSM API v1: list, versions, show, create, delete, the
/// pools available to an allocation, and attaching, detaching and resizing entitlements. Shapes follow the spec's
/// Allocation, AllocationDetails, AllocationSummary, AllocationVersion, PoolDetail and EntitlementsAttachedResponse.
/// </summary>
public static class AllocationEndpoints
{
    /// <summary>Default and maximum page of GET /allocations (the spec: "The default and max number of results ... are 100").</summary>
    public const int AllocationsCap = 100;

    /// <summary>
    /// Default and maximum page of GET /allocations/{uuid}/pools. An assumption: the spec pages this list but states
    /// no limit, so the sandbox uses the 100/100 of /allocations.
    /// </summary>
    public const int PoolsCap = 100;

    private const string DateFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        var store = state.Allocations;
        ManifestEndpoints.Map(group, state);

        group.MapGet("/allocations", (int? limit, long? offset, string? type) =>
        {
            if (type is not null && type != "Satellite" && type != "SAM")
            {
                return ErrorBody(400, "type must be one of SAM, Satellite");
            }

            return ListPage(store.List(type).Select(ToListWire), limit, offset, AllocationsCap, state.Options.OverCap);
        });

        group.MapGet("/allocations/versions", () =>
            Results.Json(new { body = AllocationStore.Versions.Select(v => new { description = v.Description, value = v.Value }) }));

        group.MapPost("/allocations", (string? name, string? version) =>
        {
            var change = store.Create(name, version, "admin");
            return change.Error is { } error ? ErrorBody(400, error) : Body(ToSummaryWire(change.Allocation!));
        });

        group.MapGet("/allocations/{uuid}", (string uuid, string? include) =>
        {
            if (include is not null && include != "entitlements")
            {
                return ErrorBody(400, "include must be entitlements");
            }

            return store.Find(uuid) is { } allocation ? Body(ToDetailsWire(allocation, include is not null)) : AllocationNotFound();
        });

        // The spec makes force required (enum: true) for every delete, with or without entitlements: "We require a
        // force parameter to make sure the delete operation is intentional". Parameters are checked before the lookup.
        group.MapDelete("/allocations/{uuid}", (string uuid, string? force) =>
        {
            if (!string.Equals(force, "true", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorBody(400, "force=true is required: deleting a subscription allocation can have significant impacts on your hosts and activation keys");
            }

            return store.Remove(uuid) ? Results.NoContent() : AllocationNotFound();
        });

        group.MapGet("/allocations/{uuid}/pools", (string uuid, int? limit, long? offset, string? future) =>
        {
            if (future is not null && !string.Equals(future, "true", StringComparison.OrdinalIgnoreCase))
            {
                return ErrorBody(400, "future must be true when given");
            }

            return store.Pools(uuid, future is not null) is { } pools
                ? ListPage(pools.Select(p => ToPoolWire(p.Pool, p.Available)), limit, offset, PoolsCap, state.Options.OverCap)
                : AllocationNotFound();
        });

        // Quantity is optional in the spec; without it the sandbox attaches 1 (unverified).
        group.MapPost("/allocations/{uuid}/entitlements", (string uuid, string? pool, int? quantity) =>
            Answer(store.Attach(uuid, pool, quantity ?? 1)));

        group.MapPut("/allocations/{uuid}/entitlements/{entitlementId}", (string uuid, string entitlementId, int? quantity) =>
            Answer(store.UpdateQuantity(uuid, entitlementId, quantity)));

        group.MapDelete("/allocations/{uuid}/entitlements/{entitlementId}", (string uuid, string entitlementId) =>
        {
            var change = store.Detach(uuid, entitlementId);
            return !change.AllocationFound ? AllocationNotFound() : !change.EntitlementFound ? EntitlementNotFound() : Results.NoContent();
        });
    }

    /// <summary>Attach and resize answer 200 with AllocationDetails, entitlements included.</summary>
    private static IResult Answer(AllocationChange change) =>
        !change.AllocationFound ? AllocationNotFound()
        : change.Error is { } error ? ErrorBody(400, error)
        : !change.EntitlementFound ? EntitlementNotFound()
        : Body(ToDetailsWire(change.Allocation!, includeEntitlements: true));

    private static IResult AllocationNotFound() => NotFound("Allocation not found");

    private static IResult EntitlementNotFound() => NotFound("Entitlement not found");

    private static object ToListWire(SeededAllocation a) => new
    {
        entitlementQuantity = a.EntitlementQuantity,
        name = a.Name,
        simpleContentAccess = a.SimpleContentAccess,
        type = a.Type,
        url = "https://access.redhat.com/management/subscription_allocations/" + a.Uuid,
        uuid = a.Uuid,
        version = a.Version,
    };

    private static object ToSummaryWire(SeededAllocation a) => new
    {
        contentAccessMode = a.SimpleContentAccess == "enabled" ? "org_environment" : "entitlement",
        createdBy = a.CreatedBy,
        createdDate = a.CreatedDate.ToString(DateFormat),
        entitlementsAttachedQuantity = a.EntitlementQuantity,
        lastModified = a.LastModified.ToString(DateFormat),
        name = a.Name,
        type = a.Type,
        uuid = a.Uuid,
        version = a.Version,
    };

    /// <summary>AllocationDetails; entitlementsAttached only with include=entitlements.</summary>
    private static object ToDetailsWire(SeededAllocation a, bool includeEntitlements) => new
    {
        createdBy = a.CreatedBy,
        createdDate = a.CreatedDate.ToString(DateFormat),
        entitlementsAttached = includeEntitlements
            ? new
            {
                valid = true,
                value = a.Entitlements.Select(e => new
                {
                    contractNumber = e.Pool.ContractNumber,
                    endDate = e.Pool.EndDate.ToString(DateFormat),
                    entitlementQuantity = e.Quantity,
                    id = e.Id,
                    sku = e.Pool.Sku,
                    startDate = e.Pool.StartDate.ToString(DateFormat),
                    subscriptionName = e.Pool.SubscriptionName,
                }).ToList(),
            }
            : null,
        entitlementsAttachedQuantity = a.EntitlementQuantity,
        lastModified = a.LastModified.ToString(DateFormat),
        name = a.Name,
        simpleContentAccess = a.SimpleContentAccess,
        type = a.Type,
        uuid = a.Uuid,
        version = a.Version,
    };

    private static object ToPoolWire(AllocationPool p, int available) => new
    {
        contractNumber = p.ContractNumber,
        endDate = p.EndDate.ToString(DateFormat),
        entitlementsAvailable = available,
        id = p.Id,
        serviceLevel = p.ServiceLevel,
        sku = p.Sku,
        startDate = p.StartDate.ToString(DateFormat),
        subscriptionName = p.SubscriptionName,
        subscriptionNumber = p.SubscriptionNumber,
    };
}
