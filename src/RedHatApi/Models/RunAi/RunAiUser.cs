using System;
using System.Collections.Generic;

namespace RedHatApi.Models.RunAi;

/// <summary>One Run:ai user (GET /api/v1/users).</summary>
public sealed class RunAiUser
{
    internal RunAiUser(string id, string userName)
    {
        Id = id;
        UserName = userName;
    }

    /// <summary>The user's id in Run:ai (access rules name users by UserName, not by this id).</summary>
    public string Id { get; }

    /// <summary>The user's name (usually an e-mail address); access rules name users by it.</summary>
    public string UserName { get; }

    /// <summary>True for a user Run:ai keeps itself, false for one of an identity provider (SSO).</summary>
    public bool? IsLocal { get; init; }

    /// <summary>The identity provider's groups the user is in.</summary>
    public IReadOnlyList<string> Groups { get; init; } = Array.Empty<string>();

    /// <summary>Who created the user.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When the user was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the user last logged in (UTC), or null for never.</summary>
    public DateTimeOffset? LastLogin { get; init; }

    /// <inheritdoc />
    public override string ToString() => UserName;
}
