using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Wire shapes of a cluster's content: custom manifests, operators, install-config overrides, ignored validations,
// preflight requirements, pre-signed links, and the service-wide catalogues (support levels, versions, domains).

/// <summary>The manifest definition.</summary>
internal sealed class AssistedManifestWire
{
    [JsonPropertyName("folder")]
    public string? Folder { get; set; }

    [JsonPropertyName("file_name")]
    public string? FileName { get; set; }

    [JsonPropertyName("manifest_source")]
    public string? ManifestSource { get; set; }
}

/// <summary>POST /v2/clusters/{id}/manifests: create-manifest-params (content base64).</summary>
internal sealed class AssistedManifestCreateWire
{
    [JsonPropertyName("folder")]
    public string? Folder { get; set; }

    [JsonPropertyName("file_name")]
    public string? FileName { get; set; }

    [JsonPropertyName("content")]
    public string? Content { get; set; }
}

/// <summary>PATCH /v2/clusters/{id}/manifests: update-manifest-params; unset updated_* fields keep their value.</summary>
internal sealed class AssistedManifestUpdateWire
{
    [JsonPropertyName("folder")]
    public string? Folder { get; set; }

    [JsonPropertyName("file_name")]
    public string? FileName { get; set; }

    [JsonPropertyName("updated_folder")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UpdatedFolder { get; set; }

    [JsonPropertyName("updated_file_name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UpdatedFileName { get; set; }

    [JsonPropertyName("updated_content")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? UpdatedContent { get; set; }
}

/// <summary>The fields of a cluster that its content cmdlets read (GET /v2/clusters/{id}).</summary>
internal sealed class AssistedClusterContentWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("openshift_version")]
    public string? OpenShiftVersion { get; set; }

    [JsonPropertyName("cpu_architecture")]
    public string? CpuArchitecture { get; set; }

    [JsonPropertyName("platform")]
    public AssistedPlatformWire? Platform { get; set; }

    [JsonPropertyName("monitored_operators")]
    public List<AssistedMonitoredOperatorWire>? MonitoredOperators { get; set; }

    [JsonPropertyName("install_config_overrides")]
    public string? InstallConfigOverrides { get; set; }
}

/// <summary>The monitored-operator definition.</summary>
internal sealed class AssistedMonitoredOperatorWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("subscription_name")]
    public string? SubscriptionName { get; set; }

    [JsonPropertyName("operator_type")]
    public string? OperatorType { get; set; }

    [JsonPropertyName("properties")]
    public string? Properties { get; set; }

    [JsonPropertyName("timeout_seconds")]
    public long? TimeoutSeconds { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("status_info")]
    public string? StatusInfo { get; set; }

    [JsonPropertyName("status_updated_at")]
    public string? StatusUpdatedAt { get; set; }

    [JsonPropertyName("bundles")]
    public List<string>? Bundles { get; set; }
}

/// <summary>PATCH /v2/clusters/{id} with only olm_operators: the whole list of OLM operators the cluster is to have.</summary>
internal sealed class AssistedOlmOperatorsUpdateWire
{
    [JsonPropertyName("olm_operators")]
    public List<AssistedOperatorCreateWire> OlmOperators { get; set; } = new();
}

/// <summary>The operator-create-params definition.</summary>
internal sealed class AssistedOperatorCreateWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("properties")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Properties { get; set; }
}

/// <summary>The operator-property definition.</summary>
internal sealed class AssistedOperatorPropertyWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("data_type")]
    public string? DataType { get; set; }

    [JsonPropertyName("mandatory")]
    public bool? Mandatory { get; set; }

    [JsonPropertyName("options")]
    public List<string>? Options { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("default_value")]
    public string? DefaultValue { get; set; }
}

/// <summary>The bundle definition.</summary>
internal sealed class AssistedBundleWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("operators")]
    public List<string>? Operators { get; set; }

    [JsonPropertyName("optional_operators")]
    public List<string>? OptionalOperators { get; set; }
}

/// <summary>GET /v2/support-levels/features: {"features": {id: level}}.</summary>
internal sealed class AssistedFeatureLevelsWire
{
    [JsonPropertyName("features")]
    public Dictionary<string, string>? Features { get; set; }
}

/// <summary>GET /v2/support-levels/architectures: {"architectures": {id: level}}.</summary>
internal sealed class AssistedArchitectureLevelsWire
{
    [JsonPropertyName("architectures")]
    public Dictionary<string, string>? Architectures { get; set; }
}

/// <summary>GET /v2/support-levels/features/detailed.</summary>
internal sealed class AssistedDetailedFeaturesWire
{
    [JsonPropertyName("features")]
    public List<AssistedFeatureWire>? Features { get; set; }

    [JsonPropertyName("operators")]
    public List<AssistedFeatureWire>? Operators { get; set; }
}

/// <summary>The feature and operator definitions (an operator adds its name and dependencies).</summary>
internal sealed class AssistedFeatureWire
{
    [JsonPropertyName("feature-support-level-id")]
    public string? FeatureId { get; set; }

    [JsonPropertyName("support_level")]
    public string? SupportLevel { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("incompatibilities")]
    public List<string>? Incompatibilities { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("dependencies")]
    public List<string>? Dependencies { get; set; }
}

/// <summary>The ignored-validations definition: two JSON lists, each inside a string.</summary>
internal sealed class AssistedIgnoredValidationsWire
{
    [JsonPropertyName("cluster-validation-ids")]
    public string? ClusterValidationIds { get; set; }

    [JsonPropertyName("host-validation-ids")]
    public string? HostValidationIds { get; set; }
}

/// <summary>The preflight-hardware-requirements definition.</summary>
internal sealed class AssistedPreflightWire
{
    [JsonPropertyName("ocp")]
    public AssistedRoleRequirementsWire? Ocp { get; set; }

    [JsonPropertyName("operators")]
    public List<AssistedOperatorRequirementsWire>? Operators { get; set; }
}

/// <summary>The operator-hardware-requirements definition.</summary>
internal sealed class AssistedOperatorRequirementsWire
{
    [JsonPropertyName("operator_name")]
    public string? OperatorName { get; set; }

    [JsonPropertyName("dependencies")]
    public List<string>? Dependencies { get; set; }

    [JsonPropertyName("requirements")]
    public AssistedRoleRequirementsWire? Requirements { get; set; }
}

/// <summary>The host-type-hardware-requirements-wrapper definition.</summary>
internal sealed class AssistedRoleRequirementsWire
{
    [JsonPropertyName("master")]
    public AssistedHostRequirementsWire? Master { get; set; }

    [JsonPropertyName("worker")]
    public AssistedHostRequirementsWire? Worker { get; set; }
}

/// <summary>The host-type-hardware-requirements definition.</summary>
internal sealed class AssistedHostRequirementsWire
{
    [JsonPropertyName("quantitative")]
    public AssistedRequirementDetailsWire? Quantitative { get; set; }

    [JsonPropertyName("qualitative")]
    public List<string>? Qualitative { get; set; }
}

/// <summary>The cluster-host-requirements-details definition.</summary>
internal sealed class AssistedRequirementDetailsWire
{
    [JsonPropertyName("cpu_cores")]
    public long? CpuCores { get; set; }

    [JsonPropertyName("ram_mib")]
    public long? RamMib { get; set; }

    [JsonPropertyName("disk_size_gb")]
    public long? DiskSizeGb { get; set; }

    [JsonPropertyName("installation_disk_speed_threshold_ms")]
    public long? InstallationDiskSpeedThresholdMs { get; set; }

    [JsonPropertyName("network_latency_threshold_ms")]
    public double? NetworkLatencyThresholdMs { get; set; }

    [JsonPropertyName("packet_loss_percentage")]
    public double? PacketLossPercentage { get; set; }

    [JsonPropertyName("tpm_enabled_in_bios")]
    public bool? TpmEnabledInBios { get; set; }
}

/// <summary>The list-versions definition.</summary>
internal sealed class AssistedComponentVersionsWire
{
    [JsonPropertyName("versions")]
    public Dictionary<string, string>? Versions { get; set; }

    [JsonPropertyName("release_tag")]
    public string? ReleaseTag { get; set; }
}

/// <summary>The release-source definition.</summary>
internal sealed class AssistedReleaseSourceWire
{
    [JsonPropertyName("openshift_version")]
    public string? OpenShiftVersion { get; set; }

    [JsonPropertyName("multi_cpu_architectures")]
    public List<string>? MultiCpuArchitectures { get; set; }

    [JsonPropertyName("upgrade_channels")]
    public List<AssistedUpgradeChannelWire>? UpgradeChannels { get; set; }
}

/// <summary>The upgrade-channel definition.</summary>
internal sealed class AssistedUpgradeChannelWire
{
    [JsonPropertyName("cpu_architecture")]
    public string? CpuArchitecture { get; set; }

    [JsonPropertyName("channels")]
    public List<string>? Channels { get; set; }
}

/// <summary>The managed-domain definition.</summary>
internal sealed class AssistedManagedDomainWire
{
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("provider")]
    public string? Provider { get; set; }
}
