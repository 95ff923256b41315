using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>One user of the sandbox's Run:ai.</summary>
public sealed record RunAiUserRecord(string Id, string UserName, bool IsLocal, DateTimeOffset CreatedAt, DateTimeOffset? LastLogin, IReadOnlyList<string> Groups);

/// <summary>One role: its id, name and the (resource, actions) permissions it gives.</summary>
public sealed record RunAiRoleRecord(int Id, string Name, string Description, IReadOnlyList<(string Resource, string Group, string Display, string[] Actions)> Permissions);

/// <summary>One access rule: a role given to a subject in a scope.</summary>
public sealed class RunAiAccessRuleRecord
{
    public required int Id { get; init; }

    public required string SubjectId { get; init; }

    public required string SubjectType { get; init; }

    public required int RoleId { get; init; }

    public required string ScopeType { get; init; }

    public required string ScopeId { get; init; }

    public required string ScopeName { get; init; }

    public Guid? ClusterId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "admin@example.com";

    public DateTimeOffset? DeletedAt { get; set; }
}

/// <summary>
/// Users, roles and access rules of the sandbox's Run:ai. Users come back from GET /api/v1/users as a bare array;
/// access rules list in id order and end on a short page. Thread-safe.
/// </summary>
public sealed class RunAiAccessStore
{
    private static readonly string[] Crud = { "create", "read", "update", "delete" };
    private static readonly string[] Read = { "read" };
    private static readonly string[] MlTeam = { "ml-team" };
    private readonly object _gate = new();
    private readonly List<RunAiUserRecord> _users = new();
    private readonly List<RunAiAccessRuleRecord> _rules = new();
    private readonly DateTimeOffset _epoch = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private int _nextRule = 1;

    public RunAiAccessStore(int users, IReadOnlyList<RunAiWorkloadScope> projects)
    {
        Roles = new[]
        {
            Role(1, "System administrator", "Manages the tenant: users, access rules, clusters and settings.", ("tenant", "organization", "Tenant", Crud), ("users", "iam", "Users", Crud), ("access_rules", "iam", "Access rules", Crud), ("cluster", "physical-resource", "Clusters", Crud)),
            Role(2, "Department administrator", "Manages the projects, users and access of a department.", ("department", "organization", "Departments", Crud), ("project", "organization", "Projects", Crud), ("access_rules", "iam", "Access rules", Crud)),
            Role(3, "Editor", "Manages projects, departments and their quotas.", ("project", "organization", "Projects", Crud), ("department", "organization", "Departments", Crud), ("nodepools", "physical-resource", "Node pools", Read)),
            Role(4, "Research manager", "Manages the workloads of every researcher in the scope.", ("workloads", "workload", "Workloads", Crud), ("project", "organization", "Projects", Read)),
            Role(5, "L1 researcher", "Submits and manages workloads and workload assets.", ("workloads", "workload", "Workloads", Crud), ("environments", "workload-asset", "Environments", Crud)),
            Role(6, "L2 researcher", "Submits and manages workloads.", ("workloads", "workload", "Workloads", Crud)),
            Role(7, "ML engineer", "Deploys and manages inference workloads.", ("inferences", "workload", "Inferences", Crud)),
            Role(8, "Viewer", "Reads everything in the scope.", ("workloads", "workload", "Workloads", Read), ("project", "organization", "Projects", Read)),
        };

        for (var i = 1; i <= users; i++)
        {
            _users.Add(new RunAiUserRecord(
                $"5f3c{i:D4}-7a1e-4c2b-9d3f-0a1b2c3d{i:D4}",
                i == 1 ? "admin@example.com" : $"user{i:D3}@example.com",
                IsLocal: i % 4 != 0,
                _epoch.AddDays(i),
                i % 5 == 0 ? null : _epoch.AddDays(i + 30),
                i % 4 == 0 ? MlTeam : Array.Empty<string>()));
        }

        Add("admin@example.com", "user", 1, "tenant", RunAiStore.TenantId.ToString(System.Globalization.CultureInfo.InvariantCulture), "tenant", null);
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            Add($"user{(i % Math.Max(1, users - 1)) + 2:D3}@example.com", "user", 5, "project", p.ProjectId, p.ProjectName, p.ClusterId);
        }

        if (projects.Count > 0)
        {
            Add("ml-team", "group", 8, "department", projects[0].DepartmentId, projects[0].DepartmentName, projects[0].ClusterId);
        }
    }

    public IReadOnlyList<RunAiRoleRecord> Roles { get; }

    /// <summary>Adds <paramref name="count"/> local users (extraNNN@example.com), for paging tests.</summary>
    public IReadOnlyList<RunAiUserRecord> AddUsers(int count)
    {
        lock (_gate)
        {
            var added = new List<RunAiUserRecord>();
            for (var i = 0; i < count; i++)
            {
                var n = _users.Count + 1;
                var user = new RunAiUserRecord($"5f3c{n:D4}-7a1e-4c2b-9d3f-0a1b2c3d{n:D4}", $"extra{n:D4}@example.com", IsLocal: true, _epoch.AddDays(n), null, Array.Empty<string>());
                _users.Add(user);
                added.Add(user);
            }

            return added;
        }
    }

    public IReadOnlyList<RunAiUserRecord> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.ToList();
            }
        }
    }

    /// <summary>The rules not deleted (all of them with <paramref name="includeDeleted"/>), in id order.</summary>
    public IReadOnlyList<RunAiAccessRuleRecord> Rules(bool includeDeleted)
    {
        lock (_gate)
        {
            return _rules.Where(r => includeDeleted || r.DeletedAt is null).ToList();
        }
    }

    public RunAiRoleRecord? Role(int id) => Roles.FirstOrDefault(r => r.Id == id);

    public RunAiAccessRuleRecord Add(string subjectId, string subjectType, int roleId, string scopeType, string scopeId, string scopeName, Guid? clusterId)
    {
        lock (_gate)
        {
            var rule = new RunAiAccessRuleRecord
            {
                Id = _nextRule++,
                SubjectId = subjectId,
                SubjectType = subjectType,
                RoleId = roleId,
                ScopeType = scopeType,
                ScopeId = scopeId,
                ScopeName = scopeName,
                ClusterId = clusterId,
                CreatedAt = _epoch.AddHours(_nextRule),
            };
            _rules.Add(rule);
            return rule;
        }
    }

    /// <summary>Deletes a live rule; false when there is none with the id.</summary>
    public bool Delete(int id)
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Id == id && r.DeletedAt is null);
            if (rule is null)
            {
                return false;
            }

            rule.DeletedAt = DateTimeOffset.UtcNow;
            return true;
        }
    }

    private static RunAiRoleRecord Role(int id, string name, string description, params (string, string, string, string[])[] permissions) =>
        new(id, name, description, permissions);
}
