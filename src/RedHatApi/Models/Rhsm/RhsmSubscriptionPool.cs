namespace RedHatApi.Models.Rhsm;

/// <summary>A pool of a subscription: what systems draw entitlements from.</summary>
public sealed class RhsmSubscriptionPool
{
    internal RhsmSubscriptionPool(string subscriptionNumber, string poolId, string? type, int quantity, int consumed)
    {
        SubscriptionNumber = subscriptionNumber;
        PoolId = poolId;
        Type = type;
        Quantity = quantity;
        Consumed = consumed;
    }

    /// <summary>The subscription the pool belongs to.</summary>
    public string SubscriptionNumber { get; }

    /// <summary>The pool id; binds to -PoolId of Add-RhsmSystemEntitlement.</summary>
    public string PoolId { get; }

    /// <summary>NORMAL, ENTITLEMENT_DERIVED, BONUS...</summary>
    public string? Type { get; }

    /// <summary>Entitlements the pool holds.</summary>
    public int Quantity { get; }

    /// <summary>Entitlements attached to systems.</summary>
    public int Consumed { get; }

    /// <summary>Entitlements still free (never below zero).</summary>
    public int Available => Quantity > Consumed ? Quantity - Consumed : 0;

    /// <inheritdoc />
    public override string ToString() => PoolId;
}
