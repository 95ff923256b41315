using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Data;

/// <summary>Namespaces as GET /api/v1/namespaces lists them.</summary>
public sealed partial class ClusterStore
{
    /// <summary>Every namespace in name order, each with its key for continue tokens.</summary>
    public IReadOnlyList<(string Key, JsonObject Item)> ListNamespaces()
    {
        lock (_gate)
        {
            return _namespaces.Values.Select(n => (n.Name, new JsonObject
            {
                ["metadata"] = new JsonObject
                {
                    ["name"] = n.Name,
                    ["uid"] = n.Uid,
                    ["resourceVersion"] = _revision.ToString(CultureInfo.InvariantCulture),
                    ["creationTimestamp"] = Time(n.Created),
                    ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = n.Name },
                },
                ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
                ["status"] = new JsonObject { ["phase"] = "Active" },
            })).ToList();
        }
    }
}
