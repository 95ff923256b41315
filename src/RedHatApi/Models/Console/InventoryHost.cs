using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Console;

/// <summary>
/// A host of the console.redhat.com inventory (Insights host-based inventory): the ids every other source knows it
/// by (RHSM's UUID, the Insights id, the Satellite id, BIOS UUID, MAC addresses), when it last checked in and with
/// which reporters, and how stale the inventory considers it.
/// </summary>
public sealed class InventoryHost
{
    internal InventoryHost(Guid id, string displayName)
    {
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>The inventory id; binds to -Id of Remove-RedHatInventoryHost.</summary>
    public Guid Id { get; }

    /// <summary>The name the console shows.</summary>
    public string DisplayName { get; }

    /// <summary>The fully qualified domain name the host reported.</summary>
    public string? Fqdn { get; internal init; }

    /// <summary>The RHSM system (consumer) UUID; joins the host to Get-RhsmSystem's Uuid.</summary>
    public Guid? SubscriptionManagerId { get; internal init; }

    /// <summary>The insights-client machine id.</summary>
    public Guid? InsightsId { get; internal init; }

    /// <summary>The Satellite host id, for hosts a Satellite reports.</summary>
    public string? SatelliteId { get; internal init; }

    /// <summary>The BIOS (SMBIOS) UUID.</summary>
    public string? BiosUuid { get; internal init; }

    /// <summary>The host name Ansible uses, when set.</summary>
    public string? AnsibleHost { get; internal init; }

    /// <summary>The MAC addresses the host reported, lower case with colons.</summary>
    public IReadOnlyList<string> MacAddresses { get; internal init; } = Array.Empty<string>();

    /// <summary>The IP addresses the host reported.</summary>
    public IReadOnlyList<string> IpAddresses { get; internal init; } = Array.Empty<string>();

    /// <summary>The cloud provider's instance id (aws, azure, gcp, ibm...), when any.</summary>
    public string? ProviderId { get; internal init; }

    /// <summary>The cloud provider (aws, azure, gcp, ibm, alibaba).</summary>
    public string? ProviderType { get; internal init; }

    /// <summary>The organization the host belongs to.</summary>
    public string? OrgId { get; internal init; }

    /// <summary>The reporter of the last update (puptoo, rhsm-conduit, yupana, satellite, discovery...).</summary>
    public string? Reporter { get; internal init; }

    /// <summary>Every reporter that has seen the host (the keys of per_reporter_staleness).</summary>
    public IReadOnlyList<string> Reporters { get; internal init; } = Array.Empty<string>();

    /// <summary>The inventory groups the host is in.</summary>
    public IReadOnlyList<string> Groups { get; internal init; } = Array.Empty<string>();

    /// <summary>When the host entered the inventory.</summary>
    public DateTimeOffset? Created { get; internal init; }

    /// <summary>When the inventory record last changed.</summary>
    public DateTimeOffset? Updated { get; internal init; }

    /// <summary>The last check-in of any reporter (last_check_in, else the latest per-reporter check-in, else Updated).</summary>
    public DateTimeOffset? LastCheckIn { get; internal init; }

    /// <summary>When the host becomes stale.</summary>
    public DateTimeOffset? StaleTimestamp { get; internal init; }

    /// <summary>When a stale host turns stale_warning.</summary>
    public DateTimeOffset? StaleWarningTimestamp { get; internal init; }

    /// <summary>When the inventory deletes the host (culled).</summary>
    public DateTimeOffset? CulledTimestamp { get; internal init; }

    /// <summary>fresh, stale or stale_warning, read from the timestamps when the host was retrieved (unknown without them).</summary>
    public string Staleness { get; internal init; } = "unknown";

    /// <summary>The system profile fields asked for with -SystemProfileField, by name.</summary>
    public IReadOnlyDictionary<string, object?> SystemProfile { get; internal init; } = new Dictionary<string, object?>();

    /// <summary>When RedHatApi read this host (provenance for CMDB records).</summary>
    public DateTimeOffset RetrievedAt { get; internal init; }

    /// <summary>Time since the last check-in, measured now; null when unknown.</summary>
    public TimeSpan? SinceLastCheckIn => LastCheckIn is { } at ? DateTimeOffset.UtcNow - at : null;

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
