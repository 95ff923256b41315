using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>Entitlements of one subscription attached to a subscription allocation.</summary>
public sealed class RhsmAllocationEntitlement : RhsmEntitlementInfo
{
    internal RhsmAllocationEntitlement(
        Guid allocationUuid, string entitlementId, string? subscriptionName, string? sku, string? contractNumber, int quantity,
        DateTimeOffset? startDate, DateTimeOffset? endDate)
        : base(entitlementId, subscriptionName, sku, contractNumber, quantity, startDate, endDate)
    {
        AllocationUuid = allocationUuid;
    }

    /// <summary>The allocation the entitlement is attached to.</summary>
    public Guid AllocationUuid { get; }
}
