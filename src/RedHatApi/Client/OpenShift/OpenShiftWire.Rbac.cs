using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.OpenShift;

/// <summary>rbac.authorization.k8s.io/v1 RoleBinding and ClusterRoleBinding (same shape; the latter has no namespace).</summary>
internal sealed class RoleBindingWire
{
    [JsonPropertyName("metadata")]
    public KubeObjectMeta? Metadata { get; set; }

    [JsonPropertyName("subjects")]
    public List<SubjectWire>? Subjects { get; set; }

    [JsonPropertyName("roleRef")]
    public RoleRefWire? RoleRef { get; set; }
}

internal sealed class SubjectWire
{
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("apiGroup")]
    public string? ApiGroup { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }
}

internal sealed class RoleRefWire
{
    [JsonPropertyName("apiGroup")]
    public string? ApiGroup { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
