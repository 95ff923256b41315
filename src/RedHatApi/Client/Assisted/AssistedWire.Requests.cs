using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Request bodies the module sends. A null property is left out, so the service applies its own default.

/// <summary>POST /v2/clusters: v2-cluster-create-params (the fields New-AssistedCluster sets).</summary>
internal sealed class AssistedClusterCreateWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("openshift_version")]
    public string? OpenShiftVersion { get; set; }

    /// <summary>A secret: the request's ToString and -WhatIf never show the body.</summary>
    [JsonPropertyName("pull_secret")]
    public string? PullSecret { get; set; }

    [JsonPropertyName("base_dns_domain")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BaseDnsDomain { get; set; }

    [JsonPropertyName("cpu_architecture")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CpuArchitecture { get; set; }

    [JsonPropertyName("control_plane_count")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ControlPlaneCount { get; set; }

    [JsonPropertyName("ssh_public_key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SshPublicKey { get; set; }
}

/// <summary>POST /v2/infra-envs: infra-env-create-params (the fields New-AssistedInfraEnv sets).</summary>
internal sealed class AssistedInfraEnvCreateWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>A secret: the request's ToString and -WhatIf never show the body.</summary>
    [JsonPropertyName("pull_secret")]
    public string? PullSecret { get; set; }

    [JsonPropertyName("cluster_id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClusterId { get; set; }

    [JsonPropertyName("image_type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ImageType { get; set; }

    [JsonPropertyName("ssh_authorized_key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SshAuthorizedKey { get; set; }

    [JsonPropertyName("cpu_architecture")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CpuArchitecture { get; set; }

    [JsonPropertyName("openshift_version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OpenShiftVersion { get; set; }
}

/// <summary>
/// PATCH /v2/clusters/{id}: v2-cluster-update-params. PATCH semantics: only the fields Set-AssistedCluster was given
/// are set, and an unset (null) field is left out, so the service keeps its value. Declaration order is wire order.
/// </summary>
internal sealed class AssistedClusterUpdateWire
{
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }

    [JsonPropertyName("base_dns_domain")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BaseDnsDomain { get; set; }

    /// <summary>A secret: the request's ToString and -WhatIf never show the body.</summary>
    [JsonPropertyName("pull_secret")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PullSecret { get; set; }

    /// <summary>An empty string clears the key.</summary>
    [JsonPropertyName("ssh_public_key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SshPublicKey { get; set; }

    /// <summary>An empty list clears the VIPs.</summary>
    [JsonPropertyName("api_vips")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<AssistedVipWire>? ApiVips { get; set; }

    [JsonPropertyName("ingress_vips")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<AssistedVipWire>? IngressVips { get; set; }

    [JsonPropertyName("http_proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HttpProxy { get; set; }

    [JsonPropertyName("https_proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HttpsProxy { get; set; }

    [JsonPropertyName("no_proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NoProxy { get; set; }

    [JsonPropertyName("schedulable_masters")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SchedulableMasters { get; set; }
}

/// <summary>PATCH /v2/infra-envs/{id}/hosts/{host_id}: host-update-params, only the fields Set-AssistedHost was given.</summary>
internal sealed class AssistedHostUpdateWire
{
    [JsonPropertyName("host_role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HostRole { get; set; }

    [JsonPropertyName("host_name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? HostName { get; set; }

    [JsonPropertyName("disks_selected_config")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<AssistedDiskConfigWire>? DisksSelectedConfig { get; set; }

    [JsonPropertyName("machine_config_pool_name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MachineConfigPoolName { get; set; }
}

/// <summary>PATCH /v2/infra-envs/{id}: infra-env-update-params, only the fields Set-AssistedInfraEnv (or Save-AssistedDiscoveryIso's image type) set.</summary>
internal sealed class AssistedInfraEnvUpdateWire
{
    [JsonPropertyName("image_type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ImageType { get; set; }

    [JsonPropertyName("ssh_authorized_key")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SshAuthorizedKey { get; set; }

    [JsonPropertyName("proxy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssistedProxyWire? Proxy { get; set; }

    [JsonPropertyName("ntp_sources")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NtpSources { get; set; }

    [JsonPropertyName("additional_ntp_sources")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AdditionalNtpSources { get; set; }

    [JsonPropertyName("static_network_config")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<AssistedStaticNetworkWire>? StaticNetworkConfig { get; set; }

    [JsonPropertyName("kernel_arguments")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<AssistedKernelArgumentWire>? KernelArguments { get; set; }

    [JsonPropertyName("ignition_config_override")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IgnitionConfigOverride { get; set; }
}

/// <summary>POST /v2/infra-envs/{id}/hosts: host-create-params, as the discovery agent sends it.</summary>
internal sealed class AssistedHostCreateWire
{
    [JsonPropertyName("host_id")]
    public string? HostId { get; set; }

    [JsonPropertyName("discovery_agent_version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DiscoveryAgentVersion { get; set; }
}

/// <summary>PUT /v2/infra-envs/{id}/hosts/{host_id}/progress: host-progress.</summary>
internal sealed class AssistedHostProgressUpdateWire
{
    [JsonPropertyName("current_stage")]
    public string? CurrentStage { get; set; }

    [JsonPropertyName("progress_info")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ProgressInfo { get; set; }
}
