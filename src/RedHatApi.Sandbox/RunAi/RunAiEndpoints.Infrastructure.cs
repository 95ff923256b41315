using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>Clusters (a bare array), nodes and node pools (pages that end short).</summary>
public static partial class RunAiEndpoints
{
    private static readonly IReadOnlyDictionary<string, string> NodePoolAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["clusterUuid"] = "clusterId",
    };

    private static void MapInfrastructure(RouteGroupBuilder api, RunAiFamily family)
    {
        api.MapGet("/clusters", (HttpContext ctx) =>
            Json(ctx, family, new JsonArray(family.Store.Clusters.Select(c => (JsonNode)c.ToJson()).ToArray())));
        api.MapGet("/clusters/{clusterUuid}", (HttpContext ctx, string clusterUuid) =>
            family.Store.Clusters.FirstOrDefault(c => c.Uuid == clusterUuid) is { } cluster
                ? Json(ctx, family, cluster.ToJson())
                : Error(ctx, family, 404, "Not Found", $"Cluster {clusterUuid} not found."));
        api.MapGet("/nodes", (HttpContext ctx) => List(ctx, family, "nodes", family.Store.Nodes.Select(n => n.ToJson()), withNext: false));
        api.MapGet("/clusters/{clusterUuid}/nodes", (HttpContext ctx, string clusterUuid) =>
            family.Store.Clusters.Any(c => c.Uuid == clusterUuid)
                ? List(ctx, family, "nodes", family.Store.Nodes.Where(n => n.Cluster.Uuid == clusterUuid).Select(n => n.ToJson()), withNext: false)
                : Error(ctx, family, 404, "Not Found", $"Cluster {clusterUuid} not found."));
        api.MapGet("/node-pools", (HttpContext ctx) =>
            List(ctx, family, "nodepools", family.Store.NodePools.Select(p => p.ToJson()), withNext: false, NodePoolAliases));
    }
}
