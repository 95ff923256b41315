using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Wire shapes of /v2/infra-envs and its image-url download.

/// <summary>The infra-env definition (the fields the module reads; download_url is left unread on purpose).</summary>
internal sealed class AssistedInfraEnvWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("openshift_version")]
    public string? OpenShiftVersion { get; set; }

    [JsonPropertyName("cpu_architecture")]
    public string? CpuArchitecture { get; set; }

    [JsonPropertyName("pull_secret_set")]
    public bool? PullSecretSet { get; set; }

    [JsonPropertyName("ssh_authorized_key")]
    public string? SshAuthorizedKey { get; set; }

    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; set; }

    [JsonPropertyName("proxy")]
    public AssistedProxyWire? Proxy { get; set; }

    [JsonPropertyName("ntp_sources")]
    public string? NtpSources { get; set; }

    [JsonPropertyName("additional_ntp_sources")]
    public string? AdditionalNtpSources { get; set; }

    // A string (the service's rendering of the nmstate documents); the module only tells whether one is set.
    [JsonPropertyName("static_network_config")]
    public string? StaticNetworkConfig { get; set; }

    // JSON inside a string: [{"operation":"append","value":"…"}].
    [JsonPropertyName("kernel_arguments")]
    public string? KernelArguments { get; set; }

    [JsonPropertyName("ignition_config_override")]
    public string? IgnitionConfigOverride { get; set; }

    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    [JsonPropertyName("created_at")]
    public string? CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public string? UpdatedAt { get; set; }
}

/// <summary>The presigned-url definition.</summary>
internal sealed class AssistedPresignedUrlWire
{
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("expires_at")]
    public string? ExpiresAt { get; set; }
}

/// <summary>The credentials definition.</summary>
internal sealed class AssistedCredentialsWire
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }

    [JsonPropertyName("console_url")]
    public string? ConsoleUrl { get; set; }
}
