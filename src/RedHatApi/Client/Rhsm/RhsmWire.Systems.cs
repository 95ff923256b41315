using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of /systems and its per-system lists.

/// <summary>The System definition.</summary>
internal sealed class RhsmSystemWire
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("lastCheckin")]
    public string? LastCheckin { get; set; }

    [JsonPropertyName("entitlementStatus")]
    public string? EntitlementStatus { get; set; }

    [JsonPropertyName("entitlementCount")]
    public int? EntitlementCount { get; set; }

    [JsonPropertyName("errataCounts")]
    public RhsmErrataCountWire? ErrataCounts { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }

    /// <summary>With include=facts: the spec's Facts, a list of key/value pairs (an object of them is read too).</summary>
    [JsonPropertyName("facts")]
    public System.Text.Json.JsonElement? Facts { get; set; }

    [JsonPropertyName("installedProducts")]
    public List<RhsmInstalledProductWire>? InstalledProducts { get; set; }

    [JsonPropertyName("entitlementsAttached")]
    public RhsmEntitlementsAttachedWire? EntitlementsAttached { get; set; }
}

/// <summary>The InstalledProducts definition.</summary>
internal sealed class RhsmInstalledProductWire
{
    [JsonPropertyName("productID")]
    public string? ProductId { get; set; }

    [JsonPropertyName("productName")]
    public string? ProductName { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("arch")]
    public string? Arch { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }
}

/// <summary>The ErrataCount definition.</summary>
internal sealed class RhsmErrataCountWire
{
    [JsonPropertyName("securityCount")]
    public int SecurityCount { get; set; }

    [JsonPropertyName("bugfixCount")]
    public int BugfixCount { get; set; }

    [JsonPropertyName("enhancementCount")]
    public int EnhancementCount { get; set; }
}

/// <summary>The ErratumForSystem definition.</summary>
internal sealed class RhsmErratumWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    [JsonPropertyName("synopsis")]
    public string? Synopsis { get; set; }

    [JsonPropertyName("published")]
    public string? Published { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }
}

/// <summary>The PackageForSystem definition.</summary>
internal sealed class RhsmPackageWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("epoch")]
    public int? Epoch { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("release")]
    public string? Release { get; set; }

    [JsonPropertyName("arch")]
    public string? Arch { get; set; }

    [JsonPropertyName("errataCount")]
    public int? ErrataCount { get; set; }

    [JsonPropertyName("advisories")]
    public List<RhsmAdvisoryRefWire>? Advisories { get; set; }
}

/// <summary>An advisory reference inside PackageForSystem.</summary>
internal sealed class RhsmAdvisoryRefWire
{
    [JsonPropertyName("advisory")]
    public string? Advisory { get; set; }
}
