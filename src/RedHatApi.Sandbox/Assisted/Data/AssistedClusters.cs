using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>Clusters: list, get, register, update and deregister, with the real service's status codes and state rules.</summary>
public sealed class AssistedClusters
{
    /// <summary>Statuses in which the cluster's properties may still change (PATCH).</summary>
    public static readonly string[] UpdatableStatuses = { "insufficient", "ready", "pending-for-input", "adding-hosts" };

    /// <summary>Statuses of a running installation (no PATCH, no DELETE).</summary>
    public static readonly string[] InstallingStatuses = { "preparing-for-installation", "installing", "installing-pending-user-action", "finalizing" };

    private readonly AssistedStore _store;
    private readonly List<SandboxCluster> _clusters = new();

    internal AssistedClusters(AssistedStore store) => _store = store;

    /// <summary>GET /v2/clusters: every cluster, oldest first, optionally only one OpenShift cluster id.</summary>
    public IReadOnlyList<JsonObject> List(string? openshiftClusterId, bool withHosts)
    {
        lock (_store.Gate)
        {
            RefreshAll();
            return _clusters
                .Where(c => openshiftClusterId is null || c.Json["openshift_cluster_id"]?.GetValue<string>() == openshiftClusterId)
                .Select(c => Snapshot(c, withHosts))
                .ToList();
        }
    }

    public AssistedOutcome Get(string id)
    {
        lock (_store.Gate)
        {
            return Find(id) is { } cluster ? new AssistedOutcome(200, Snapshot(cluster, true)) : AssistedOutcome.MissingCluster(id);
        }
    }

    /// <summary>POST /v2/clusters. The caller has checked the required fields and the pull secret.</summary>
    public AssistedOutcome Register(JsonObject body, string name, string version)
    {
        lock (_store.Gate)
        {
            var now = DateTimeOffset.UtcNow;
            var id = Guid.NewGuid().ToString();
            var hosts = body["control_plane_count"]?.GetValue<int>() ?? 3;
            var cluster = SandboxCluster.Create(id, name, version, body["base_dns_domain"]?.GetValue<string>(), now, hosts, "insufficient");
            Apply(cluster, body);
            _clusters.Add(cluster);
            _store.Events.Add(cluster, now, "cluster_registration_succeeded", "info", $"Successfully registered cluster {name} with id {id}");

            // No hosts yet: the cluster stays insufficient until hosts boot from an infra-env's discovery image.
            cluster.Json["total_host_count"] = 0;
            cluster.Json["enabled_host_count"] = 0;
            return new AssistedOutcome(201, Snapshot(cluster, true));
        }
    }

    /// <summary>PATCH /v2/clusters/{id}: 201 with the cluster, 409 once installation started.</summary>
    public AssistedOutcome Update(string id, JsonObject body)
    {
        lock (_store.Gate)
        {
            if (Find(id) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(id);
            }

            if (!UpdatableStatuses.Contains(cluster.Status))
            {
                return AssistedOutcome.Conflict($"Cluster {id} is in {cluster.Status} state, cluster can be updated only in one of [{string.Join(" ", UpdatableStatuses)}]");
            }

            if (AssistedClusterOperators.Invalid(body) is { } invalid)
            {
                return new AssistedOutcome(400, Reason: invalid);
            }

            Apply(cluster, body);
            var now = DateTimeOffset.UtcNow;
            cluster.Json["updated_at"] = AssistedStore.Time(now);
            _store.Events.Add(cluster, now, "cluster_updated", "info", $"Successfully updated cluster {cluster.Name}");
            return new AssistedOutcome(201, Snapshot(cluster, true));
        }
    }

    /// <summary>DELETE /v2/clusters/{id}: 204, or 409 while an installation runs.</summary>
    public AssistedOutcome Deregister(string id)
    {
        lock (_store.Gate)
        {
            if (Find(id) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(id);
            }

            if (InstallingStatuses.Contains(cluster.Status))
            {
                return AssistedOutcome.Conflict($"Cluster {id} cannot be deleted while it is in {cluster.Status} state; cancel the installation first");
            }

            _clusters.Remove(cluster);
            _store.Hosts.RemoveOf(cluster.Id);
            _store.Events.Add(cluster, DateTimeOffset.UtcNow, "cluster_deregistered", "info", $"Deregistered cluster: {cluster.Name}");
            return new AssistedOutcome(204);
        }
    }

    public bool Exists(string id)
    {
        lock (_store.Gate)
        {
            return Find(id) is not null;
        }
    }

            /// <summary>The cluster with its due milestones applied; the caller holds the lock.</summary>
    internal SandboxCluster? Find(string id)
    {
        var cluster = _clusters.Find(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        if (cluster is not null)
        {
            _store.Installs.Advance(cluster, DateTimeOffset.UtcNow);
        }

        return cluster;
    }

    /// <summary>Applies every cluster's due milestones; the caller holds the lock.</summary>
    internal void RefreshAll()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var cluster in _clusters)
        {
            _store.Installs.Advance(cluster, now);
        }
    }

    internal static JsonObject Snapshot(SandboxCluster cluster, bool withHosts)
    {
        var copy = (JsonObject)cluster.Json.DeepClone();
        if (!withHosts)
        {
            copy.Remove("hosts");
        }

        return copy;
    }

    /// <summary>The cluster a host belongs to, as it is (no milestones applied); the caller holds the lock.</summary>
    internal SandboxCluster? Of(SandboxHost host) =>
        host.ClusterId is { } id ? _clusters.Find(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase)) : null;

    internal void Add(SandboxCluster cluster) => _clusters.Add(cluster);

    internal void Clear() => _clusters.Clear();

    /// <summary>Copies the writable fields a create or update body carries; the pull secret is stored only as "set".</summary>
    private static void Apply(SandboxCluster cluster, JsonObject body)
    {
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "pull_secret":
                    cluster.Json["pull_secret_set"] = true;
                    break;
                case "openshift_version":
                case "control_plane_count":
                    break;
                case "olm_operators":
                    AssistedClusterOperators.Apply(cluster, value);
                    break;
                default:
                    cluster.Json[key] = value?.DeepClone();
                    break;
            }
        }
    }

    /// <summary>True when a pull secret is the JSON object with an "auths" map that console.redhat.com hands out.</summary>
    public static bool IsPullSecret(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(value);
            return doc.RootElement.ValueKind == JsonValueKind.Object &&
                doc.RootElement.TryGetProperty("auths", out var auths) && auths.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
