using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// What a user does to one host besides PATCHing it: a day-2 install, a reset, binding and unbinding (late binding),
/// resetting a validation, installer arguments and the ignition override. Transitions go through the same stage
/// timer as discovery (KnownAt/SettlesAs), so a bound host reports known, and an installed one added-to-existing-cluster,
/// one stage later.
/// </summary>
public sealed partial class AssistedHosts
{
    /// <summary>Cluster statuses in which a host can be bound (the ones in which a host can register).</summary>
    private static readonly string[] BindableClusterStatuses = { "insufficient", "ready", "pending-for-input", "adding-hosts" };

    /// <summary>Host statuses of an unbound host, which is the only kind that can be bound.</summary>
    private static readonly string[] UnboundStatuses = { "discovering", "discovering-unbound", "known-unbound", "insufficient-unbound", "disconnected-unbound" };

    /// <summary>Host statuses from which a host reset is allowed (its own installation failed or stopped).</summary>
    private static readonly string[] ResettableStatuses = { "error", "cancelled", "installing-pending-user-action" };

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>POST …/actions/install: 202; a known host of an installed (or adding-hosts) cluster installs and joins it one stage later.</summary>
    public AssistedOutcome Install(string infraEnvId, string hostId) => Act(infraEnvId, hostId, (host, now) =>
    {
        var cluster = _store.Clusters.Of(host);
        if (cluster is null || host.Status != "known" || cluster.Status is not ("installed" or "adding-hosts"))
        {
            return AssistedOutcome.Conflict(cluster is null
                ? $"Host {host.Id} is in {host.Status} state and is not bound to any cluster; bind it before installing it"
                : $"Host {host.Id} is in {host.Status} state; a single host installs only when known and its cluster {cluster.Id} is installed (cluster is in {cluster.Status} state)");
        }

        host.SetStatus("installing-in-progress", now);
        host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
        host.SettlesAs = "added-to-existing-cluster";
        _store.Events.Add(cluster, now, "host_install_started", "info", $"Host {host.Hostname}: installation of the host started", host.Id);
        return new AssistedOutcome(202, host.Json.DeepClone());
    });

    /// <summary>POST …/actions/reset: 200; a host whose own installation failed reboots into discovery and reports again one stage later.</summary>
    public AssistedOutcome Reset(string infraEnvId, string hostId) => Act(infraEnvId, hostId, (host, now) =>
    {
        if (!ResettableStatuses.Contains(host.Status))
        {
            return AssistedOutcome.Conflict($"Host {host.Id} is in {host.Status} state; a host can be reset only in one of [{string.Join(" ", ResettableStatuses)}]");
        }

        host.SetStatus("resetting", now);
        host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
        host.SettlesAs = "known";
        if (_store.Clusters.Of(host) is { } cluster)
        {
            _store.Events.Add(cluster, now, "host_reset", "info", $"Host {host.Hostname}: reset by user", host.Id);
        }

        return new AssistedOutcome(200, host.Json.DeepClone());
    });

    /// <summary>POST …/actions/bind: 200; an unbound host of a late-binding infra-env joins the cluster and is known there one stage later.</summary>
    public AssistedOutcome Bind(string infraEnvId, string hostId, string clusterId) => Act(infraEnvId, hostId, (host, now) =>
    {
        if (_store.Clusters.Find(clusterId) is not { } cluster)
        {
            return new AssistedOutcome(400, Reason: $"Failed to bind host {host.Id}: cluster {clusterId} can't be found");
        }

        if (host.ClusterId is not null || !UnboundStatuses.Contains(host.Status))
        {
            return AssistedOutcome.Conflict($"Host {host.Id} is in {host.Status} state; only unbound hosts can be bound (it belongs to cluster {host.ClusterId ?? "none"})");
        }

        if (!BindableClusterStatuses.Contains(cluster.Status))
        {
            return new AssistedOutcome(400, Reason: $"Cannot bind host {host.Id} to cluster {cluster.Id} in {cluster.Status} state; hosts can join only in one of [{string.Join(" ", BindableClusterStatuses)}]");
        }

        host.Json["cluster_id"] = cluster.Id;
        host.SetStatus("binding", now);
        host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
        host.SettlesAs = "known";
        _store.Events.Add(cluster, now, "host_bind_succeeded", "info", $"Host {host.Hostname}: bound to cluster {cluster.Name}", host.Id);
        Settle(cluster, now);
        return new AssistedOutcome(200, host.Json.DeepClone());
    });

    /// <summary>POST …/actions/unbind: 200; a host of a late-binding infra-env that has not started installing leaves its cluster.</summary>
    public AssistedOutcome Unbind(string infraEnvId, string hostId) => Act(infraEnvId, hostId, (host, now) =>
    {
        if (_store.InfraEnvs.FindLocked(host.InfraEnvId) is { ClusterId: { } boundTo })
        {
            return new AssistedOutcome(400, Reason: $"Host {host.Id} cannot be unbound: its infra-env is bound to cluster {boundTo}; only hosts of a late-binding infra-env can be unbound");
        }

        if (_store.Clusters.Of(host) is not { } cluster)
        {
            return AssistedOutcome.Conflict($"Host {host.Id} is in {host.Status} state and is not bound to any cluster");
        }

        if (!HostUpdatableStatuses.Contains(host.Status) && host.Status != "binding")
        {
            return AssistedOutcome.Conflict($"Host {host.Id} is in {host.Status} state; a host can be unbound only before its installation starts");
        }

        host.Json.Remove("cluster_id");
        host.SetStatus("unbinding", now);
        host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
        host.SettlesAs = "known";
        _store.Events.Add(cluster, now, "host_unbind_succeeded", "info", $"Host {host.Hostname}: unbound from cluster {cluster.Name}", host.Id);
        Settle(cluster, now);
        return new AssistedOutcome(200, host.Json.DeepClone());
    });

    /// <summary>PATCH …/actions/reset-validation/{validation_id}: 200; the validation reads pending until the host reports again.</summary>
    public AssistedOutcome ResetValidation(string infraEnvId, string hostId, string validationId) => Act(infraEnvId, hostId, (host, now) =>
    {
        var groups = JsonNode.Parse(host.Json["validations_info"]?.GetValue<string>() ?? "{}")!.AsObject();
        var item = groups.Select(g => g.Value!.AsArray()).SelectMany(a => a).FirstOrDefault(v => v!["id"]?.GetValue<string>() == validationId);
        if (item is null)
        {
            return new AssistedOutcome(400, Reason: $"Validation {validationId} was not found for host {host.Id}");
        }

        item["status"] = "pending";
        item["message"] = "Validation was reset by the user and is pending a new result";
        host.Json["validations_info"] = groups.ToJsonString(Relaxed);
        host.Json["updated_at"] = AssistedStore.Time(now);
        return new AssistedOutcome(200, host.Json.DeepClone());
    });

    /// <summary>PATCH …/installer-args: 201; the list (JSON inside a string, as the service stores it) replaces the host's.</summary>
    public AssistedOutcome SetInstallerArgs(string infraEnvId, string hostId, JsonArray args) => Act(infraEnvId, hostId, (host, now) =>
    {
        if (Updatable(host) is { } conflict)
        {
            return conflict;
        }

        host.Json["installer_args"] = args.ToJsonString(Relaxed);
        host.Json["updated_at"] = AssistedStore.Time(now);
        return new AssistedOutcome(201, host.Json.DeepClone());
    });

    /// <summary>GET …/ignition: 200 with the override; a host not bound to a cluster has no ignition yet (409).</summary>
    public AssistedOutcome GetIgnition(string infraEnvId, string hostId) => Act(infraEnvId, hostId, (host, _) =>
        host.ClusterId is null
            ? AssistedOutcome.Conflict($"Host {host.Id} is in {host.Status} state and is not bound to any cluster, so it has no ignition")
            : new AssistedOutcome(200, new JsonObject { ["config"] = host.Json["ignition_config_overrides"]?.GetValue<string>() ?? string.Empty }));

    /// <summary>PATCH …/ignition: 201 without a body; the override is kept for the installation.</summary>
    public AssistedOutcome SetIgnition(string infraEnvId, string hostId, string config) => Act(infraEnvId, hostId, (host, now) =>
    {
        if (Updatable(host) is { } conflict)
        {
            return conflict;
        }

        host.Json["ignition_config_overrides"] = config;
        host.Json["updated_at"] = AssistedStore.Time(now);
        return new AssistedOutcome(201);
    });

    /// <summary>POST /v2/clusters/{id}/actions/allow-add-hosts: 202; an installed cluster moves to adding-hosts, so hosts can register and install one by one.</summary>
    public AssistedOutcome AllowAddHosts(string clusterId)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            if (_store.Clusters.Find(clusterId) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(clusterId);
            }

            if (cluster.Status != "installed")
            {
                return AssistedOutcome.Conflict($"Cluster {cluster.Id} is in {cluster.Status} state; only an installed cluster can be made to accept new hosts");
            }

            var now = DateTimeOffset.UtcNow;
            cluster.SetStatus("adding-hosts", "cluster is adding hosts to existing OCP cluster", now);
            _store.Events.Add(cluster, now, "cluster_status_updated", "info", "Updated status of the cluster to adding-hosts");
            return new AssistedOutcome(202, _store.Clusters.Get(cluster.Id).Body);
        }
    }

    /// <summary>
    /// Unbound hosts whose time has come report their inventory: known-unbound until they are bound. The caller holds
    /// the lock; bound hosts settle with their cluster.
    /// </summary>
    internal void SettleUnbound(DateTimeOffset now)
    {
        foreach (var host in _hosts.Where(h => h.ClusterId is null && h.KnownAt is { } at && at <= now))
        {
            host.SetStatus("known-unbound", host.KnownAt!.Value, "Host is ready to be bound to a cluster");
            host.KnownAt = null;
        }
    }

    /// <summary>The 409 for a host that already installs, or null when its settings can change.</summary>
    private static AssistedOutcome? Updatable(SandboxHost host) =>
        HostUpdatableStatuses.Contains(host.Status) || host.Status is "known-unbound" or "binding"
            ? null
            : AssistedOutcome.Conflict($"Host is in {host.Status} state, host can be updated only in one of [{string.Join(" ", HostUpdatableStatuses)}]");

    /// <summary>Runs <paramref name="action"/> on a host under the lock, after the state machine caught up; 404 for an unknown host.</summary>
    private AssistedOutcome Act(string infraEnvId, string hostId, Func<SandboxHost, DateTimeOffset, AssistedOutcome> action)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            var now = DateTimeOffset.UtcNow;
            SettleUnbound(now);
            return FindIn(infraEnvId, hostId, out var host) is { } missing ? missing : action(host!, now);
        }
    }
}
