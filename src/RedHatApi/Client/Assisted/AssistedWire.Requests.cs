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
