using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>A subscription pool a subscription allocation can take entitlements from.</summary>
public sealed class RhsmAllocationPool
{
    internal RhsmAllocationPool(
        Guid allocationUuid, string poolId, string? subscriptionName, string? subscriptionNumber, string? contractNumber,
        string? sku, string? serviceLevel, int entitlementsAvailable, DateTimeOffset? startDate, DateTimeOffset? endDate)
    {
        AllocationUuid = allocationUuid;
        PoolId = poolId;
        SubscriptionName = subscriptionName;
        SubscriptionNumber = subscriptionNumber;
        ContractNumber = contractNumber;
        Sku = sku;
        ServiceLevel = serviceLevel;
        EntitlementsAvailable = entitlementsAvailable;
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>The allocation the pool was listed for; binds to -AllocationUuid of Add-RhsmAllocationSubscription.</summary>
    public Guid AllocationUuid { get; }

    /// <summary>The pool id; binds to -PoolId of Add-RhsmAllocationSubscription.</summary>
    public string PoolId { get; }

    /// <summary>The subscription (product) name.</summary>
    public string? SubscriptionName { get; }

    /// <summary>The subscription number.</summary>
    public string? SubscriptionNumber { get; }

    /// <summary>The contract the subscription was bought under.</summary>
    public string? ContractNumber { get; }

    /// <summary>The product SKU, for example RH00004.</summary>
    public string? Sku { get; }

    /// <summary>Premium, Standard, Self-Support...</summary>
    public string? ServiceLevel { get; }

    /// <summary>Entitlements still free to attach.</summary>
    public int EntitlementsAvailable { get; }

    /// <summary>When the subscription starts; later than now for future-dated pools.</summary>
    public DateTimeOffset? StartDate { get; }

    /// <summary>When the subscription ends.</summary>
    public DateTimeOffset? EndDate { get; }

    /// <inheritdoc />
    public override string ToString() => PoolId;
}
