using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.OpenShift;

// JSON shapes of the Kubernetes / OpenShift API (k8s.io/api, k8s.io/apimachinery meta/v1, openshift/api user/v1),
// internal so System.Text.Json types and wire names never reach the public models. Resources add their own
// OpenShiftWire.<Resource>.cs.

/// <summary>meta/v1 ObjectMeta: the fields the module reads.</summary>
internal sealed class KubeObjectMeta
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; set; }

    [JsonPropertyName("creationTimestamp")]
    public string? CreationTimestamp { get; set; }

    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; set; }

    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }
}

/// <summary>meta/v1 ListMeta: <c>continue</c> is absent or empty on the last page.</summary>
internal sealed class KubeListMeta
{
    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; set; }

    [JsonPropertyName("continue")]
    public string? Continue { get; set; }

    /// <summary>Items after this page, when the server can tell (no selector); an estimate, not a promise.</summary>
    [JsonPropertyName("remainingItemCount")]
    public long? RemainingItemCount { get; set; }
}

/// <summary>Any typed list: ServiceAccountList, SecretList...</summary>
internal sealed class KubeList<T>
{
    [JsonPropertyName("metadata")]
    public KubeListMeta? Metadata { get; set; }

    [JsonPropertyName("items")]
    public List<T>? Items { get; set; }
}

/// <summary>A LocalObjectReference (serviceaccount.secrets[], imagePullSecrets[]).</summary>
internal sealed class KubeNameReference
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

/// <summary>
/// The Status body of every failure: <c>{"kind":"Status","status":"Failure","message":…,"reason":…,"details":{…},"code":…}</c>.
/// </summary>
internal static class KubeStatus
{
    /// <summary>The Status message, for the shared error reader.</summary>
    internal static string? Message(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;

    /// <summary>details.name: the object the failure is about, when the cluster names it.</summary>
    internal static string? DetailsName(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Object &&
        details.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    /// <summary>The machine-readable reason (NotFound, AlreadyExists, Invalid, Expired, Forbidden...).</summary>
    internal static string? Reason(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String
            ? reason.GetString()
            : null;
}

/// <summary>user.openshift.io/v1 User (users/~).</summary>
internal sealed class OpenShiftUserWire
{
    [JsonPropertyName("metadata")]
    public KubeObjectMeta? Metadata { get; set; }

    [JsonPropertyName("fullName")]
    public string? FullName { get; set; }

    [JsonPropertyName("identities")]
    public List<string>? Identities { get; set; }

    [JsonPropertyName("groups")]
    public List<string>? Groups { get; set; }
}

/// <summary>authentication.k8s.io/v1 SelfSubjectReview.</summary>
internal sealed class SelfSubjectReviewWire
{
    [JsonPropertyName("status")]
    public SelfSubjectReviewStatusWire? Status { get; set; }
}

internal sealed class SelfSubjectReviewStatusWire
{
    [JsonPropertyName("userInfo")]
    public UserInfoWire? UserInfo { get; set; }
}

internal sealed class UserInfoWire
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    [JsonPropertyName("groups")]
    public List<string>? Groups { get; set; }

    [JsonPropertyName("extra")]
    public Dictionary<string, List<string>>? Extra { get; set; }
}
