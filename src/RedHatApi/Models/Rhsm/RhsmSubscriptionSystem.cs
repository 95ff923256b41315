using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>A system consuming a subscription (GET /subscriptions/{number}/systems).</summary>
public sealed class RhsmSubscriptionSystem
{
    internal RhsmSubscriptionSystem(
        string subscriptionNumber, Guid uuid, string? systemName, string? type, string? complianceStatus, string? details,
        DateTimeOffset? lastCheckin, int totalEntitlementQuantity)
    {
        SubscriptionNumber = subscriptionNumber;
        Uuid = uuid;
        SystemName = systemName;
        Type = type;
        ComplianceStatus = complianceStatus;
        Details = details;
        LastCheckin = lastCheckin;
        TotalEntitlementQuantity = totalEntitlementQuantity;
    }

    /// <summary>The subscription the system consumes.</summary>
    public string SubscriptionNumber { get; }

    /// <summary>The consumer UUID; binds to -Uuid of the RHSM system cmdlets.</summary>
    public Guid Uuid { get; }

    /// <summary>The name the system registered with.</summary>
    public string? SystemName { get; }

    /// <summary>Physical, Virtual, Hypervisor...</summary>
    public string? Type { get; }

    /// <summary>valid, partial, invalid...</summary>
    public string? ComplianceStatus { get; }

    /// <summary>Why the system is not fully compliant, when it is not.</summary>
    public string? Details { get; }

    /// <summary>Last check-in with RHSM.</summary>
    public DateTimeOffset? LastCheckin { get; }

    /// <summary>Entitlements the system holds from this subscription's pools.</summary>
    public int TotalEntitlementQuantity { get; }

    /// <inheritdoc />
    public override string ToString() => SystemName ?? Uuid.ToString("D");
}
