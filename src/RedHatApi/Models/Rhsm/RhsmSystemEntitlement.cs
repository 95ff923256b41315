using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>
/// An entitlement a system holds, as GET /systems/{uuid}/pools lists it: the pool's subscription and what is left
/// in it. Pipe it to Remove-RhsmSystemEntitlement to detach it.
/// </summary>
public sealed class RhsmSystemEntitlement
{
    internal RhsmSystemEntitlement(
        Guid systemUuid, string entitlementId, string? subscriptionNumber, string? subscriptionName, string? sku,
        string? contractNumber, string? serviceLevel, DateTimeOffset? startDate, DateTimeOffset? endDate, int? entitlementsAvailable)
    {
        SystemUuid = systemUuid;
        EntitlementId = entitlementId;
        SubscriptionNumber = subscriptionNumber;
        SubscriptionName = subscriptionName;
        Sku = sku;
        ContractNumber = contractNumber;
        ServiceLevel = serviceLevel;
        StartDate = startDate;
        EndDate = endDate;
        EntitlementsAvailable = entitlementsAvailable;
    }

    /// <summary>The system holding the entitlement.</summary>
    public Guid SystemUuid { get; }

    /// <summary>The listing's <c>id</c>: the id DELETE /systems/{uuid}/{EntitlementID} takes.</summary>
    public string EntitlementId { get; }

    /// <summary>The subscription the pool belongs to; binds to -SubscriptionNumber.</summary>
    public string? SubscriptionNumber { get; }

    /// <summary>Product name of the subscription.</summary>
    public string? SubscriptionName { get; }

    /// <summary>Stock keeping unit.</summary>
    public string? Sku { get; }

    /// <summary>The contract of the subscription.</summary>
    public string? ContractNumber { get; }

    /// <summary>Premium, Standard, Self-Support...</summary>
    public string? ServiceLevel { get; }

    /// <summary>When the subscription starts.</summary>
    public DateTimeOffset? StartDate { get; }

    /// <summary>When the subscription ends.</summary>
    public DateTimeOffset? EndDate { get; }

    /// <summary>Entitlements still free in the pool.</summary>
    public int? EntitlementsAvailable { get; }

    /// <inheritdoc />
    public override string ToString() => EntitlementId;
}
