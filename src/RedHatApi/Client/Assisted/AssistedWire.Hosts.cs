using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Wire shapes of the hosts, and of the inventory they carry as JSON inside a string.

/// <summary>The host definition (the fields the module reads).</summary>
internal sealed class AssistedHostWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("infra_env_id")]
    public string? InfraEnvId { get; set; }

    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("status_info")]
    public string? StatusInfo { get; set; }

    [JsonPropertyName("validations_info")]
    public string? ValidationsInfo { get; set; }

    [JsonPropertyName("inventory")]
    public string? Inventory { get; set; }

    [JsonPropertyName("requested_hostname")]
    public string? RequestedHostname { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("suggested_role")]
    public string? SuggestedRole { get; set; }

    [JsonPropertyName("bootstrap")]
    public bool? Bootstrap { get; set; }

    [JsonPropertyName("installation_disk_path")]
    public string? InstallationDiskPath { get; set; }

    [JsonPropertyName("installation_disk_id")]
    public string? InstallationDiskId { get; set; }

    [JsonPropertyName("machine_config_pool_name")]
    public string? MachineConfigPoolName { get; set; }

    // A JSON array inside a string, like inventory.
    [JsonPropertyName("installer_args")]
    public string? InstallerArgs { get; set; }

    [JsonPropertyName("progress")]
    public AssistedHostProgressWire? Progress { get; set; }

    [JsonPropertyName("discovery_agent_version")]
    public string? DiscoveryAgentVersion { get; set; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    [JsonPropertyName("checked_in_at")]
    public string? CheckedInAt { get; set; }
}

/// <summary>The host-progress-info definition.</summary>
internal sealed class AssistedHostProgressWire
{
    [JsonPropertyName("current_stage")]
    public string? CurrentStage { get; set; }

    [JsonPropertyName("installation_percentage")]
    public int? InstallationPercentage { get; set; }
}

/// <summary>The inventory definition (inside the host's inventory string).</summary>
internal sealed class AssistedInventoryWire
{
    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    [JsonPropertyName("cpu")]
    public AssistedCpuWire? Cpu { get; set; }

    [JsonPropertyName("memory")]
    public AssistedMemoryWire? Memory { get; set; }

    [JsonPropertyName("disks")]
    public List<AssistedDiskWire>? Disks { get; set; }

    [JsonPropertyName("interfaces")]
    public List<AssistedInterfaceWire>? Interfaces { get; set; }

    [JsonPropertyName("system_vendor")]
    public AssistedSystemVendorWire? SystemVendor { get; set; }
}

internal sealed class AssistedCpuWire
{
    [JsonPropertyName("count")]
    public int? Count { get; set; }

    [JsonPropertyName("model_name")]
    public string? ModelName { get; set; }

    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }
}

internal sealed class AssistedMemoryWire
{
    [JsonPropertyName("physical_bytes")]
    public long? PhysicalBytes { get; set; }
}

internal sealed class AssistedDiskWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("size_bytes")]
    public long? SizeBytes { get; set; }

    [JsonPropertyName("drive_type")]
    public string? DriveType { get; set; }

    [JsonPropertyName("installation_eligibility")]
    public AssistedDiskEligibilityWire? InstallationEligibility { get; set; }
}

internal sealed class AssistedDiskEligibilityWire
{
    [JsonPropertyName("eligible")]
    public bool? Eligible { get; set; }

    [JsonPropertyName("not_eligible_reasons")]
    public List<string>? NotEligibleReasons { get; set; }
}

internal sealed class AssistedInterfaceWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("mac_address")]
    public string? MacAddress { get; set; }

    [JsonPropertyName("ipv4_addresses")]
    public List<string>? Ipv4Addresses { get; set; }

    [JsonPropertyName("ipv6_addresses")]
    public List<string>? Ipv6Addresses { get; set; }

    [JsonPropertyName("speed_mbps")]
    public int? SpeedMbps { get; set; }

    [JsonPropertyName("has_carrier")]
    public bool? HasCarrier { get; set; }
}

internal sealed class AssistedSystemVendorWire
{
    [JsonPropertyName("manufacturer")]
    public string? Manufacturer { get; set; }

    [JsonPropertyName("product_name")]
    public string? ProductName { get; set; }

    [JsonPropertyName("virtual")]
    public bool? Virtual { get; set; }
}
