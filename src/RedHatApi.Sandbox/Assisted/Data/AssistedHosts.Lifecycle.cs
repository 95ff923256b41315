using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// How hosts follow their cluster: seeded hosts, the status an installation carries to them, rediscovery after a
/// reset, and discovering hosts reporting in, which decides whether a cluster waiting for hosts is ready.
/// </summary>
public sealed partial class AssistedHosts
{
    /// <summary>Hosts for a seeded cluster, in its seeded infra-env, with the ids and names its events already use.</summary>
    internal void Seed(SandboxCluster cluster, SandboxInfraEnv env, DateTimeOffset created, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var host = SandboxHost.Create(i, _store.IdFor(cluster.Name + "/host-" + i), env.Id, cluster.Id, $"{cluster.Name}-master-{i}", "master", "master", created.AddMinutes(5 + i));
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

        Sync(cluster, cluster.Status, created.AddMinutes(10));
    }

    /// <summary>The sample cluster's hosts are the sample payload itself, in the sample infra-env.</summary>
    internal void SeedSample(SandboxCluster cluster, DateTimeOffset created)
    {
        _store.InfraEnvs.Add(SandboxInfraEnv.FromSample(created));
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
    internal void Sync(SandboxCluster cluster, string status, DateTimeOffset at)
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
    internal void Rediscover(SandboxCluster cluster, DateTimeOffset now)
    {
        foreach (var host in _hosts.Where(h => h.ClusterId == cluster.Id))
        {
            host.SetStatus("discovering", now);
            host.KnownAt = now.AddMilliseconds(_store.Options.StepMilliseconds);
        }
    }

    /// <summary>
    /// Discovering hosts whose time has come report their inventory; then a cluster waiting for hosts becomes ready
    /// when every host is known and enough can be control plane, and goes back to insufficient when that stops being
    /// true. The caller holds the lock.
    /// </summary>
    internal void Settle(SandboxCluster cluster, DateTimeOffset now)
    {
        var hosts = _hosts.Where(h => h.ClusterId == cluster.Id).ToList();
        DateTimeOffset? settled = null;
        foreach (var host in hosts.Where(h => h.KnownAt is { } at && at <= now).OrderBy(h => h.KnownAt))
        {
            var at = host.KnownAt!.Value;
            host.KnownAt = null;
            host.SetStatus(host.SettlesAs, at);
            settled = at;
            _store.Events.Add(cluster, at, "host_status_updated", "info", $"Host {host.Hostname}: updated status from discovering to {host.SettlesAs} ({host.Json["status_info"]})", host.Id);
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
            _store.Events.Add(cluster, when, "cluster_status_updated", "info", "Updated status of the cluster to ready");
        }
        else if (!ready && cluster.Status == "ready")
        {
            cluster.SetStatus("insufficient", SandboxCluster.InfoFor("insufficient"), when);
            _store.Events.Add(cluster, when, "cluster_validation_failed", "warning", "Cluster validation 'sufficient-masters-count' that used to succeed is now failing");
        }

        cluster.Json["ready_host_count"] = known;
    }
}
