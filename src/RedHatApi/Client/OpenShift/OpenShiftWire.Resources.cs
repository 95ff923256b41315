using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.OpenShift;

/// <summary>meta/v1 APIResourceList: what one group/version serves (GET /api/v1, /apis/{group}/{version}).</summary>
internal sealed class ApiResourceListWire
{
    [JsonPropertyName("groupVersion")]
    public string? GroupVersion { get; set; }

    [JsonPropertyName("resources")]
    public List<ApiResourceWire>? Resources { get; set; }
}

internal sealed class ApiResourceWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("singularName")]
    public string? SingularName { get; set; }

    [JsonPropertyName("namespaced")]
    public bool Namespaced { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("verbs")]
    public List<string>? Verbs { get; set; }
}

/// <summary>One line of a watch stream: {"type":"ADDED|MODIFIED|DELETED|BOOKMARK|ERROR","object":{…}}.</summary>
internal sealed class WatchEventWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("object")]
    public JsonObject? Object { get; set; }
}
