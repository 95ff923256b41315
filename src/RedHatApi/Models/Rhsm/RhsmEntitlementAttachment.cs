using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>What POST /systems/{uuid}/entitlements answered: the system after the attach and everything it holds.</summary>
public sealed class RhsmEntitlementAttachment
{
    internal RhsmEntitlementAttachment(
        Guid systemUuid, string? systemName, string poolId, int? quantity, string? complianceStatus, string? entitlementStatus,
        int entitlementsAttachedCount, IReadOnlyList<RhsmAttachedEntitlement> entitlements)
    {
        SystemUuid = systemUuid;
        SystemName = systemName;
        PoolId = poolId;
        Quantity = quantity;
        ComplianceStatus = complianceStatus;
        EntitlementStatus = entitlementStatus;
        EntitlementsAttachedCount = entitlementsAttachedCount;
        Entitlements = entitlements;
    }

    /// <summary>The system the pool was attached to.</summary>
    public Guid SystemUuid { get; }

    /// <summary>The system's name.</summary>
    public string? SystemName { get; }

    /// <summary>The pool that was attached.</summary>
    public string PoolId { get; }

    /// <summary>The quantity asked for; null when the API's default (1) applied.</summary>
    public int? Quantity { get; }

    /// <summary>The system's compliance after the attach.</summary>
    public string? ComplianceStatus { get; }

    /// <summary>The system's entitlement status after the attach.</summary>
    public string? EntitlementStatus { get; }

    /// <summary>Entitlements the system now holds.</summary>
    public int EntitlementsAttachedCount { get; }

    /// <summary>Every entitlement the system now holds (empty when the API could not list them).</summary>
    public IReadOnlyList<RhsmAttachedEntitlement> Entitlements { get; }

    /// <inheritdoc />
    public override string ToString() => SystemName ?? SystemUuid.ToString("D");
}
