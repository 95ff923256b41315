using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>A system (consumer) registered to Red Hat Subscription Management.</summary>
public sealed class RhsmSystem
{
    internal RhsmSystem(
        Guid uuid, string name, string? hostname, string? type, string? username, DateTimeOffset? lastCheckin,
        string? entitlementStatus, int entitlementCount, int securityErrata, int bugfixErrata, int enhancementErrata, Uri? href,
        DateTimeOffset retrievedAt)
    {
        Uuid = uuid;
        Name = name;
        Hostname = hostname;
        Type = type;
        Username = username;
        LastCheckin = lastCheckin;
        EntitlementStatus = entitlementStatus;
        EntitlementCount = entitlementCount;
        SecurityErrataCount = securityErrata;
        BugfixErrataCount = bugfixErrata;
        EnhancementErrataCount = enhancementErrata;
        Href = href;
        RetrievedAt = retrievedAt;
    }

    /// <summary>The consumer UUID; binds to -Uuid of the other RHSM system cmdlets.</summary>
    public Guid Uuid { get; }

    /// <summary>The name the system registered with.</summary>
    public string Name { get; }

    /// <summary>The host name the system reported, when it did.</summary>
    public string? Hostname { get; }

    /// <summary>Physical, Virtual, Hypervisor...</summary>
    public string? Type { get; }

    /// <summary>The user that registered the system.</summary>
    public string? Username { get; }

    /// <summary>Last check-in with RHSM; null when it never checked in.</summary>
    public DateTimeOffset? LastCheckin { get; }

    /// <summary>valid, invalid, partial, unentitled...</summary>
    public string? EntitlementStatus { get; }

    /// <summary>Entitlements attached.</summary>
    public int EntitlementCount { get; }

    /// <summary>Applicable security errata.</summary>
    public int SecurityErrataCount { get; }

    /// <summary>Applicable bug fix errata.</summary>
    public int BugfixErrataCount { get; }

    /// <summary>Applicable enhancement errata.</summary>
    public int EnhancementErrataCount { get; }

    /// <summary>The API URL of this system.</summary>
    public Uri? Href { get; }

    /// <summary>When RedHatApi read this system from the API (provenance for CMDB records).</summary>
    public DateTimeOffset RetrievedAt { get; }

    /// <summary>Time since the last check-in, measured now; null when it never checked in.</summary>
    public TimeSpan? SinceLastCheckin => LastCheckin is { } at ? DateTimeOffset.UtcNow - at : null;

    /// <inheritdoc />
    public override string ToString() => Name;
}
