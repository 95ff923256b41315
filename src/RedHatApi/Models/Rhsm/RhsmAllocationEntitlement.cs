using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>Entitlements of one subscription attached to a subscription allocation.</summary>
public sealed class RhsmAllocationEntitlement
{
    internal RhsmAllocationEntitlement(
        Guid allocationUuid, string entitlementId, string? subscriptionName, string? sku, string? contractNumber, int quantity,
        DateTimeOffset? startDate, DateTimeOffset? endDate)
    {
        AllocationUuid = allocationUuid;
        EntitlementId = entitlementId;
        SubscriptionName = subscriptionName;
        Sku = sku;
        ContractNumber = contractNumber;
        Quantity = quantity;
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>The allocation the entitlement is attached to.</summary>
    public Guid AllocationUuid { get; }

    /// <summary>The entitlement id; binds to -EntitlementId of Set- and Remove-RhsmAllocationSubscription.</summary>
    public string EntitlementId { get; }

    /// <summary>The subscription (product) name.</summary>
    public string? SubscriptionName { get; }

    /// <summary>The product SKU, for example RH00004.</summary>
    public string? Sku { get; }

    /// <summary>The contract the subscription was bought under.</summary>
    public string? ContractNumber { get; }

    /// <summary>How many entitlements of the subscription are attached.</summary>
    public int Quantity { get; }

    /// <summary>When the subscription starts.</summary>
    public DateTimeOffset? StartDate { get; }

    /// <summary>When the subscription ends.</summary>
    public DateTimeOffset? EndDate { get; }

    /// <inheritdoc />
    public override string ToString() => EntitlementId;
}
