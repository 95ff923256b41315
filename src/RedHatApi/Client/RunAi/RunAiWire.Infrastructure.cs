using System;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.RunAi;

// Wire types of clusters (DisplayedCluster), nodes (Node) and node pools (Nodepool).

internal sealed class RunAiClusterWire
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("status")]
    public RunAiClusterStatusWire? Status { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("lastLiveness")]
    public DateTimeOffset? LastLiveness { get; set; }
}

internal sealed class RunAiClusterStatusWire
{
    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("platform")]
    public RunAiPlatformWire? Platform { get; set; }
}

internal sealed class RunAiPlatformWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("kubeVersion")]
    public string? KubeVersion { get; set; }
}

internal sealed class RunAiNodeWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("clusterUuid")]
    public string? ClusterUuid { get; set; }

    [JsonPropertyName("nodePool")]
    public string? NodePool { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("gpuInfo")]
    public RunAiGpuInfoWire? GpuInfo { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; set; }
}

internal sealed class RunAiGpuInfoWire
{
    [JsonPropertyName("gpuType")]
    public string? GpuType { get; set; }

    [JsonPropertyName("gpuCount")]
    public int GpuCount { get; set; }
}

internal sealed class RunAiNodePoolWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("clusterId")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; set; }

    [JsonPropertyName("labelKey")]
    public string? LabelKey { get; set; }

    [JsonPropertyName("labelValue")]
    public string? LabelValue { get; set; }

    [JsonPropertyName("phase")]
    public string? Phase { get; set; }

    [JsonPropertyName("isDefault")]
    public bool IsDefault { get; set; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; set; }
}
