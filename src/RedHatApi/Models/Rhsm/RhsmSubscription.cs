using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Models.Rhsm;

/// <summary>A subscription of the account (GET /subscriptions), with the pools it feeds.</summary>
public sealed class RhsmSubscription
{
    internal RhsmSubscription(
        string subscriptionNumber, string? subscriptionName, string? sku, string? contractNumber, string? status,
        DateTimeOffset? startDate, DateTimeOffset? endDate, long? quantity, IReadOnlyList<RhsmSubscriptionPool> pools)
    {
        SubscriptionNumber = subscriptionNumber;
        SubscriptionName = subscriptionName;
        Sku = sku;
        ContractNumber = contractNumber;
        Status = status;
        StartDate = startDate;
        EndDate = endDate;
        Quantity = quantity;
        Pools = pools;
    }

    /// <summary>The subscription number; binds to -SubscriptionNumber of the other subscription cmdlets.</summary>
    public string SubscriptionNumber { get; }

    /// <summary>Product name, for example Red Hat Enterprise Linux Server, Premium (Physical or Virtual Nodes).</summary>
    public string? SubscriptionName { get; }

    /// <summary>Stock keeping unit, for example RH00003.</summary>
    public string? Sku { get; }

    /// <summary>The contract the subscription belongs to.</summary>
    public string? ContractNumber { get; }

    /// <summary>Active, Expired, Future...</summary>
    public string? Status { get; }

    /// <summary>When the subscription starts.</summary>
    public DateTimeOffset? StartDate { get; }

    /// <summary>When the subscription ends.</summary>
    public DateTimeOffset? EndDate { get; }

    /// <summary>Quantity purchased; null when the API gave none it could read.</summary>
    public long? Quantity { get; }

    /// <summary>The pools the subscription feeds; attach one to a system with Add-RhsmSystemEntitlement.</summary>
    public IReadOnlyList<RhsmSubscriptionPool> Pools { get; }

    /// <summary>Quantity consumed across all pools.</summary>
    public long Consumed => Pools.Sum(p => (long)p.Consumed);

    /// <summary>Quantity still free across all pools.</summary>
    public long Available => Pools.Sum(p => (long)p.Available);

    /// <inheritdoc />
    public override string ToString() => SubscriptionNumber;
}
