using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>A subscription allocation: the entitlements a Satellite or SAM server imports as its manifest.</summary>
public sealed class RhsmAllocation
{
    internal RhsmAllocation(
        Guid uuid, string name, string? type, string? version, string? simpleContentAccess, string? contentAccessMode,
        int entitlementQuantity, string? createdBy, DateTimeOffset? createdDate, DateTimeOffset? lastModified, Uri? url,
        IReadOnlyList<RhsmAllocationEntitlement>? entitlements)
    {
        Uuid = uuid;
        Name = name;
        Type = type;
        Version = version;
        SimpleContentAccess = simpleContentAccess;
        ContentAccessMode = contentAccessMode;
        EntitlementQuantity = entitlementQuantity;
        CreatedBy = createdBy;
        CreatedDate = createdDate;
        LastModified = lastModified;
        Url = url;
        Entitlements = entitlements;
    }

    /// <summary>The allocation UUID; binds to -Uuid and -AllocationUuid of the other allocation cmdlets.</summary>
    public Guid Uuid { get; }

    /// <summary>The allocation name.</summary>
    public string Name { get; }

    /// <summary>Satellite or SAM.</summary>
    public string? Type { get; }

    /// <summary>The Satellite or SAM version the manifest is for, for example 6.16.</summary>
    public string? Version { get; }

    /// <summary>enabled or disabled; not in the answer of New-RhsmAllocation, which gives ContentAccessMode instead.</summary>
    public string? SimpleContentAccess { get; }

    /// <summary>org_environment (simple content access) or entitlement; only in the answer of New-RhsmAllocation.</summary>
    public string? ContentAccessMode { get; }

    /// <summary>Entitlements attached, summed over all its subscriptions.</summary>
    public int EntitlementQuantity { get; }

    /// <summary>The user that created the allocation; not in listings.</summary>
    public string? CreatedBy { get; }

    /// <summary>When the allocation was created; not in listings.</summary>
    public DateTimeOffset? CreatedDate { get; }

    /// <summary>When the allocation last changed; not in listings.</summary>
    public DateTimeOffset? LastModified { get; }

    /// <summary>The allocation's page on the Customer Portal; only in listings.</summary>
    public Uri? Url { get; }

    /// <summary>The attached entitlements when got by UUID; null in listings, which do not carry them.</summary>
    public IReadOnlyList<RhsmAllocationEntitlement>? Entitlements { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
