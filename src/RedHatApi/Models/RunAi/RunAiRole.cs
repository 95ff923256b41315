using System;
using System.Collections.Generic;

namespace RedHatApi.Models.RunAi;

/// <summary>One Run:ai role (GET /api/v1/authorization/roles): a named set of permissions an access rule gives.</summary>
public sealed class RunAiRole
{
    internal RunAiRole(int id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The role's numeric id, as access rules carry it.</summary>
    public int Id { get; }

    /// <summary>The role's name (Researcher, Editor, System administrator...); -Role of Grant-RunAiAccessRule takes it.</summary>
    public string Name { get; }

    /// <summary>What the role is for.</summary>
    public string? Description { get; init; }

    /// <summary>True for a role the tenant defined, false for one Run:ai ships.</summary>
    public bool Custom { get; init; }

    /// <summary>False when the role is switched off for the tenant.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The permissions, as "resource: action, action" lines (workloads: create, read, delete...).</summary>
    public IReadOnlyList<string> Permissions { get; init; } = Array.Empty<string>();

    /// <summary>When the role was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
