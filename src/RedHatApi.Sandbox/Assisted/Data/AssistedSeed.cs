using System;
using System.Globalization;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The seeded data: the sample cluster (the API's own sample payload) with its hosts and a long event history, and
/// five clusters in typical states, each with an infra-env, hosts and the events that got it there.
/// </summary>
internal static class AssistedSeed
{
    /// <summary>Seeds an empty store; the caller holds the lock.</summary>
    public static void Apply(AssistedStore store, DateTimeOffset now)
    {
        var sample = SandboxCluster.FromSample(AssistedSamples.SampleClusterId, now.AddDays(-3));
        store.Clusters.Add(sample);
        store.Hosts.SeedSample(sample, now.AddDays(-3));
        SampleEvents(store, sample);
        Cluster(store, "lab-ready", "4.16.21", "ready", now.AddDays(-2), 3);
        Cluster(store, "edge-sno", "4.17.3", "ready", now.AddDays(-1), 1);
        Cluster(store, "prod-east", "4.15.38", "installed", now.AddDays(-40), 3);
        Cluster(store, "dev-insufficient", "4.16.21", "insufficient", now.AddHours(-6), 3);
        Cluster(store, "fail-install-demo", "4.17.3", "ready", now.AddHours(-2), 3);
    }

    private static void Cluster(AssistedStore store, string name, string version, string status, DateTimeOffset created, int hosts)
    {
        var cluster = SandboxCluster.Create(store.IdFor(name), name, version, "example.com", created, hosts, status);
        store.Clusters.Add(cluster);
        store.Hosts.Seed(cluster, store.InfraEnvs.Seed(cluster, created), created, hosts);
        store.Events.Add(cluster, created, "cluster_registration_succeeded", "info", $"Successfully registered cluster {name} with id {cluster.Id}");
        for (var i = 0; i < hosts; i++)
        {
            var hostId = store.IdFor(name + "/host-" + i);
            store.Events.Add(cluster, created.AddMinutes(5 + i), "host_registration_succeeded", "info", $"Host {name}-master-{i}: Successfully registered", hostId);
        }

        if (status == "installed")
        {
            var started = created.AddHours(1);
            cluster.Json["install_started_at"] = AssistedStore.Time(started);
            cluster.Json["install_completed_at"] = AssistedStore.Time(started.AddMinutes(52));
            cluster.SetProgress(100, 100, 100, 100, "Done");
            store.Events.Add(cluster, started, "cluster_status_updated", "info", "Updated status of the cluster to preparing-for-installation");
            store.Events.Add(cluster, started.AddMinutes(2), "cluster_status_updated", "info", "Updated status of the cluster to installing");
            store.Events.Add(cluster, started.AddMinutes(40), "cluster_status_updated", "info", "Updated status of the cluster to finalizing");
            store.Events.Add(cluster, started.AddMinutes(52), "cluster_installation_completed", "info", $"Successfully completed installing cluster {name} {version}");
        }
        else if (status == "ready")
        {
            store.Events.Add(cluster, created.AddMinutes(10), "cluster_status_updated", "info", "Updated status of the cluster to ready");
        }
        else if (status == "insufficient")
        {
            store.Events.Add(cluster, created.AddMinutes(10), "cluster_validation_failed", "warning", "Cluster validation 'sufficient-masters-count' that used to succeed is now failing");
        }
    }

    /// <summary>
    /// The sample cluster gets a long, deterministic history: registration, the three sample hosts discovering and
    /// flapping validations, and some metrics events (category metrics, hidden unless asked for). Enough to page.
    /// </summary>
    private static void SampleEvents(AssistedStore store, SandboxCluster cluster)
    {
        var random = new Random(store.Seed);
        var at = DateTimeOffset.Parse(cluster.Json["created_at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        store.Events.Add(cluster, at, "cluster_registration_succeeded", "info", $"Successfully registered cluster testcluster with id {cluster.Id}");
        string[] warnings = { "'ntp-synced' is now failing", "'sufficient-installation-disk-speed' is now failing", "'belongs-to-majority-group' is now failing" };
        string[] errors = { "Host is not connected", "Disk /dev/sdb has partitions" };
        for (var i = 0; i < 150; i++)
        {
            at = at.AddSeconds(7 + random.Next(0, 50));
            var host = AssistedSamples.SampleHosts[i % AssistedSamples.SampleHosts.Length];
            var roll = random.Next(0, 100);
            if (roll < 8)
            {
                store.Events.Add(cluster, at, "host_disconnected", roll < 2 ? "critical" : "error", $"Host {host.Hostname}: {errors[roll % errors.Length]}", host.Id);
            }
            else if (roll < 30)
            {
                store.Events.Add(cluster, at, "host_validation_failed", "warning", $"Host {host.Hostname}: validation {warnings[roll % warnings.Length]}", host.Id);
            }
            else if (roll < 40)
            {
                store.Events.Add(cluster, at, "cluster_metrics", "info", "Cluster progress metric", null, "metrics");
            }
            else
            {
                store.Events.Add(cluster, at, "host_status_updated", "info", $"Host {host.Hostname}: updated status from insufficient to known (Host is ready to be installed)", host.Id);
            }
        }
    }
}
