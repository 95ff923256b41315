using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>One entitlement of a system as an attach answer lists it; pipe it to Remove-RhsmSystemEntitlement.</summary>
public sealed class RhsmAttachedEntitlement
{
    internal RhsmAttachedEntitlement(
        Guid systemUuid, string entitlementId, string? subscriptionName, string? sku, string? contractNumber, int quantity,
        DateTimeOffset? startDate, DateTimeOffset? endDate)
    {
        SystemUuid = systemUuid;
        EntitlementId = entitlementId;
        SubscriptionName = subscriptionName;
        Sku = sku;
        ContractNumber = contractNumber;
        Quantity = quantity;
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>The system holding the entitlement.</summary>
    public Guid SystemUuid { get; }

    /// <summary>The entitlement id.</summary>
    public string EntitlementId { get; }

    /// <summary>Product name of the subscription.</summary>
    public string? SubscriptionName { get; }

    /// <summary>Stock keeping unit.</summary>
    public string? Sku { get; }

    /// <summary>The contract of the subscription.</summary>
    public string? ContractNumber { get; }

    /// <summary>Quantity the entitlement consumes.</summary>
    public int Quantity { get; }

    /// <summary>When the subscription starts.</summary>
    public DateTimeOffset? StartDate { get; }

    /// <summary>When the subscription ends.</summary>
    public DateTimeOffset? EndDate { get; }

    /// <inheritdoc />
    public override string ToString() => EntitlementId;
}
