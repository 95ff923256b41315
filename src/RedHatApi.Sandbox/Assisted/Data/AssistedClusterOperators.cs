using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// olm_operators of a cluster create or update: the list replaces the cluster's OLM operators in its
/// monitored_operators (built-in ones stay), and each operator's dependencies are added as the service adds them.
/// </summary>
internal static class AssistedClusterOperators
{
    /// <summary>The 400 reason for an olm_operators value that is not a list of supported operators with object properties; null when fine.</summary>
    public static string? Invalid(JsonObject body)
    {
        if (!body.ContainsKey("olm_operators"))
        {
            return null;
        }

        if (body["olm_operators"] is not JsonArray list)
        {
            return "olm_operators in body must be of type array";
        }

        foreach (var item in list)
        {
            var name = item?["name"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            if (name is null || !AssistedOperatorCatalog.Names.Contains(name))
            {
                return $"Failed to validate operators: operator {name ?? "(no name)"} is not supported";
            }

            if (item!["properties"] is JsonValue p && p.GetValue<string>() is { Length: > 0 } text)
            {
                try
                {
                    if (JsonNode.Parse(text) is not JsonObject)
                    {
                        return $"Failed to validate operators: properties of {name} must be a JSON object";
                    }
                }
                catch (JsonException)
                {
                    return $"Failed to validate operators: properties of {name} are not valid JSON";
                }
            }
        }

        return null;
    }

    /// <summary>Replaces the cluster's OLM operators with <paramref name="value"/> and their dependencies.</summary>
    public static void Apply(SandboxCluster cluster, JsonNode? value)
    {
        var operators = cluster.Json["monitored_operators"] as JsonArray ?? new JsonArray();
        var kept = operators.Where(o => o?["operator_type"]?.GetValue<string>() != "olm").Select(o => o!.DeepClone()).ToList();
        var wanted = new List<(string Name, string? Properties)>();
        foreach (var item in value as JsonArray ?? new JsonArray())
        {
            Add(wanted, item!["name"]!.GetValue<string>(), item["properties"]?.GetValue<string>());
        }

        var result = new JsonArray(kept.ToArray());
        foreach (var (name, properties) in wanted)
        {
            result.Add(AssistedOperatorCatalog.Monitored(cluster.Id, name, properties));
        }

        cluster.Json["monitored_operators"] = result;
    }

    private static void Add(List<(string Name, string? Properties)> wanted, string name, string? properties)
    {
        var index = wanted.FindIndex(w => w.Name == name);
        if (index >= 0)
        {
            wanted[index] = (name, properties ?? wanted[index].Properties);
            return;
        }

        wanted.Add((name, properties));
        foreach (var dependency in AssistedOperatorCatalog.Dependencies.TryGetValue(name, out var deps) ? deps : System.Array.Empty<string>())
        {
            if (wanted.All(w => w.Name != dependency))
            {
                Add(wanted, dependency, null);
            }
        }
    }
}
