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
public sealed partial class AssistedHosts
{
    /// <summary>Host statuses in which PATCH is allowed (hosts not yet installing).</summary>
    public static readonly string[] HostUpdatableStatuses = { "discovering", "known", "disconnected", "insufficient", "pending-for-input" };

    private readonly AssistedStore _store;
    private readonly List<SandboxHost> _hosts = new();

    internal AssistedHosts(AssistedStore store) => _store = store;

    /// <summary>GET /v2/clusters/{id}/hosts.</summary>
    public AssistedOutcome ListByCluster(string clusterId)
    {
        lock (_store.Gate)
        {
            return _store.Clusters.Find(clusterId) is { } cluster
                ? new AssistedOutcome(200, HostArray(_hosts.Where(h => h.ClusterId == cluster.Id)))
                : AssistedOutcome.MissingCluster(clusterId);
        }
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts.</summary>
    public AssistedOutcome ListByInfraEnv(string infraEnvId)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            SettleUnbound(DateTimeOffset.UtcNow);
            return _store.InfraEnvs.FindLocked(infraEnvId) is { } env
                ? new AssistedOutcome(200, HostArray(_hosts.Where(h => h.InfraEnvId == env.Id)))
                : AssistedOutcome.MissingInfraEnv(infraEnvId);
        }
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts/{host_id}.</summary>
    public AssistedOutcome Get(string infraEnvId, string hostId)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            SettleUnbound(DateTimeOffset.UtcNow);
            return FindIn(infraEnvId, hostId, out var host) is { } missing ? missing : new AssistedOutcome(200, host!.Json.DeepClone());
        }
    }

    /// <summary>PATCH /v2/infra-envs/{id}/hosts/{host_id}: role, name, installation disk, machine config pool (201); 409 once the host installs.</summary>
    public AssistedOutcome Update(string infraEnvId, string hostId, JsonObject body)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            if (FindIn(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            if (!HostUpdatableStatuses.Contains(host!.Status))
            {
                return AssistedOutcome.Conflict($"Host is in {host.Status} state, host can be updated only in one of [{string.Join(" ", HostUpdatableStatuses)}]");
            }

            // The disk is checked first: a refused disk leaves the host unchanged.
            if (body["disks_selected_config"] is JsonArray disks && InstallDisk(host, disks) is { } diskOutcome)
            {
                return diskOutcome;
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

            if (body["machine_config_pool_name"] is JsonValue pool)
            {
                host.Json["machine_config_pool_name"] = pool.GetValue<string>();
            }

            host.Json["updated_at"] = AssistedStore.Time(now);
            if (_store.Clusters.Of(host) is { } cluster)
            {
                _store.Events.Add(cluster, now, "host_updated", "info", $"Host {host.Hostname}: updated (role {host.Role})", host.Id);
                Settle(cluster, now);
            }

            return new AssistedOutcome(201, host.Json.DeepClone());
        }
    }

    /// <summary>
    /// disks_selected_config with role install: the disk must be an eligible disk of the inventory (by id), as the
    /// service checks; it becomes installation_disk_id and installation_disk_path. Null when applied, else the 400.
    /// </summary>
    private static AssistedOutcome? InstallDisk(SandboxHost host, JsonArray selected)
    {
        foreach (var choice in selected.OfType<JsonObject>().Where(c => c["role"]?.GetValue<string>() == "install"))
        {
            var id = choice["id"]?.GetValue<string>();
            var inventory = JsonNode.Parse(host.Json["inventory"]!.GetValue<string>())!.AsObject();
            var disk = inventory["disks"]?.AsArray().OfType<JsonObject>().FirstOrDefault(d => d["id"]?.GetValue<string>() == id);
            if (disk is null || disk["installation_eligibility"]?["eligible"]?.GetValue<bool>() != true)
            {
                return new AssistedOutcome(400, Reason: $"Requested installation disk {id} is not part of the host's valid disks");
            }

            host.Json["installation_disk_id"] = id;
            host.Json["installation_disk_path"] = disk["path"]?.GetValue<string>();
        }

        return null;
    }

    /// <summary>DELETE /v2/infra-envs/{id}/hosts/{host_id}: 204; 400 while the host's cluster installs (the spec has no 409 here).</summary>
    public AssistedOutcome Deregister(string infraEnvId, string hostId)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            if (FindIn(infraEnvId, hostId, out var host) is { } missing)
            {
                return missing;
            }

            var cluster = _store.Clusters.Of(host!);
            if (cluster is not null && AssistedClusters.InstallingStatuses.Contains(cluster.Status))
            {
                return new AssistedOutcome(400, Reason: $"Host {host!.Id} cannot be deregistered while cluster {cluster.Id} is in {cluster.Status} state");
            }

            _hosts.Remove(host!);
            if (cluster is not null)
            {
                var now = DateTimeOffset.UtcNow;
                _store.Events.Add(cluster, now, "host_deregistered", "info", $"Host {host!.Hostname}: deregistered from cluster {cluster.Name}", host.Id);
                Settle(cluster, now);
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
        lock (_store.Gate)
        {
            if (_store.InfraEnvs.FindLocked(infraEnvId) is not { ClusterId: { } clusterId } env || _store.Clusters.Find(clusterId) is not { } cluster
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
                host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
                _hosts.Add(host);
                _store.Events.Add(cluster, now, "host_registration_succeeded", "info", $"Host {host.Hostname}: Successfully registered", host.Id);
            }

            Settle(cluster, now);
            return Math.Max(0, wanted - have);
        }
    }

    /// <summary>A host of an infra-env, or the 404 to answer; the caller holds the lock.</summary>
    internal AssistedOutcome? FindIn(string infraEnvId, string hostId, out SandboxHost? host)
    {
        host = null;
        if (_store.InfraEnvs.FindLocked(infraEnvId) is not { } env)
        {
            return AssistedOutcome.MissingInfraEnv(infraEnvId);
        }

        host = _hosts.Find(h => h.InfraEnvId == env.Id && string.Equals(h.Id, hostId, StringComparison.OrdinalIgnoreCase));
        return host is null ? new AssistedOutcome(404, Reason: $"Failed to find host: {hostId} in infraEnv: {env.Id}") : null;
    }

    /// <summary>A new host; the caller holds the lock.</summary>
    internal void Add(SandboxHost host) => _hosts.Add(host);

    /// <summary>A host's infra-env by host id (events name it); the caller holds the lock.</summary>
    internal string? InfraEnvOf(string hostId) => _hosts.Find(h => h.Id == hostId)?.InfraEnvId;

    /// <summary>Hosts registered with an infra-env; the caller holds the lock.</summary>
    internal int CountIn(string infraEnvId) => _hosts.Count(h => h.InfraEnvId == infraEnvId);

    /// <summary>A host of an infra-env by id, or null; the caller holds the lock.</summary>
    internal SandboxHost? Lookup(string infraEnvId, string hostId) =>
        _hosts.Find(h => h.InfraEnvId == infraEnvId && string.Equals(h.Id, hostId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Forgets a deregistered cluster's hosts; the caller holds the lock.</summary>
    internal void RemoveOf(string clusterId) => _hosts.RemoveAll(h => h.ClusterId == clusterId);

    internal void Clear() => _hosts.Clear();

    private static JsonArray HostArray(IEnumerable<SandboxHost> hosts) =>
        new(hosts.Select(h => (JsonNode)h.Json.DeepClone()).ToArray());
}
