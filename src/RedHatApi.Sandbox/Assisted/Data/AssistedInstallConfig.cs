using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The install-config.yaml the service would hand the installer: generated from the cluster (name, domain, networks,
/// control-plane count), with the cluster's install_config_overrides merged over it (RFC 7396, as the service's
/// JSON merge does). Never includes the pull secret.
/// </summary>
public static class AssistedInstallConfig
{
    /// <summary>The top-level fields of the installer's InstallConfig the service accepts overrides for.</summary>
    private static readonly string[] Fields =
    {
        "additionalTrustBundle", "additionalTrustBundlePolicy", "apiVersion", "baseDomain", "bootstrapInPlace", "capabilities",
        "compute", "controlPlane", "cpuPartitioningMode", "credentialsMode", "featureSet", "fips", "imageContentSources",
        "imageDigestSources", "metadata", "networking", "platform", "proxy", "publish", "sshKey",
    };

    /// <summary>Null when the overrides are a JSON object of known fields; else the service's 400 reason.</summary>
    public static string? Check(string overrides)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(overrides);
        }
        catch (JsonException ex)
        {
            return "Value of install config overrides is not valid JSON: " + ex.Message;
        }

        if (node is not JsonObject obj)
        {
            return "Value of install config overrides is not a JSON object";
        }

        var unknown = obj.Select(p => p.Key).Where(k => !Fields.Contains(k)).ToList();
        return unknown.Count == 0 ? null : "Failed to apply install config overrides: json: unknown field \"" + unknown[0] + "\"";
    }

    /// <summary>The cluster's install-config as YAML.</summary>
    public static string Render(SandboxCluster cluster)
    {
        var json = cluster.Json;
        var masters = json["control_plane_count"]?.GetValue<int>() ?? 3;
        var config = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["baseDomain"] = json["base_dns_domain"]?.GetValue<string>() ?? string.Empty,
            ["metadata"] = new JsonObject { ["name"] = cluster.Name },
            ["compute"] = new JsonArray(new JsonObject { ["name"] = "worker", ["replicas"] = 0, ["hyperthreading"] = "Enabled" }),
            ["controlPlane"] = new JsonObject { ["name"] = "master", ["replicas"] = masters, ["hyperthreading"] = "Enabled" },
            ["networking"] = new JsonObject
            {
                ["networkType"] = json["network_type"]?.GetValue<string>() ?? "OVNKubernetes",
                ["clusterNetwork"] = new JsonArray(new JsonObject { ["cidr"] = "10.128.0.0/14", ["hostPrefix"] = 23 }),
                ["serviceNetwork"] = new JsonArray("172.30.0.0/16"),
                ["machineNetwork"] = new JsonArray(new JsonObject { ["cidr"] = "192.168.122.0/24" }),
            },
            ["platform"] = masters == 1 ? new JsonObject { ["none"] = new JsonObject() } : new JsonObject { ["baremetal"] = new JsonObject() },
            ["fips"] = false,
            ["publish"] = "External",
        };
        if (json["install_config_overrides"]?.GetValue<string>() is { Length: > 0 } overrides && JsonNode.Parse(overrides) is JsonObject patch)
        {
            config = Merge(config, patch);
        }

        var yaml = new StringBuilder();
        Write(yaml, config, 0);
        return yaml.ToString();
    }

    private static JsonObject Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }

        return target;
    }

    /// <summary>Block-style YAML of a JSON tree (the subset an install-config needs).</summary>
    private static void Write(StringBuilder yaml, JsonNode? node, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
                    {
                        yaml.Append(pad).Append(key).Append(":\n");
                        Write(yaml, value, indent + 2);
                    }
                    else
                    {
                        yaml.Append(pad).Append(key).Append(": ").Append(Scalar(value)).Append('\n');
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is JsonObject { Count: > 0 } child)
                    {
                        var nested = new StringBuilder();
                        Write(nested, child, indent + 2);
                        yaml.Append(pad).Append("- ").Append(nested.ToString().TrimStart(' '));
                    }
                    else
                    {
                        yaml.Append(pad).Append("- ").Append(Scalar(item)).Append('\n');
                    }
                }

                break;
        }
    }

    private static string Scalar(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonSerializer.Serialize(v.GetValue<string>()),
        _ => Convert.ToString(value.ToJsonString(), CultureInfo.InvariantCulture)!,
    };
}
