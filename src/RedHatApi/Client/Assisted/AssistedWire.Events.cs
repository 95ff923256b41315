using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Assisted;

// Wire shapes of /v2/events and /v2/openshift-versions.

/// <summary>The event definition.</summary>
internal sealed class AssistedEventWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("host_id")]
    public string? HostId { get; set; }

    [JsonPropertyName("infra_env_id")]
    public string? InfraEnvId { get; set; }

    [JsonPropertyName("severity")]
    public string? Severity { get; set; }

    [JsonPropertyName("category")]
    public string? Category { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("event_time")]
    public string? EventTime { get; set; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; set; }

    [JsonPropertyName("props")]
    public string? Props { get; set; }
}

/// <summary>The openshift-version definition (a value of the object keyed by version).</summary>
internal sealed class AssistedOpenShiftVersionWire
{
    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("support_level")]
    public string? SupportLevel { get; set; }

    [JsonPropertyName("default")]
    public bool? Default { get; set; }

    [JsonPropertyName("cpu_architectures")]
    public List<string>? CpuArchitectures { get; set; }
}
