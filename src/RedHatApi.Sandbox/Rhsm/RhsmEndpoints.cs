using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Rhsm.Data;
using RedHatApi.Sandbox.Sso;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>RHSM API v1 under /management/v1 with its real envelopes, caps and error bodies.</summary>
public static class RhsmEndpoints
{
    public const string Prefix = "/management/v1";

    /// <summary>Default and maximum page of GET /systems.</summary>
    public const int SystemsCap = 100;

    /// <summary>Default and maximum page of GET /systems/{uuid}/errata.</summary>
    public const int ErrataCap = 100;

    /// <summary>Default and maximum page of GET /systems/{uuid}/packages.</summary>
    public const int PackagesCap = 1000;

    public static void Map(IEndpointRouteBuilder app, RhsmFamily state)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
        {
            var denied = Authorize(context.HttpContext, state.Tokens);
            return denied ?? await next(context);
        });

        group.MapGet("/systems", (HttpContext http, int? limit, long? offset, string? filter, string? username) =>
        {
            var paging = Paging(limit, offset, SystemsCap, state.Options.OverCap);
            if (paging.Error is not null)
            {
                return paging.Error;
            }

            var page = state.Systems.Page(filter, username, paging.Offset, paging.Limit).Select(ToWire).ToList();
            return Results.Json(new { pagination = new { offset = paging.Offset, limit = paging.Limit, count = page.Count }, body = page });
        });

        MapSystemChildList(group, state, "errata", ErrataCap, ErrataCatalog.For);
        MapSystemChildList(group, state, "packages", PackagesCap, PackageCatalog.For);

        // Every other RHSM resource maps its routes from its own file, on this group so the token check applies.
        SubscriptionEndpoints.Map(group, state);
        AllocationEndpoints.Map(group, state);
        ErrataEndpoints.Map(group, state);
        PackageEndpoints.Map(group, state);
        ImageEndpoints.Map(group, state);
        ImageEndpoints.MapDownloadHost(app, state);

        group.MapGet("/systems/{uuid}", (string uuid, string? include) =>
        {
            var parts = (include ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.FirstOrDefault(p => !SystemIncludes.Contains(p)) is { } unknown)
            {
                return ErrorBody(400, $"include must be one or more of {string.Join(", ", SystemIncludes)}; '{unknown}' is not one");
            }

            return state.Systems.Find(uuid) is { } system ? Results.Json(new { body = ToDetailWire(state, system, parts) }) : NotFound("System not found");
        });

        group.MapDelete("/systems/{uuid}", (string uuid) =>
            state.Systems.Remove(uuid) ? Results.NoContent() : NotFound("System not found"));
    }

    /// <summary>A paged list that belongs to one system (GET /systems/{uuid}/{what}), with that endpoint's cap.</summary>
    private static void MapSystemChildList(RouteGroupBuilder group, RhsmFamily state, string what, int cap, Func<SeededSystem, System.Collections.Generic.IEnumerable<object>> items) =>
        group.MapGet("/systems/{uuid}/" + what, (string uuid, int? limit, long? offset) =>
        {
            if (state.Systems.Find(uuid) is not { } system)
            {
                return NotFound("System not found");
            }

            return ListPage(items(system), limit, offset, cap, state.Options.OverCap);
        });

    private static IResult? Authorize(HttpContext http, TokenService tokens)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return ErrorBody(401, "Authorization header is missing or not a Bearer token");
        }

        var client = tokens.ClientOfAccessToken(header[7..].Trim());
        if (client is null)
        {
            return ErrorBody(401, "Invalid or expired token");
        }

        http.Items["tokenClient"] = client;
        return client == "rhsm-api"
            ? null
            : ErrorBody(403, $"Tokens of the client '{client}' are not accepted by the RHSM API; use an rhsm-api offline token");
    }

    /// <summary>What include= may ask for on GET /systems/{uuid} (the spec's enum, case as listed).</summary>
    private static readonly string[] SystemIncludes = { "facts", "entitlements", "installedProducts" };

    /// <summary>The spec's ShowSystem: the listing's fields, plus facts, installedProducts and entitlementsAttached when included.</summary>
    private static Dictionary<string, object?> ToDetailWire(RhsmFamily state, SeededSystem s, string[] include)
    {
        var wire = new Dictionary<string, object?>
        {
            ["entitlementCount"] = s.EntitlementCount,
            ["entitlementStatus"] = s.EntitlementStatus,
            ["errataCounts"] = new { securityCount = s.Security, bugfixCount = s.Bugfix, enhancementCount = s.Enhancement },
            ["hostname"] = s.Hostname,
            ["href"] = $"/management/v1/systems/{s.Uuid}",
            ["lastCheckin"] = s.LastCheckin.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
            ["name"] = s.Name,
            ["type"] = s.Type,
            ["username"] = s.Username,
            ["uuid"] = s.Uuid,
        };
        var facts = SystemFacts.For(s);
        if (include.Contains("facts"))
        {
            wire["facts"] = facts.Select(f => new { key = f.Key, value = f.Value }).ToList();
            wire["factsCount"] = facts.Count;
        }

        if (include.Contains("installedProducts"))
        {
            var products = SystemFacts.InstalledProducts(s, facts);
            wire["installedProducts"] = products;
            wire["installedProductsCount"] = products.Count;
        }

        if (include.Contains("entitlements"))
        {
            var held = state.Subscriptions.OfSystem(s.Uuid);
            wire["entitlementsAttached"] = new
            {
                valid = true,
                value = held.Select(e =>
                {
                    var subscription = state.Subscriptions.FindSubscription(e.Pool.SubscriptionNumber);
                    return new
                    {
                        contractNumber = subscription?.ContractNumber,
                        endDate = subscription?.End.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                        entitlementQuantity = e.Quantity,
                        id = e.Id,
                        sku = subscription?.Product.Sku,
                        startDate = subscription?.Start.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                        subscriptionName = subscription?.Product.Name,
                    };
                }).ToList(),
            };
            wire["entitlementsAttachedCount"] = held.Count;
        }

        return wire;
    }

    internal static object ToWire(SeededSystem s) => new
    {
        entitlementCount = s.EntitlementCount,
        entitlementStatus = s.EntitlementStatus,
        errataCounts = new { securityCount = s.Security, bugfixCount = s.Bugfix, enhancementCount = s.Enhancement },
        hostname = s.Hostname,
        href = $"/management/v1/systems/{s.Uuid}",
        lastCheckin = s.LastCheckin.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
        name = s.Name,
        type = s.Type,
        username = s.Username,
        uuid = s.Uuid,
    };
}
