using System;

namespace RedHatApi.Models.RunAi;

/// <summary>
/// One Run:ai access rule (GET /api/v1/authorization/access-rules): a role given to a subject (user, application,
/// service account or group) in a scope (tenant, cluster, department or project).
/// </summary>
public sealed class RunAiAccessRule
{
    internal RunAiAccessRule(int id, string subjectType, string subjectId, int roleId, string scopeType, string scopeId)
    {
        Id = id;
        SubjectType = subjectType;
        SubjectId = subjectId;
        RoleId = roleId;
        ScopeType = scopeType;
        ScopeId = scopeId;
    }

    /// <summary>The rule's id; Revoke-RunAiAccessRule -Id takes it from the pipeline.</summary>
    public int Id { get; }

    /// <summary>user, app, service-account or group.</summary>
    public string SubjectType { get; }

    /// <summary>The user name, application id or group name the role is given to.</summary>
    public string SubjectId { get; }

    /// <summary>The role's id.</summary>
    public int RoleId { get; }

    /// <summary>The role's name.</summary>
    public string? RoleName { get; init; }

    /// <summary>tenant, cluster, department or project (system for Run:ai's own rules).</summary>
    public string ScopeType { get; }

    /// <summary>The id of the tenant, cluster, department or project.</summary>
    public string ScopeId { get; }

    /// <summary>The scope's name.</summary>
    public string? ScopeName { get; init; }

    /// <summary>The cluster of a cluster, department or project scope.</summary>
    public Guid? ClusterId { get; init; }

    /// <summary>Creating, Ready, NotReady or Deleting: whether the cluster applied the rule.</summary>
    public string? Phase { get; init; }

    /// <summary>Who created the rule.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When the rule was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{RoleName ?? RoleId.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {SubjectType} {SubjectId} in {ScopeType} {ScopeName ?? ScopeId}";
}
