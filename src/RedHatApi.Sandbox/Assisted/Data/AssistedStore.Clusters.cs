using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>Cluster operations with the real service's status codes and state rules.</summary>
public sealed partial class AssistedStore
{
    private static readonly string[] CancellableStatuses = { "preparing-for-installation", "installing", "installing-pending-user-action", "error", "finalizing" };

    private static readonly string[] ResettableStatuses = { "cancelled", "error" };

    /// <summary>GET /v2/clusters: every cluster, oldest first, optionally only one OpenShift cluster id.</summary>
    public IReadOnlyList<JsonObject> ListClusters(string? openshiftClusterId, bool withHosts)
    {
        lock (_gate)
        {
            RefreshAll();
            return _clusters
                .Where(c => openshiftClusterId is null || c.Json["openshift_cluster_id"]?.GetValue<string>() == openshiftClusterId)
                .Select(c => Snapshot(c, withHosts))
                .ToList();
        }
    }

    public AssistedOutcome GetCluster(string id)
    {
        lock (_gate)
        {
            return Find(id) is { } cluster ? new AssistedOutcome(200, Snapshot(cluster, true)) : Missing(id);
        }
    }

    /// <summary>POST /v2/clusters. The caller has checked the required fields and the pull secret.</summary>
    public AssistedOutcome Register(JsonObject body, string name, string version)
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            var id = Guid.NewGuid().ToString();
            var hosts = body["control_plane_count"]?.GetValue<int>() ?? 3;
            var cluster = SandboxCluster.Create(id, name, version, body["base_dns_domain"]?.GetValue<string>(), now, hosts, "insufficient");
            Apply(cluster, body);
            _clusters.Add(cluster);
            AddEvent(cluster, now, "cluster_registration_succeeded", "info", $"Successfully registered cluster {name} with id {id}");

            // No hosts yet: the cluster stays insufficient until hosts boot from an infra-env's discovery image.
            cluster.Json["total_host_count"] = 0;
            cluster.Json["enabled_host_count"] = 0;
            return new AssistedOutcome(201, Snapshot(cluster, true));
        }
    }

    /// <summary>PATCH /v2/clusters/{id}: 201 with the cluster, 409 once installation started.</summary>
    public AssistedOutcome Update(string id, JsonObject body)
    {
        lock (_gate)
        {
            if (Find(id) is not { } cluster)
            {
                return Missing(id);
            }

            if (!UpdatableStatuses.Contains(cluster.Status))
            {
                return Conflict($"Cluster {id} is in {cluster.Status} state, cluster can be updated only in one of [{string.Join(" ", UpdatableStatuses)}]");
            }

            Apply(cluster, body);
            var now = DateTimeOffset.UtcNow;
            cluster.Json["updated_at"] = Time(now);
            AddEvent(cluster, now, "cluster_updated", "info", $"Successfully updated cluster {cluster.Name}");
            return new AssistedOutcome(201, Snapshot(cluster, true));
        }
    }

    /// <summary>DELETE /v2/clusters/{id}: 204, or 409 while an installation runs.</summary>
    public AssistedOutcome Deregister(string id)
    {
        lock (_gate)
        {
            if (Find(id) is not { } cluster)
            {
                return Missing(id);
            }

            if (InstallingStatuses.Contains(cluster.Status))
            {
                return Conflict($"Cluster {id} cannot be deleted while it is in {cluster.Status} state; cancel the installation first");
            }

            _clusters.Remove(cluster);
            _hosts.RemoveAll(h => h.ClusterId == cluster.Id);
            AddEvent(cluster, DateTimeOffset.UtcNow, "cluster_deregistered", "info", $"Deregistered cluster: {cluster.Name}");
            return new AssistedOutcome(204);
        }
    }

    /// <summary>POST …/actions/install: 202, or 409 unless the cluster is ready. The reason does not name the
    /// state (the real one does not either), so clients must look it up.</summary>
    public AssistedOutcome Install(string id)
    {
        lock (_gate)
        {
            if (Find(id) is not { } cluster)
            {
                return Missing(id);
            }

            if (cluster.Status != "ready")
            {
                return Conflict("Cluster is not ready to be installed; check its validations");
            }

            var now = DateTimeOffset.UtcNow;
            var step = Math.Max(1, _options.StepMilliseconds);
            var fails = _options.FailInstalls || cluster.Name.Contains("fail-install", StringComparison.OrdinalIgnoreCase);
            cluster.InstallStart = now;
            cluster.StepMilliseconds = step;
            cluster.Json["install_started_at"] = Time(now);
            cluster.Json["install_completed_at"] = "2000-01-01T00:00:00.000Z";
            cluster.Pending.Clear();
            cluster.Pending.AddRange(InstallMilestones(cluster, now, step, fails));
            Advance(cluster, now);
            return new AssistedOutcome(202, Snapshot(cluster, true));
        }
    }

    /// <summary>POST …/actions/cancel: back to ready while preparing, else cancelled; 409 when nothing runs.</summary>
    public AssistedOutcome Cancel(string id)
    {
        lock (_gate)
        {
            if (Find(id) is not { } cluster)
            {
                return Missing(id);
            }

            if (!CancellableStatuses.Contains(cluster.Status))
            {
                return Conflict($"Cluster {id} is in {cluster.Status} state; only an installation in progress or in error can be cancelled");
            }

            var now = DateTimeOffset.UtcNow;
            cluster.Pending.Clear();
            var target = cluster.Status == "preparing-for-installation" ? "ready" : "cancelled";
            cluster.SetStatus(target, target == "ready" ? SandboxCluster.InfoFor("ready") : "Canceled cluster installation", now);
            SyncHosts(cluster, target, now);
            AddEvent(cluster, now, "cluster_installation_canceled", "info", $"Canceled cluster installation (status {target})");
            return new AssistedOutcome(202, Snapshot(cluster, true));
        }
    }

    /// <summary>POST …/actions/reset: from cancelled or error back to insufficient, then ready once its hosts have rediscovered.</summary>
    public AssistedOutcome Reset(string id)
    {
        lock (_gate)
        {
            if (Find(id) is not { } cluster)
            {
                return Missing(id);
            }

            if (!ResettableStatuses.Contains(cluster.Status))
            {
                return Conflict($"Cluster {id} is in {cluster.Status} state; only a cancelled or failed installation can be reset");
            }

            var now = DateTimeOffset.UtcNow;
            cluster.Pending.Clear();
            cluster.InstallStart = null;
            cluster.Json["progress"] = new JsonObject();
            cluster.SetStatus("insufficient", "Cluster is not ready for install", now);
            AddEvent(cluster, now, "cluster_installation_reset", "info", "Reset cluster installation");

            // The hosts reboot into discovery; the cluster is ready again once they have all reported (SettleHosts).
            RediscoverHosts(cluster, now);
            return new AssistedOutcome(202, Snapshot(cluster, true));
        }
    }

    public bool Exists(string id)
    {
        lock (_gate)
        {
            return Find(id) is not null;
        }
    }

    private static AssistedOutcome Missing(string id) => new(404, Reason: $"cluster {id} can't be found");

    private static AssistedOutcome Conflict(string reason) => new(409, Reason: reason);

    private SandboxCluster? Find(string id)
    {
        var cluster = _clusters.Find(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        if (cluster is not null)
        {
            Advance(cluster, DateTimeOffset.UtcNow);
        }

        return cluster;
    }

    private void RefreshAll()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var cluster in _clusters)
        {
            Advance(cluster, now);
        }
    }

    private static JsonObject Snapshot(SandboxCluster cluster, bool withHosts)
    {
        var copy = (JsonObject)cluster.Json.DeepClone();
        if (!withHosts)
        {
            copy.Remove("hosts");
        }

        return copy;
    }

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
