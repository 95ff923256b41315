using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>Users, roles and access rules as the Run:ai control plane answers them (User2, RoleV1, AccessRule).</summary>
public static class RunAiAccessJson
{
    public static JsonObject User(RunAiUserRecord user) => new()
    {
        ["id"] = user.Id,
        ["username"] = user.UserName,
        ["createdBy"] = "admin@example.com",
        ["createdAt"] = RunAiStore.Time(user.CreatedAt),
        ["updatedAt"] = RunAiStore.Time(user.CreatedAt),
        ["lastLogin"] = user.LastLogin is { } last ? RunAiStore.Time(last) : null,
        ["isLocal"] = user.IsLocal,
        ["groups"] = new JsonArray(user.Groups.Select(g => (JsonNode?)JsonValue.Create(g)).ToArray()),
    };

    public static JsonObject Role(RunAiRoleRecord role) => new()
    {
        ["id"] = role.Id,
        ["name"] = role.Name,
        ["description"] = role.Description,
        ["permissions"] = new JsonArray(role.Permissions.Select(p => (JsonNode?)new JsonObject
        {
            ["resourceType"] = p.Resource,
            ["displayName"] = p.Display,
            ["groupId"] = p.Group,
            ["actions"] = new JsonArray(p.Actions.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
        }).ToArray()),
        ["createdAt"] = "2026-01-01T00:00:00Z",
        ["updatedAt"] = "2026-01-01T00:00:00Z",
        ["createdBy"] = "system",
        ["custom"] = false,
        ["effectiveEnabled"] = true,
        ["enabled"] = true,
    };

    public static JsonObject Rule(RunAiAccessRuleRecord rule, RunAiAccessStore store)
    {
        var json = new JsonObject
        {
            ["id"] = rule.Id,
            ["subjectId"] = rule.SubjectId,
            ["subjectType"] = rule.SubjectType,
            ["roleId"] = rule.RoleId,
            ["roleName"] = store.Role(rule.RoleId)?.Name ?? "unknown",
            ["scopeId"] = rule.ScopeId,
            ["scopeType"] = rule.ScopeType,
            ["scopeName"] = rule.ScopeName,
            ["tenantId"] = RunAiStore.TenantId,
            ["createdAt"] = RunAiStore.Time(rule.CreatedAt),
            ["updatedAt"] = RunAiStore.Time(rule.CreatedAt),
            ["deletedAt"] = rule.DeletedAt is { } deleted ? RunAiStore.Time(deleted) : null,
            ["createdBy"] = rule.CreatedBy,
            ["status"] = new JsonObject { ["phase"] = rule.DeletedAt is null ? "Ready" : "Deleting" },
        };
        if (rule.ClusterId is { } cluster)
        {
            json["clusterId"] = cluster.ToString();
        }

        return json;
    }
}
