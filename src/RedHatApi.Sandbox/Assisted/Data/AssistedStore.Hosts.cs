using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// Hosts: listed per cluster or per infra-env, renamed or given a role (PATCH 201), deregistered (204). They feed the
/// cluster state machine: a cluster is ready only while all its hosts are known and enough of them can be control
/// plane, and an installation carries its hosts along (preparing, installing, installed, error, cancelled).
/// </summary>
public sealed partial class AssistedStore
{
    /// <summary>Host statuses in which PATCH is allowed (hosts not yet installing).</summary>
    public static readonly string[] HostUpdatableStatuses = { "discovering", "known", "disconnected", "insufficient", "pending-for-input" };

    private readonly List<SandboxHost> _hosts = new();

    /// <summary>GET /v2/clusters/{id}/hosts.</summary>
    public AssistedOutcome ListClusterHosts(string clusterId)
    {
        lock (_gate)
        {
            return Find(clusterId) is { } cluster
                ? new AssistedOutcome(200, HostArray(_hosts.Where(h => h.ClusterId == cluster.Id)))
                : Missing(clusterId);
        }
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts.</summary>
    public AssistedOutcome ListInfraEnvHosts(string infraEnvId)
    {
        lock (_gate)
        {
            RefreshAll();
            return FindInfraEnv(infraEnvId) is { } env
                ? new AssistedOutcome(200, HostArray(_hosts.Where(h => h.InfraEnvId == env.Id)))
                : MissingInfraEnv(infraEnvId);
        }
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts/{host_id}.</summary>
    public AssistedOutcome GetHost(string infraEnvId, string hostId)
    {
        lock (_gate)
        {
            RefreshAll();
            return FindHost(infraEnvId, hostId, out var host) is { } missing ? missing : new AssistedOutcome(200, host!.Json.DeepClone());
        }
    }

    /// <summary>PATCH /v2/infra-envs/{id}/hosts/{host_id}: role and name (201); 409 once the host installs.</summary>
    public AssistedOutcome UpdateHost(string infraEnvId, string hostId, JsonObject body)
    {
        lock (_gate)
        {
            RefreshAll();
            if (FindHost(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            if (!HostUpdatableStatuses.Contains(host!.Status))
            {
                return Conflict($"Host is in {host.Status} state, host can be updated only in one of [{string.Join(" ", HostUpdatableStatuses)}]");
            }

            var now = DateTimeOffset.UtcNow;
            if (body["host_role"] is JsonValue role)
            {
                host.Json["role"] = role.GetValue<string>();
            }

            if (body["host_name"] is JsonValue name)
            {
                host.Json["requested_hostname"] = name.GetValue<string>();
            }

            host.Json["updated_at"] = Time(now);
            if (ClusterOf(host) is { } cluster)
            {
                AddEvent(cluster, now, "host_updated", "info", $"Host {host.Hostname}: updated (role {host.Role})", host.Id);
                SettleHosts(cluster, now);
            }

            return new AssistedOutcome(201, host.Json.DeepClone());
        }
    }

    /// <summary>DELETE /v2/infra-envs/{id}/hosts/{host_id}: 204; 400 while the host's cluster installs (the spec has no 409 here).</summary>
    public AssistedOutcome DeregisterHost(string infraEnvId, string hostId)
    {
        lock (_gate)
        {
            RefreshAll();
            if (FindHost(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            var cluster = ClusterOf(host!);
            if (cluster is not null && InstallingStatuses.Contains(cluster.Status))
            {
                return new AssistedOutcome(400, Reason: $"Host {host!.Id} cannot be deregistered while cluster {cluster.Id} is in {cluster.Status} state");
            }

            _hosts.Remove(host!);
            if (cluster is not null)
            {
                var now = DateTimeOffset.UtcNow;
                AddEvent(cluster, now, "host_deregistered", "info", $"Host {host!.Hostname}: deregistered from cluster {cluster.Name}", host.Id);
                SettleHosts(cluster, now);
            }

            return new AssistedOutcome(204);
        }
    }

    /// <summary>
    /// Hosts boot from a downloaded discovery image: the first image request of an infra-env bound to a cluster with
    /// fewer hosts than control-plane nodes registers the missing ones, which report their inventory one stage later.
    /// </summary>
    public int BootFromImage(string infraEnvId)
    {
        lock (_gate)
        {
            if (FindInfraEnv(infraEnvId) is not { ClusterId: { } clusterId } env || Find(clusterId) is not { } cluster
                || cluster.Status is not ("insufficient" or "ready"))
            {
                return 0;
            }

            var wanted = cluster.Json["control_plane_count"]?.GetValue<int>() ?? 3;
            var have = _hosts.Count(h => h.ClusterId == cluster.Id);
            var now = DateTimeOffset.UtcNow;
            for (var i = have; i < wanted; i++)
            {
                var host = SandboxHost.Create(i, Guid.NewGuid().ToString(), env.Id, cluster.Id, $"{cluster.Name}-master-{i}", "auto-assign", "master", now);
                host.SetStatus("discovering", now);
                host.KnownAt = now.AddMilliseconds(_options.StepMilliseconds);
                _hosts.Add(host);
                AddEvent(cluster, now, "host_registration_succeeded", "info", $"Host {host.Hostname}: Successfully registered", host.Id);
            }

            SettleHosts(cluster, now);
            return Math.Max(0, wanted - have);
        }
    }

    /// <summary>Hosts for a seeded cluster, in its seeded infra-env, with the ids and names its events already use.</summary>
    private void SeedHosts(SandboxCluster cluster, SandboxInfraEnv env, DateTimeOffset created, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var host = SandboxHost.Create(i, IdFor(cluster.Name + "/host-" + i), env.Id, cluster.Id, $"{cluster.Name}-master-{i}", "master", "master", created.AddMinutes(5 + i));
            host.SetStatus("known", created.AddMinutes(6 + i));
            _hosts.Add(host);
        }

        if (cluster.Status == "insufficient" && count > 0)
        {
            // One undersized host keeps the cluster insufficient, as its validations say.
            var small = _hosts[^1];
            small.EditInventory(inventory => inventory["memory"]!["physical_bytes"] = 8L * 1024 * 1024 * 1024);
            small.SetValidation("has-memory-for-role", "failure", "Require at least 16.00 GiB RAM for role master, found only 8.00 GiB");
            small.SetStatus("insufficient", created.AddMinutes(6 + count));
            small.SettlesAs = "insufficient";
        }

        SyncHosts(cluster, cluster.Status, created.AddMinutes(10));
    }

    /// <summary>The sample cluster's hosts are the sample payload itself, in the sample infra-env.</summary>
    private void SeedSampleHosts(SandboxCluster cluster, DateTimeOffset created)
    {
        _infraEnvs.Add(SandboxInfraEnv.FromSample(created));
        foreach (var sample in JsonNode.Parse(AssistedSampleHosts.Json)!.AsArray())
        {
            var json = (JsonObject)sample!;
            var host = SandboxHost.Create(
                _hosts.Count, json["id"]!.GetValue<string>(), AssistedSamples.SampleInfraEnvId, cluster.Id,
                json["requested_hostname"]!.GetValue<string>(), json["role"]!.GetValue<string>(), json["suggested_role"]!.GetValue<string>(), created);
            host.SetStatus("known", created.AddMinutes(2), json["status_info"]!.GetValue<string>());
            _hosts.Add(host);
        }
    }

    /// <summary>Carries a cluster's new status to its hosts; the caller holds the lock.</summary>
    private void SyncHosts(SandboxCluster cluster, string status, DateTimeOffset at)
    {
        var hostStatus = status switch
        {
            "preparing-for-installation" => "preparing-for-installation",
            "installing" => "installing-in-progress",
            "finalizing" or "installed" => "installed",
            "error" => "error",
            "cancelled" => "cancelled",
            "ready" => "known",
            _ => null,
        };
        if (hostStatus is null)
        {
            return;
        }

        foreach (var host in _hosts.Where(h => h.ClusterId == cluster.Id && h.Status != hostStatus))
        {
            host.KnownAt = null;
            host.SetStatus(hostStatus, at);
        }
    }

    /// <summary>After a reset the hosts reboot into discovery and report again one stage later.</summary>
    private void RediscoverHosts(SandboxCluster cluster, DateTimeOffset now)
    {
        foreach (var host in _hosts.Where(h => h.ClusterId == cluster.Id))
        {
            host.SetStatus("discovering", now);
            host.KnownAt = now.AddMilliseconds(_options.StepMilliseconds);
        }
    }

    /// <summary>
    /// Discovering hosts whose time has come report their inventory; then a cluster waiting for hosts becomes ready
    /// when every host is known and enough can be control plane, and goes back to insufficient when that stops being
    /// true. The caller holds the lock.
    /// </summary>
    private void SettleHosts(SandboxCluster cluster, DateTimeOffset now)
    {
        var hosts = _hosts.Where(h => h.ClusterId == cluster.Id).ToList();
        DateTimeOffset? settled = null;
        foreach (var host in hosts.Where(h => h.KnownAt is { } at && at <= now).OrderBy(h => h.KnownAt))
        {
            var at = host.KnownAt!.Value;
            host.KnownAt = null;
            host.SetStatus(host.SettlesAs, at);
            settled = at;
            AddEvent(cluster, at, "host_status_updated", "info", $"Host {host.Hostname}: updated status from discovering to {host.SettlesAs} ({host.Json["status_info"]})", host.Id);
        }

        if (cluster.Pending.Count > 0 || cluster.Status is not ("insufficient" or "ready"))
        {
            return;
        }

        var wanted = cluster.Json["control_plane_count"]?.GetValue<int>() ?? 3;
        var known = hosts.Count(h => h.Status == "known");
        var ready = hosts.Count > 0 && known == hosts.Count && hosts.Count(h => h.IsControlPlane) >= wanted;
        cluster.Json["total_host_count"] = hosts.Count;
        cluster.Json["enabled_host_count"] = hosts.Count;
        var when = settled ?? now;
        if (ready && cluster.Status == "insufficient")
        {
            cluster.SetStatus("ready", SandboxCluster.InfoFor("ready"), when);
            AddEvent(cluster, when, "cluster_status_updated", "info", "Updated status of the cluster to ready");
        }
        else if (!ready && cluster.Status == "ready")
        {
            cluster.SetStatus("insufficient", SandboxCluster.InfoFor("insufficient"), when);
            AddEvent(cluster, when, "cluster_validation_failed", "warning", "Cluster validation 'sufficient-masters-count' that used to succeed is now failing");
        }

        cluster.Json["ready_host_count"] = known;
    }

    private AssistedOutcome? FindHost(string infraEnvId, string hostId, out SandboxHost? host)
    {
        host = null;
        if (FindInfraEnv(infraEnvId) is not { } env)
        {
            return MissingInfraEnv(infraEnvId);
        }

        host = _hosts.Find(h => h.InfraEnvId == env.Id && string.Equals(h.Id, hostId, StringComparison.OrdinalIgnoreCase));
        return host is null ? new AssistedOutcome(404, Reason: $"Failed to find host: {hostId} in infraEnv: {env.Id}") : null;
    }

    private SandboxCluster? ClusterOf(SandboxHost host) =>
        host.ClusterId is { } id ? _clusters.Find(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase)) : null;

    private static JsonArray HostArray(IEnumerable<SandboxHost> hosts) =>
        new(hosts.Select(h => (JsonNode)h.Json.DeepClone()).ToArray());
}
