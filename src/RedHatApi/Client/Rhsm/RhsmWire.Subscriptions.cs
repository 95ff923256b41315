using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of /subscriptions, its per-subscription lists, and the entitlement routes under /systems/{uuid}.

/// <summary>The DetailResponse definition (one entry of GET /subscriptions).</summary>
internal sealed class RhsmSubscriptionWire
{
    [JsonPropertyName("subscriptionNumber")]
    public string? SubscriptionNumber { get; set; }

    [JsonPropertyName("subscriptionName")]
    public string? SubscriptionName { get; set; }

    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    [JsonPropertyName("contractNumber")]
    public string? ContractNumber { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }

    /// <summary>The spec types it as a string; a number is accepted too, so either shape reads.</summary>
    [JsonPropertyName("quantity")]
    public JsonElement Quantity { get; set; }

    [JsonPropertyName("pools")]
    public List<RhsmSubscriptionPoolWire>? Pools { get; set; }
}

/// <summary>The Pool definition (a pool inside a DetailResponse).</summary>
internal sealed class RhsmSubscriptionPoolWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("quantity")]
    public int? Quantity { get; set; }

    [JsonPropertyName("consumed")]
    public int? Consumed { get; set; }
}

/// <summary>The SubSystem definition.</summary>
internal sealed class RhsmSubSystemWire
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("systemName")]
    public string? SystemName { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("complianceStatus")]
    public string? ComplianceStatus { get; set; }

    [JsonPropertyName("details")]
    public string? Details { get; set; }

    [JsonPropertyName("lastCheckin")]
    public string? LastCheckin { get; set; }

    [JsonPropertyName("totalEntitlementQuantity")]
    public int? TotalEntitlementQuantity { get; set; }
}

/// <summary>The ContentSet definition.</summary>
internal sealed class RhsmContentSetWire
{
    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("arch")]
    public string? Arch { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }
}

/// <summary>The PoolDetail definition (one entry of GET /systems/{uuid}/pools).</summary>
internal sealed class RhsmPoolDetailWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("subscriptionName")]
    public string? SubscriptionName { get; set; }

    [JsonPropertyName("subscriptionNumber")]
    public string? SubscriptionNumber { get; set; }

    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    [JsonPropertyName("contractNumber")]
    public string? ContractNumber { get; set; }

    [JsonPropertyName("serviceLevel")]
    public string? ServiceLevel { get; set; }

    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }

    [JsonPropertyName("entitlementsAvailable")]
    public int? EntitlementsAvailable { get; set; }
}

/// <summary>The AttachEntitlement definition (the system after an attach), the fields RedHatApi reads.</summary>
internal sealed class RhsmAttachEntitlementWire
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("complianceStatus")]
    public string? ComplianceStatus { get; set; }

    [JsonPropertyName("entitlementStatus")]
    public string? EntitlementStatus { get; set; }

    [JsonPropertyName("entitlementsAttachedCount")]
    public int? EntitlementsAttachedCount { get; set; }

    [JsonPropertyName("entitlementsAttached")]
    public RhsmEntitlementsAttachedWire? EntitlementsAttached { get; set; }
}
