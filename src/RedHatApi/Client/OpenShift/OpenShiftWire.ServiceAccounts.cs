using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.OpenShift;

/// <summary>core/v1 ServiceAccount.</summary>
internal sealed class ServiceAccountWire
{
    [JsonPropertyName("metadata")]
    public KubeObjectMeta? Metadata { get; set; }

    [JsonPropertyName("secrets")]
    public List<KubeNameReference>? Secrets { get; set; }

    [JsonPropertyName("imagePullSecrets")]
    public List<KubeNameReference>? ImagePullSecrets { get; set; }
}

/// <summary>core/v1 Secret; data values are base64.</summary>
internal sealed class SecretWire
{
    [JsonPropertyName("metadata")]
    public KubeObjectMeta? Metadata { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("data")]
    public Dictionary<string, string>? Data { get; set; }
}

/// <summary>authentication.k8s.io/v1 TokenRequest as the server answers it (201).</summary>
internal sealed class TokenRequestWire
{
    [JsonPropertyName("spec")]
    public TokenRequestSpecWire? Spec { get; set; }

    [JsonPropertyName("status")]
    public TokenRequestStatusWire? Status { get; set; }
}

internal sealed class TokenRequestSpecWire
{
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; set; }

    [JsonPropertyName("expirationSeconds")]
    public long? ExpirationSeconds { get; set; }

    [JsonPropertyName("boundObjectRef")]
    public BoundObjectReferenceWire? BoundObjectRef { get; set; }
}

internal sealed class BoundObjectReferenceWire
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("uid")]
    public string? Uid { get; set; }
}

internal sealed class TokenRequestStatusWire
{
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    [JsonPropertyName("expirationTimestamp")]
    public string? ExpirationTimestamp { get; set; }
}
