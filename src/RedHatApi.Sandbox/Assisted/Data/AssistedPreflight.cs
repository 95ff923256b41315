using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// GET /v2/clusters/{id}/preflight-requirements: OpenShift's needs per role (more for a single-node control plane)
/// and what each storage and virtualization operator adds, plus any other OLM operator the cluster has.
/// </summary>
internal static class AssistedPreflight
{
    private static readonly string[] Listed = { "cnv", "lso", "lvm", "mce", "odf" };

    public static JsonObject For(SandboxCluster cluster)
    {
        var singleNode = (cluster.Json["control_plane_count"]?.GetValue<int>() ?? 3) == 1;
        var enabled = (cluster.Json["monitored_operators"] as JsonArray ?? new JsonArray())
            .Where(o => o?["operator_type"]?.GetValue<string>() == "olm")
            .Select(o => o!["name"]!.GetValue<string>());
        var operators = new JsonArray();
        foreach (var name in Listed.Concat(enabled).Distinct())
        {
            operators.Add(new JsonObject
            {
                ["operator_name"] = name,
                ["dependencies"] = new JsonArray((AssistedOperatorCatalog.Dependencies.TryGetValue(name, out var deps) ? deps : System.Array.Empty<string>()).Select(d => (JsonNode)d).ToArray()),
                ["requirements"] = Operator(name),
            });
        }

        return new JsonObject
        {
            ["ocp"] = Roles(
                singleNode ? Host(8, 16384, 100, 10, 1000, 100) : Host(4, 16384, 100, 10, 100, 0),
                Host(2, 8192, 100, 10, 1000, 10)),
            ["operators"] = operators,
        };
    }

    private static JsonObject Operator(string name) => name switch
    {
        "cnv" => Roles(Host(4, 150, 0, null, null, null, "Hosts need CPU virtualization (Intel VT or AMD-V) enabled"), Host(2, 360, 0, null, null, null, "Hosts need CPU virtualization (Intel VT or AMD-V) enabled")),
        "lvm" => Roles(Host(1, 400, 0, null, null, null, "At least one non-installation disk with no partitions"), Host(1, 400, 0, null, null, null)),
        "mce" => Roles(Host(4, 16384, 0, null, null, null), Host(4, 16384, 0, null, null, null)),
        "odf" => Roles(Host(6, 19456, 0, null, null, null, "At least one non-installation disk of 25 GB or more"), Host(8, 19456, 0, null, null, null, "At least one non-installation disk of 25 GB or more")),
        _ => Roles(Host(0, 0, 0, null, null, null), Host(0, 0, 0, null, null, null)),
    };

    private static JsonObject Roles(JsonObject master, JsonObject worker) => new() { ["master"] = master, ["worker"] = worker };

    private static JsonObject Host(int cpu, int ram, int disk, int? speed, double? latency, double? loss, params string[] qualitative)
    {
        var quantitative = new JsonObject { ["cpu_cores"] = cpu, ["ram_mib"] = ram, ["disk_size_gb"] = disk };
        if (speed is not null)
        {
            quantitative["installation_disk_speed_threshold_ms"] = speed;
            quantitative["network_latency_threshold_ms"] = latency;
            quantitative["packet_loss_percentage"] = loss;
        }

        return new JsonObject { ["quantitative"] = quantitative, ["qualitative"] = new JsonArray(qualitative.Select(q => (JsonNode)q).ToArray()) };
    }
}
