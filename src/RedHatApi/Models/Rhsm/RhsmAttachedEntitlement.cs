using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>One entitlement of a system as an attach answer lists it; pipe it to Remove-RhsmSystemEntitlement.</summary>
public sealed class RhsmAttachedEntitlement : RhsmEntitlementInfo
{
    internal RhsmAttachedEntitlement(
        Guid systemUuid, string entitlementId, string? subscriptionName, string? sku, string? contractNumber, int quantity,
        DateTimeOffset? startDate, DateTimeOffset? endDate)
        : base(entitlementId, subscriptionName, sku, contractNumber, quantity, startDate, endDate)
    {
        SystemUuid = systemUuid;
    }

    /// <summary>The system holding the entitlement.</summary>
    public Guid SystemUuid { get; }
}
