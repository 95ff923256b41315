using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>Projects and departments: /api/v1/org-unit/projects and /departments, listed with <c>next</c>.</summary>
public static partial class RunAiEndpoints
{
    private static readonly IReadOnlyDictionary<string, string> ProjectAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["departmentId"] = "parentId",
    };

    private static void MapOrgUnits(RouteGroupBuilder api, RunAiFamily family)
    {
        foreach (var kind in new[] { UnitKind.Project, UnitKind.Department })
        {
            var path = "/org-unit/" + kind.Collection;
            api.MapGet(path, (HttpContext ctx) =>
            {
                var units = Snapshot(family, kind);
                return List(ctx, family, kind.Collection, units.Select(u => kind.Json(u)), withNext: true, kind.IsProject ? ProjectAliases : null);
            });
            api.MapGet(path + "/{id}", (HttpContext ctx, string id) =>
                Find(family, kind, id) is { } unit ? Json(ctx, family, kind.Json(unit)) : NotFound(ctx, family, kind, id));
            api.MapPost(path, (Func<HttpContext, Task<IResult>>)(ctx => CreateAsync(ctx, family, kind)));
            api.MapPut(path + "/{id}", (HttpContext ctx, string id) => UpdateAsync(ctx, family, kind, id));
            api.MapDelete(path + "/{id}", (HttpContext ctx, string id) =>
            {
                lock (family.Store.Gate)
                {
                    var unit = Find(family, kind, id);
                    if (unit is null)
                    {
                        return NotFound(ctx, family, kind, id);
                    }

                    if (!kind.IsProject && family.Store.Projects.Any(p => p.ParentId == unit.Id))
                    {
                        return Error(ctx, family, 400, "Bad Request", $"Department {unit.Name} still has projects; remove or move them first.");
                    }

                    Units(family, kind).Remove(unit);
                }

                return Json(ctx, family, null, 202);
            });
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext ctx, RunAiFamily family, UnitKind kind)
    {
        var body = await BodyAsync(ctx);
        var name = body?["name"]?.GetValue<string>();
        var clusterId = body?["clusterId"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(clusterId))
        {
            return Error(ctx, family, 400, "Bad Request", "name and clusterId are required.");
        }

        lock (family.Store.Gate)
        {
            var store = family.Store;
            if (store.Clusters.All(c => c.Uuid != clusterId))
            {
                return Error(ctx, family, 400, "Bad Request", $"Cluster {clusterId} does not exist.");
            }

            if (Units(family, kind).Any(u => u.ClusterId == clusterId && u.Name == name))
            {
                return Error(ctx, family, 409, "Conflict", $"A {kind.Noun} named {name} already exists in cluster {clusterId}.");
            }

            string? parentId = null;
            if (kind.IsProject)
            {
                parentId = body?["parentId"]?.GetValue<string>() ?? store.Departments.First(d => d.ClusterId == clusterId && d.Name == "default").Id;
                if (store.Departments.All(d => d.Id != parentId || d.ClusterId != clusterId))
                {
                    return Error(ctx, family, 400, "Bad Request", $"Department {parentId} does not exist in cluster {clusterId}.");
                }
            }

            var pool = store.NodePools.First(p => p.Cluster.Uuid == clusterId && p.IsDefault);
            var unit = store.NewUnit(name!, clusterId!, parentId, pool, 0);
            unit.Description = body?["description"]?.GetValue<string>() ?? string.Empty;
            if (ReadResources(store, clusterId!, body?["resources"] as JsonArray, unit.Resources, out var problem) is false)
            {
                return Error(ctx, family, 400, "Bad Request", problem!);
            }

            Units(family, kind).Add(unit);
            return Json(ctx, family, kind.Json(unit), 201);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext ctx, RunAiFamily family, UnitKind kind, string id)
    {
        var body = await BodyAsync(ctx);
        lock (family.Store.Gate)
        {
            var unit = Find(family, kind, id);
            if (unit is null)
            {
                return NotFound(ctx, family, kind, id);
            }

            if (body?["resources"] is not JsonArray resources)
            {
                return Error(ctx, family, 400, "Bad Request", "resources is required.");
            }

            var updated = new List<RunAiQuota>();
            if (!ReadResources(family.Store, unit.ClusterId, resources, updated, out var problem))
            {
                return Error(ctx, family, 400, "Bad Request", problem!);
            }

            unit.Resources = updated;
            if (body["description"]?.GetValue<string>() is { } description)
            {
                unit.Description = description;
            }

            unit.UpdatedAt = DateTimeOffset.UtcNow;
            unit.UpdatedBy = Caller(ctx).ClientId;
            return Json(ctx, family, kind.Json(unit));
        }
    }

    // resources: [{nodePool: {id, name}, gpu: {deserved, limit}, cpu: {deserved}, memory: {deserved}}]; an empty or
    // missing list keeps what the unit has. A node pool is found by id, else by name, in the unit's cluster.
    private static bool ReadResources(RunAiStore store, string clusterId, JsonArray? resources, List<RunAiQuota> into, out string? problem)
    {
        problem = null;
        if (resources is null || resources.Count == 0)
        {
            return true;
        }

        into.Clear();
        foreach (var entry in resources.OfType<JsonObject>())
        {
            var poolId = entry["nodePool"]?["id"]?.GetValue<string>();
            var poolName = entry["nodePool"]?["name"]?.GetValue<string>();
            var pool = store.NodePools.FirstOrDefault(p => p.Cluster.Uuid == clusterId && (poolId is not null ? p.Id == poolId : poolName is null ? p.IsDefault : p.Name == poolName));
            if (pool is null)
            {
                problem = $"Node pool {poolId ?? poolName} does not exist in cluster {clusterId}.";
                return false;
            }

            into.Add(new RunAiQuota
            {
                NodePoolId = pool.Id,
                NodePoolName = pool.Name,
                GpuDeserved = Number(entry["gpu"]?["deserved"]) ?? 0,
                GpuLimit = Number(entry["gpu"]?["limit"]),
                CpuDeserved = Number(entry["cpu"]?["deserved"]),
                MemoryDeserved = Number(entry["memory"]?["deserved"]),
            });
        }

        return true;
    }

    private static double? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    private static List<RunAiOrgUnit> Units(RunAiFamily family, UnitKind kind) => kind.IsProject ? family.Store.Projects : family.Store.Departments;

    private static List<RunAiOrgUnit> Snapshot(RunAiFamily family, UnitKind kind)
    {
        lock (family.Store.Gate)
        {
            return Units(family, kind).ToList();
        }
    }

    private static RunAiOrgUnit? Find(RunAiFamily family, UnitKind kind, string id)
    {
        lock (family.Store.Gate)
        {
            return Units(family, kind).FirstOrDefault(u => u.Id == id);
        }
    }

    private static IResult NotFound(HttpContext ctx, RunAiFamily family, UnitKind kind, string id) =>
        Error(ctx, family, 404, "Not Found", $"{kind.Noun} {id} not found.");

    private sealed record UnitKind(string Collection, string Noun, bool IsProject)
    {
        public static readonly UnitKind Project = new("projects", "Project", true);
        public static readonly UnitKind Department = new("departments", "Department", false);

        public JsonObject Json(RunAiOrgUnit unit) => IsProject ? unit.ProjectJson() : unit.DepartmentJson();
    }
}
