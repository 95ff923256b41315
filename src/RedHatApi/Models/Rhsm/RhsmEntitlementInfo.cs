using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>
/// What RHSM says of one attached entitlement (EntitlementsAttachedResponseValue), whoever holds it: a system or a
/// subscription allocation. The sealed types add the holder's UUID, so each pipes into its own Remove- cmdlet.
/// </summary>
public abstract class RhsmEntitlementInfo
{
    private protected RhsmEntitlementInfo(
        string entitlementId, string? subscriptionName, string? sku, string? contractNumber, int quantity,
        DateTimeOffset? startDate, DateTimeOffset? endDate)
    {
        EntitlementId = entitlementId;
        SubscriptionName = subscriptionName;
        Sku = sku;
        ContractNumber = contractNumber;
        Quantity = quantity;
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>The entitlement id; binds to -EntitlementId of the Remove- and Set- entitlement cmdlets.</summary>
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
