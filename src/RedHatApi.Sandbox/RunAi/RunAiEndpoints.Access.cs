using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>
/// Users (a bare array paged by offset and limit, default 500), roles (a bare array, not paged) and access rules
/// (<c>{totalRecords, displayRecords, accessRules}</c>, no next: the last page is short), with create and delete.
/// </summary>
public static partial class RunAiEndpoints
{
    private static readonly string[] SubjectTypes = { "user", "app", "service-account", "group" };
    private static readonly string[] ScopeTypes = { "system", "tenant", "cluster", "department", "project" };

    private static void MapAccess(RouteGroupBuilder api, RunAiFamily family)
    {
        api.MapGet("/users", (HttpContext ctx) =>
            Window(ctx, family, family.Store.Access().Users.Select(RunAiAccessJson.User), MaxLimit) is { } page
                ? Json(ctx, family, new JsonArray(page.Items.Select(i => (JsonNode)i).ToArray()))
                : BadPage(ctx, family));
        api.MapGet("/authorization/roles", (HttpContext ctx) =>
            Json(ctx, family, new JsonArray(family.Store.Access().Roles.Select(r => (JsonNode)RunAiAccessJson.Role(r)).ToArray())));
        api.MapGet("/authorization/access-rules", (HttpContext ctx) =>
        {
            var access = family.Store.Access();
            var rules = access.Rules(IsTrue(ctx, "includeDeleted")).Select(r => RunAiAccessJson.Rule(r, access));
            if (Window(ctx, family, rules, DefaultLimit) is not { } page)
            {
                return BadPage(ctx, family);
            }

            return Json(ctx, family, new JsonObject
            {
                ["totalRecords"] = page.Total,
                ["displayRecords"] = page.Items.Count,
                ["accessRules"] = new JsonArray(page.Items.Select(i => (JsonNode)i).ToArray()),
            });
        });
        api.MapGet("/authorization/access-rules/{accessRuleId}", (HttpContext ctx, string accessRuleId) =>
        {
            var access = family.Store.Access();
            var rule = int.TryParse(accessRuleId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? access.Rules(false).FirstOrDefault(r => r.Id == id) : null;
            return rule is null ? RuleNotFound(ctx, family, accessRuleId) : Json(ctx, family, RunAiAccessJson.Rule(rule, access));
        });
        api.MapPost("/authorization/access-rules", (Func<HttpContext, Task<IResult>>)(ctx => CreateRuleAsync(ctx, family)));
        api.MapDelete("/authorization/access-rules/{accessRuleId}", (HttpContext ctx, string accessRuleId) =>
            int.TryParse(accessRuleId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && family.Store.Access().Delete(id)
                ? Json(ctx, family, null, 204)
                : RuleNotFound(ctx, family, accessRuleId));
    }

    private static async Task<IResult> CreateRuleAsync(HttpContext ctx, RunAiFamily family)
    {
        var body = await BodyAsync(ctx);
        var subjectId = Text(body, "subjectId");
        var subjectType = Text(body, "subjectType");
        var scopeId = Text(body, "scopeId");
        var scopeType = Text(body, "scopeType");
        var roleId = body?["roleId"] is JsonValue r && r.TryGetValue<int>(out var number) ? number : (int?)null;
        if (string.IsNullOrEmpty(subjectId) || !SubjectTypes.Contains(subjectType) || !ScopeTypes.Contains(scopeType) || string.IsNullOrEmpty(scopeId) || roleId is null)
        {
            return Error(ctx, family, 400, "Bad Request", "subjectId, subjectType (user, app, service-account, group), roleId, scopeId and scopeType (system, tenant, cluster, department, project) are required.");
        }

        var access = family.Store.Access();
        if (access.Role(roleId.Value) is null)
        {
            return Error(ctx, family, 404, "Not Found", $"Role {roleId} not found.");
        }

        var scope = ScopeOf(family, scopeType!, scopeId!);
        if (scope is null)
        {
            return Error(ctx, family, 404, "Not Found", $"The {scopeType} {scopeId} was not found.");
        }

        var rule = access.Add(subjectId!, subjectType!, roleId.Value, scopeType!, scopeId!, scope.Value.Name, scope.Value.ClusterId);
        return Json(ctx, family, RunAiAccessJson.Rule(rule, access), 201);
    }

    // The name and cluster of a rule's scope, from the org-unit store; null when it does not exist.
    private static (string Name, Guid? ClusterId)? ScopeOf(RunAiFamily family, string scopeType, string scopeId)
    {
        var store = family.Store;
        lock (store.Gate)
        {
            return scopeType switch
            {
                "project" => store.Projects.FirstOrDefault(p => p.Id == scopeId) is { } p ? (p.Name, Guid.Parse(p.ClusterId)) : null,
                "department" => store.Departments.FirstOrDefault(d => d.Id == scopeId) is { } d ? (d.Name, Guid.Parse(d.ClusterId)) : null,
                "cluster" => store.Clusters.FirstOrDefault(c => c.Uuid == scopeId) is { } c ? (c.Name, Guid.Parse(c.Uuid)) : null,
                "tenant" or "system" => scopeId == RunAiStore.TenantId.ToString(CultureInfo.InvariantCulture) ? ("example", null) : null,
                _ => null,
            };
        }
    }

    /// <summary>
    /// filterBy, offset and limit over a list that is not answered with <c>next</c>: the items of the page and how
    /// many matched in all; null when offset or limit is out of range.
    /// </summary>
    private static (List<JsonObject> Items, int Total)? Window(HttpContext ctx, RunAiFamily family, IEnumerable<JsonObject> items, int defaultLimit)
    {
        _ = family;
        var query = ctx.Request.Query;
        if (!TryInt(query["offset"], 0, out var offset) || offset < 0 || !TryInt(query["limit"], defaultLimit, out var limit) || limit < 1 || limit > MaxLimit)
        {
            return null;
        }

        var selected = items;
        foreach (var term in query["filterBy"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (ParseFilter(term, null) is not { } filter)
            {
                return null;
            }

            selected = selected.Where(filter);
        }

        var all = selected.ToList();
        return (all.Skip(offset).Take(limit).ToList(), all.Count);
    }

    private static IResult BadPage(HttpContext ctx, RunAiFamily family) =>
        Error(ctx, family, 400, "Bad Request", $"offset must be 0 or more, limit between 1 and {MaxLimit}, and each filterBy <field><op><value>.");

    private static IResult RuleNotFound(HttpContext ctx, RunAiFamily family, string accessRuleId) =>
        Error(ctx, family, 404, "Not Found", $"Access rule {accessRuleId} not found.");

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
