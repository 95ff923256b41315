using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of /allocations and what hangs off it.

/// <summary>
/// Allocation (list items), AllocationDetails (GET by UUID, attach, resize) and AllocationSummary (create) in one
/// shape: each response fills the fields its definition has and leaves the others null.
/// </summary>
internal sealed class RhsmAllocationWire
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("simpleContentAccess")]
    public string? SimpleContentAccess { get; set; }

    /// <summary>AllocationSummary only.</summary>
    [JsonPropertyName("contentAccessMode")]
    public string? ContentAccessMode { get; set; }

    /// <summary>Allocation (list) only.</summary>
    [JsonPropertyName("entitlementQuantity")]
    public int? EntitlementQuantity { get; set; }

    /// <summary>AllocationDetails and AllocationSummary.</summary>
    [JsonPropertyName("entitlementsAttachedQuantity")]
    public int? EntitlementsAttachedQuantity { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("createdBy")]
    public string? CreatedBy { get; set; }

    [JsonPropertyName("createdDate")]
    public string? CreatedDate { get; set; }

    [JsonPropertyName("lastModified")]
    public string? LastModified { get; set; }

    /// <summary>Only with include=entitlements (and in attach/resize answers).</summary>
    [JsonPropertyName("entitlementsAttached")]
    public RhsmEntitlementsAttachedWire? EntitlementsAttached { get; set; }
}

/// <summary>EntitlementsAttachedResponse: the value plus whether it could be read.</summary>
internal sealed class RhsmEntitlementsAttachedWire
{
    [JsonPropertyName("valid")]
    public bool? Valid { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("value")]
    public List<RhsmAttachedEntitlementWire>? Value { get; set; }
}

/// <summary>EntitlementsAttachedResponseValue.</summary>
internal sealed class RhsmAttachedEntitlementWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("subscriptionName")]
    public string? SubscriptionName { get; set; }

    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    [JsonPropertyName("contractNumber")]
    public string? ContractNumber { get; set; }

    [JsonPropertyName("entitlementQuantity")]
    public int? EntitlementQuantity { get; set; }

    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }
}

/// <summary>PoolDetail.</summary>
internal sealed class RhsmPoolWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("subscriptionName")]
    public string? SubscriptionName { get; set; }

    [JsonPropertyName("subscriptionNumber")]
    public string? SubscriptionNumber { get; set; }

    [JsonPropertyName("contractNumber")]
    public string? ContractNumber { get; set; }

    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    [JsonPropertyName("serviceLevel")]
    public string? ServiceLevel { get; set; }

    [JsonPropertyName("entitlementsAvailable")]
    public int? EntitlementsAvailable { get; set; }

    [JsonPropertyName("startDate")]
    public string? StartDate { get; set; }

    [JsonPropertyName("endDate")]
    public string? EndDate { get; set; }
}

/// <summary>AllocationVersion.</summary>
internal sealed class RhsmAllocationVersionWire
{
    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
