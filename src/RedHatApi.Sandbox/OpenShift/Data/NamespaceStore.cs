using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>The cluster's namespaces: the seeded ones only (the API does not create namespaces).</summary>
public sealed class NamespaceStore
{
    /// <summary>Namespaces every cluster starts with; "ci" holds enough service accounts to page through.</summary>
    public static readonly string[] Seeded = { "ci", "default", "kube-system", "test" };

    private readonly ClusterCore _core;
    private readonly SortedDictionary<string, NamespaceRecord> _namespaces = new(StringComparer.Ordinal);

    internal NamespaceStore(ClusterCore core) => _core = core;

    public bool Exists(string ns)
    {
        lock (_core.Gate)
        {
            return _namespaces.ContainsKey(ns);
        }
    }

    /// <summary>Every namespace in name order, each with its name as key (kubectl get namespaces).</summary>
    public IReadOnlyList<(string Key, JsonObject Item)> List()
    {
        lock (_core.Gate)
        {
            return _namespaces.Select(p => (p.Key, Render(p.Value, withKind: false))).ToList();
        }
    }

    public JsonObject? Get(string name)
    {
        lock (_core.Gate)
        {
            return _namespaces.TryGetValue(name, out var ns) ? Render(ns, withKind: true) : null;
        }
    }

    /// <summary>Adds a seeded namespace; the caller holds the lock.</summary>
    internal void Add(string ns, DateTimeOffset created) => _namespaces[ns] = new NamespaceRecord(ns, _core.NewUid(), created, _core.Revision);

    internal void Clear() => _namespaces.Clear();

    private static JsonObject Render(NamespaceRecord ns, bool withKind)
    {
        var item = new JsonObject();
        if (withKind)
        {
            item["kind"] = "Namespace";
            item["apiVersion"] = "v1";
        }

        item["metadata"] = new JsonObject
        {
            ["name"] = ns.Name,
            ["uid"] = ns.Uid,
            ["resourceVersion"] = ns.ResourceVersion.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = ClusterCore.Time(ns.Created),
            ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = ns.Name },
        };
        item["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
        item["status"] = new JsonObject { ["phase"] = "Active" };
        return item;
    }

    private sealed record NamespaceRecord(string Name, string Uid, DateTimeOffset Created, long ResourceVersion);
}
