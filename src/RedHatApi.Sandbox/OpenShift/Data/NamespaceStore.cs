using System;
using System.Collections.Generic;

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

    /// <summary>Adds a seeded namespace; the caller holds the lock.</summary>
    internal void Add(string ns, DateTimeOffset created) => _namespaces[ns] = new NamespaceRecord(ns, _core.NewUid(), created);

    internal void Clear() => _namespaces.Clear();

    private sealed record NamespaceRecord(string Name, string Uid, DateTimeOffset Created);
}
