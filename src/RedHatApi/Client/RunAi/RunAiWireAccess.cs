using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.RunAi;

// Wire types of users, roles and access rules (schemas User2, RoleV1, AccessRule, AccessRuleCreationFields).

/// <summary>One item of GET /api/v1/users (a bare array).</summary>
internal sealed class RunAiWireUser
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("username")]
    public string? UserName { get; set; }

    [JsonPropertyName("isLocal")]
    public bool? IsLocal { get; set; }

    [JsonPropertyName("groups")]
    public List<string>? Groups { get; set; }

    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("lastLogin")]
    public DateTimeOffset? LastLogin { get; set; }
}

/// <summary>One item of GET /api/v1/authorization/roles (a bare array, not paged).</summary>
internal sealed class RunAiWireRole
{
    [JsonPropertyName("id")]
    public int Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("custom")]
    public bool Custom { get; set; }

    [JsonPropertyName("effectiveEnabled")]
    public bool? EffectiveEnabled { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("permissions")]
    public List<RunAiWirePermission>? Permissions { get; set; }
}

/// <summary>One permission of a role: a resource type and the actions on it.</summary>
internal sealed class RunAiWirePermission
{
    [JsonPropertyName("resourceType")]
    public string? ResourceType { get; set; }

    [JsonPropertyName("actions")]
    public List<string>? Actions { get; set; }
}

/// <summary>One access rule, as listed and as POST answers it.</summary>
internal sealed class RunAiWireAccessRule
{
    [JsonPropertyName("id")]
    public int Id { get; set; }

    [JsonPropertyName("subjectId")]
    public string? SubjectId { get; set; }

    [JsonPropertyName("subjectType")]
    public string? SubjectType { get; set; }

    [JsonPropertyName("roleId")]
    public int RoleId { get; set; }

    [JsonPropertyName("roleName")]
    public string? RoleName { get; set; }

    [JsonPropertyName("scopeId")]
    public string? ScopeId { get; set; }

    [JsonPropertyName("scopeType")]
    public string? ScopeType { get; set; }

    [JsonPropertyName("scopeName")]
    public string? ScopeName { get; set; }

    [JsonPropertyName("clusterId")]
    public Guid? ClusterId { get; set; }

    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("status")]
    public RunAiWireAccessRuleStatus? Status { get; set; }
}

/// <summary>Whether the cluster applied a rule.</summary>
internal sealed class RunAiWireAccessRuleStatus
{
    [JsonPropertyName("phase")]
    public string? Phase { get; set; }
}

/// <summary>The body of POST /api/v1/authorization/access-rules (AccessRuleCreationFields).</summary>
internal sealed class RunAiWireAccessRuleCreation
{
    [JsonPropertyName("subjectId")]
    public string SubjectId { get; set; } = string.Empty;

    [JsonPropertyName("subjectType")]
    public string SubjectType { get; set; } = string.Empty;

    [JsonPropertyName("roleId")]
    public int RoleId { get; set; }

    [JsonPropertyName("scopeId")]
    public string ScopeId { get; set; } = string.Empty;

    [JsonPropertyName("scopeType")]
    public string ScopeType { get; set; } = string.Empty;

    [JsonPropertyName("clusterId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? ClusterId { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"role {RoleId} to {SubjectType} {SubjectId} in {ScopeType} {ScopeId}";
}
