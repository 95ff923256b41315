using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Console;

// Wire shapes of the inventory API v1 (RedHatInsights/insights-host-inventory, swagger/openapi.json).

/// <summary><c>{total, count, page, per_page, results}</c>.</summary>
internal sealed class InventoryPageWire
{
    [JsonPropertyName("total")]
    public long Total { get; set; }

    [JsonPropertyName("count")]
    public int Count { get; set; }

    [JsonPropertyName("page")]
    public int Page { get; set; }

    [JsonPropertyName("per_page")]
    public int PerPage { get; set; }

    [JsonPropertyName("results")]
    public List<InventoryHostWire>? Results { get; set; }
}

/// <summary>HostOut.</summary>
internal sealed class InventoryHostWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("fqdn")]
    public string? Fqdn { get; set; }

    [JsonPropertyName("ansible_host")]
    public string? AnsibleHost { get; set; }

    [JsonPropertyName("subscription_manager_id")]
    public string? SubscriptionManagerId { get; set; }

    [JsonPropertyName("insights_id")]
    public string? InsightsId { get; set; }

    [JsonPropertyName("satellite_id")]
    public string? SatelliteId { get; set; }

    [JsonPropertyName("bios_uuid")]
    public string? BiosUuid { get; set; }

    [JsonPropertyName("mac_addresses")]
    public List<string>? MacAddresses { get; set; }

    [JsonPropertyName("ip_addresses")]
    public List<string>? IpAddresses { get; set; }

    [JsonPropertyName("provider_id")]
    public string? ProviderId { get; set; }

    [JsonPropertyName("provider_type")]
    public string? ProviderType { get; set; }

    [JsonPropertyName("org_id")]
    public string? OrgId { get; set; }

    [JsonPropertyName("reporter")]
    public string? Reporter { get; set; }

    [JsonPropertyName("per_reporter_staleness")]
    public Dictionary<string, ReporterStalenessWire>? PerReporterStaleness { get; set; }

    [JsonPropertyName("groups")]
    public List<InventoryGroupWire>? Groups { get; set; }

    [JsonPropertyName("created")]
    public string? Created { get; set; }

    [JsonPropertyName("updated")]
    public string? Updated { get; set; }

    [JsonPropertyName("last_check_in")]
    public string? LastCheckIn { get; set; }

    [JsonPropertyName("stale_timestamp")]
    public string? StaleTimestamp { get; set; }

    [JsonPropertyName("stale_warning_timestamp")]
    public string? StaleWarningTimestamp { get; set; }

    [JsonPropertyName("culled_timestamp")]
    public string? CulledTimestamp { get; set; }

    [JsonPropertyName("system_profile")]
    public Dictionary<string, JsonElement>? SystemProfile { get; set; }
}

/// <summary>One reporter's entry of per_reporter_staleness.</summary>
internal sealed class ReporterStalenessWire
{
    [JsonPropertyName("last_check_in")]
    public string? LastCheckIn { get; set; }

    [JsonPropertyName("stale_timestamp")]
    public string? StaleTimestamp { get; set; }
}

/// <summary>A group the host is in.</summary>
internal sealed class InventoryGroupWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
