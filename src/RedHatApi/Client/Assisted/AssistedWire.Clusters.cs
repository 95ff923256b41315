using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Wire shapes of /v2/clusters.

/// <summary>The cluster definition (the fields the module reads).</summary>
internal sealed class AssistedClusterWire
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    [JsonPropertyName("openshift_version")]
    public string? OpenShiftVersion { get; set; }

    [JsonPropertyName("ocp_release_image")]
    public string? OcpReleaseImage { get; set; }

    [JsonPropertyName("openshift_cluster_id")]
    public string? OpenshiftClusterId { get; set; }

    [JsonPropertyName("base_dns_domain")]
    public string? BaseDnsDomain { get; set; }

    [JsonPropertyName("cpu_architecture")]
    public string? CpuArchitecture { get; set; }

    [JsonPropertyName("control_plane_count")]
    public int? ControlPlaneCount { get; set; }

    [JsonPropertyName("platform")]
    public AssistedPlatformWire? Platform { get; set; }

    [JsonPropertyName("api_vips")]
    public List<AssistedVipWire>? ApiVips { get; set; }

    [JsonPropertyName("ingress_vips")]
    public List<AssistedVipWire>? IngressVips { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("status_info")]
    public string? StatusInfo { get; set; }

    [JsonPropertyName("status_updated_at")]
    public string? StatusUpdatedAt { get; set; }

    [JsonPropertyName("progress")]
    public AssistedClusterProgressWire? Progress { get; set; }

    [JsonPropertyName("total_host_count")]
    public long? TotalHostCount { get; set; }

    [JsonPropertyName("ready_host_count")]
    public long? ReadyHostCount { get; set; }

    [JsonPropertyName("pull_secret_set")]
    public bool? PullSecretSet { get; set; }

    [JsonPropertyName("validations_info")]
    public string? ValidationsInfo { get; set; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }

    [JsonPropertyName("install_started_at")]
    public string? InstallStartedAt { get; set; }

    [JsonPropertyName("install_completed_at")]
    public string? InstallCompletedAt { get; set; }
}

/// <summary>The cluster-progress-info definition.</summary>
internal sealed class AssistedClusterProgressWire
{
    [JsonPropertyName("total_percentage")]
    public int? TotalPercentage { get; set; }

    [JsonPropertyName("finalizing_stage")]
    public string? FinalizingStage { get; set; }
}

/// <summary>The platform definition (type only).</summary>
internal sealed class AssistedPlatformWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}

/// <summary>The api_vip / ingress_vip definitions.</summary>
internal sealed class AssistedVipWire
{
    [JsonPropertyName("ip")]
    public string? Ip { get; set; }
}
