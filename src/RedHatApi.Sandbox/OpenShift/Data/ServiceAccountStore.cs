using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Data;

/// <summary>
/// Service accounts. Creating one has the controllers' effects at once: a legacy token secret when the cluster still
/// makes them, and on OpenShift a dockercfg pull secret; deleting one deletes its token secrets, which revokes their tokens.
/// </summary>
public sealed class ServiceAccountStore
{
    /// <summary>Service accounts seeded in "ci" besides the per-namespace ones.</summary>
    public const int SeededRunners = 20;

    private readonly ClusterStore _cluster;
    private readonly SortedDictionary<string, ServiceAccountRecord> _accounts = new(StringComparer.Ordinal);

    internal ServiceAccountStore(ClusterStore cluster) => _cluster = cluster;

    private ClusterCore Core => _cluster.Core;

    public JsonObject? Get(string ns, string name)
    {
        lock (Core.Gate)
        {
            return _accounts.TryGetValue(ClusterCore.Key(ns, name), out var sa) ? Render(sa, withKind: true) : null;
        }
    }

    /// <summary>Service accounts of one namespace (or all) in key order, each with its key for continue tokens.</summary>
    public IReadOnlyList<(string Key, JsonObject Item)> List(string? ns, Func<IReadOnlyDictionary<string, string>, bool>? labels = null)
    {
        lock (Core.Gate)
        {
            return _accounts
                .Where(p => (ns is null || p.Value.Namespace == ns) && (labels is null || labels(p.Value.Labels)))
                .Select(p => (p.Key, Render(p.Value, withKind: false)))
                .ToList();
        }
    }

    /// <summary>POST serviceaccounts: null when the name is taken.</summary>
    public JsonObject? Create(string ns, string name, IReadOnlyDictionary<string, string>? labels)
    {
        lock (Core.Gate)
        {
            if (_accounts.ContainsKey(ClusterCore.Key(ns, name)))
            {
                return null;
            }

            return Render(Add(ns, name, labels, DateTimeOffset.UtcNow, immediate: false), withKind: true);
        }
    }

    /// <summary>DELETE: the token controller deletes the account's token secrets with it, which revokes their tokens.</summary>
    public JsonObject? Delete(string ns, string name)
    {
        lock (Core.Gate)
        {
            if (!_accounts.Remove(ClusterCore.Key(ns, name), out var sa))
            {
                return null;
            }

            _cluster.Secrets.RemoveOwnedBy(ns, name);
            Core.NextRevision();
            return Render(sa, withKind: true);
        }
    }

    /// <summary>The account's record, for the authenticator and the token minter; the caller holds the lock.</summary>
    internal ServiceAccountRecord? Find(string ns, string name) => _accounts.TryGetValue(ClusterCore.Key(ns, name), out var sa) ? sa : null;

    internal void Clear() => _accounts.Clear();

    /// <summary>Service accounts every namespace gets: default, plus builder and deployer on OpenShift.</summary>
    internal string[] Defaults() =>
        Core.Options.Flavor == ClusterFlavor.OpenShift ? new[] { "builder", "default", "deployer" } : new[] { "default" };

    /// <summary>Adds an account with the secrets the controllers give it; the caller holds the lock.</summary>
    internal ServiceAccountRecord Add(string ns, string name, IReadOnlyDictionary<string, string>? labels, DateTimeOffset created, bool immediate)
    {
        var sa = new ServiceAccountRecord(ns, name, Core.NewUid(), created, new Dictionary<string, string>(labels ?? new Dictionary<string, string>()), Core.NextRevision());
        _accounts[ClusterCore.Key(ns, name)] = sa;
        if (Core.Options.LegacyTokenSecrets)
        {
            var secret = _cluster.Secrets.Add(ns, name + "-token-" + Core.RandomSuffix(), SecretStore.TokenSecretType, sa, created, immediate);
            sa.Secrets.Add(secret);
        }

        if (Core.Options.Flavor == ClusterFlavor.OpenShift)
        {
            // OpenShift's image registry controller still gives every account a pull secret, also after 4.11.
            var dockercfg = _cluster.Secrets.Add(ns, name + "-dockercfg-" + Core.RandomSuffix(), SecretStore.DockercfgSecretType, sa, created, immediate: true);
            sa.Secrets.Add(dockercfg);
            sa.ImagePullSecrets.Add(dockercfg);
        }

        return sa;
    }

    private static JsonObject Render(ServiceAccountRecord sa, bool withKind)
    {
        var metadata = new JsonObject
        {
            ["name"] = sa.Name,
            ["namespace"] = sa.Namespace,
            ["uid"] = sa.Uid,
            ["resourceVersion"] = sa.ResourceVersion.ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = ClusterCore.Time(sa.Created),
        };
        if (sa.Labels.Count > 0)
        {
            metadata["labels"] = new JsonObject(sa.Labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value)));
        }

        var item = new JsonObject();
        if (withKind)
        {
            item["kind"] = "ServiceAccount";
            item["apiVersion"] = "v1";
        }

        item["metadata"] = metadata;
        if (sa.Secrets.Count > 0)
        {
            item["secrets"] = new JsonArray(sa.Secrets.Select(s => (JsonNode)new JsonObject { ["name"] = s }).ToArray());
        }

        if (sa.ImagePullSecrets.Count > 0)
        {
            item["imagePullSecrets"] = new JsonArray(sa.ImagePullSecrets.Select(s => (JsonNode)new JsonObject { ["name"] = s }).ToArray());
        }

        return item;
    }
}

/// <summary>One service account as the store keeps it.</summary>
internal sealed class ServiceAccountRecord(string ns, string name, string uid, DateTimeOffset created, Dictionary<string, string> labels, long resourceVersion)
{
    public string Namespace { get; } = ns;

    public string Name { get; } = name;

    public string Uid { get; } = uid;

    public DateTimeOffset Created { get; } = created;

    public Dictionary<string, string> Labels { get; } = labels;

    public long ResourceVersion { get; } = resourceVersion;

    public List<string> Secrets { get; } = new();

    public List<string> ImagePullSecrets { get; } = new();
}
