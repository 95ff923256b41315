using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using RedHatApi.Sandbox.Assisted;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>A result of an Assisted operation: the status to answer, the JSON body, or the handler error reason.</summary>
public sealed record AssistedOutcome(int Status, JsonNode? Body = null, string? Reason = null)
{
    public bool Ok => Status is >= 200 and < 300;
}

/// <summary>
/// The emulated Assisted Installer's clusters and events. Clusters are the real sample payload with their own ids,
/// names and states; installations advance lazily (every read first applies the milestones that are due), so the
/// state machine needs no background thread and is exact at any polling rate. One lock guards everything.
/// </summary>
public sealed partial class AssistedStore
{
    /// <summary>Statuses in which the cluster's properties may still change (PATCH).</summary>
    public static readonly string[] UpdatableStatuses = { "insufficient", "ready", "pending-for-input", "adding-hosts" };

    /// <summary>Statuses of a running installation (no PATCH, no DELETE).</summary>
    public static readonly string[] InstallingStatuses = { "preparing-for-installation", "installing", "installing-pending-user-action", "finalizing" };

    private readonly object _gate = new();
    private readonly AssistedOptions _options;
    private readonly List<SandboxCluster> _clusters = new();
    private readonly List<AssistedEventRecord> _events = new();
    private readonly List<AssistedLoggedBody> _bodies = new();
    private readonly (int Step, bool Fail) _initial;
    private int _seed;

    public AssistedStore(AssistedOptions options, int seed)
    {
        _options = options;
        _initial = (options.StepMilliseconds, options.FailInstalls);
        Reseed(seed);
    }

    /// <summary>Bodies of the POST and PATCH requests received (clusters, infra-envs, hosts; pull secrets masked), oldest first.</summary>
    public IReadOnlyList<AssistedLoggedBody> Bodies
    {
        get
        {
            lock (_gate)
            {
                return _bodies.ToList();
            }
        }
    }

    /// <summary>Back to the seeded clusters and events, and to the start-up install settings.</summary>
    public void Reseed(int seed)
    {
        lock (_gate)
        {
            _seed = seed;
            _options.StepMilliseconds = _initial.Step;
            _options.FailInstalls = _initial.Fail;
            _clusters.Clear();
            _events.Clear();
            _bodies.Clear();
            _infraEnvs.Clear();
            _hosts.Clear();
            var now = Truncate(DateTimeOffset.UtcNow);
            var sample = SandboxCluster.FromSample(AssistedSamples.SampleClusterId, now.AddDays(-3));
            _clusters.Add(sample);
            SeedSampleHosts(sample, now.AddDays(-3));
            SeedSampleEvents(sample);
            Seed("lab-ready", "4.16.21", "ready", now.AddDays(-2), 3);
            Seed("edge-sno", "4.17.3", "ready", now.AddDays(-1), 1);
            Seed("prod-east", "4.15.38", "installed", now.AddDays(-40), 3);
            Seed("dev-insufficient", "4.16.21", "insufficient", now.AddHours(-6), 3);
            Seed("fail-install-demo", "4.17.3", "ready", now.AddHours(-2), 3);
        }
    }

    public void RecordBody(string method, string path, JsonObject body)
    {
        var copy = (JsonObject)body.DeepClone();
        if (copy["pull_secret"] is not null)
        {
            copy["pull_secret"] = "***";
        }

        lock (_gate)
        {
            _bodies.Add(new AssistedLoggedBody(method, path, copy.ToJsonString()));
        }
    }

    /// <summary>Deterministic id from the seed and a name, so a reseeded sandbox has the same clusters.</summary>
    internal string IdFor(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("assisted/" + _seed + "/" + name));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    internal static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero);

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private void Seed(string name, string version, string status, DateTimeOffset created, int hosts)
    {
        var cluster = SandboxCluster.Create(IdFor(name), name, version, "example.com", created, hosts, status);
        _clusters.Add(cluster);
        SeedHosts(cluster, SeedInfraEnv(cluster, created), created, hosts);
        AddEvent(cluster, created, "cluster_registration_succeeded", "info", $"Successfully registered cluster {name} with id {cluster.Id}");
        for (var i = 0; i < hosts; i++)
        {
            var hostId = IdFor(name + "/host-" + i);
            AddEvent(cluster, created.AddMinutes(5 + i), "host_registration_succeeded", "info", $"Host {name}-master-{i}: Successfully registered", hostId);
        }

        if (status == "installed")
        {
            var started = created.AddHours(1);
            cluster.Json["install_started_at"] = Time(started);
            cluster.Json["install_completed_at"] = Time(started.AddMinutes(52));
            cluster.SetProgress(100, 100, 100, 100, "Done");
            AddEvent(cluster, started, "cluster_status_updated", "info", "Updated status of the cluster to preparing-for-installation");
            AddEvent(cluster, started.AddMinutes(2), "cluster_status_updated", "info", "Updated status of the cluster to installing");
            AddEvent(cluster, started.AddMinutes(40), "cluster_status_updated", "info", "Updated status of the cluster to finalizing");
            AddEvent(cluster, started.AddMinutes(52), "cluster_installation_completed", "info", $"Successfully completed installing cluster {name} {version}");
        }
        else if (status == "ready")
        {
            AddEvent(cluster, created.AddMinutes(10), "cluster_status_updated", "info", "Updated status of the cluster to ready");
        }
        else if (status == "insufficient")
        {
            AddEvent(cluster, created.AddMinutes(10), "cluster_validation_failed", "warning", "Cluster validation 'sufficient-masters-count' that used to succeed is now failing");
        }
    }

    /// <summary>
    /// The sample cluster gets a long, deterministic history: registration, the three sample hosts discovering and
    /// flapping validations, and some metrics events (category metrics, hidden unless asked for). Enough to page.
    /// </summary>
    private void SeedSampleEvents(SandboxCluster cluster)
    {
        var random = new Random(_seed);
        var at = DateTimeOffset.Parse(cluster.Json["created_at"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        AddEvent(cluster, at, "cluster_registration_succeeded", "info", $"Successfully registered cluster testcluster with id {cluster.Id}");
        string[] warnings = { "'ntp-synced' is now failing", "'sufficient-installation-disk-speed' is now failing", "'belongs-to-majority-group' is now failing" };
        string[] errors = { "Host is not connected", "Disk /dev/sdb has partitions" };
        for (var i = 0; i < 150; i++)
        {
            at = at.AddSeconds(7 + random.Next(0, 50));
            var host = AssistedSamples.SampleHosts[i % AssistedSamples.SampleHosts.Length];
            var roll = random.Next(0, 100);
            if (roll < 8)
            {
                AddEvent(cluster, at, "host_disconnected", roll < 2 ? "critical" : "error", $"Host {host.Hostname}: {errors[roll % errors.Length]}", host.Id);
            }
            else if (roll < 30)
            {
                AddEvent(cluster, at, "host_validation_failed", "warning", $"Host {host.Hostname}: validation {warnings[roll % warnings.Length]}", host.Id);
            }
            else if (roll < 40)
            {
                AddEvent(cluster, at, "cluster_metrics", "info", "Cluster progress metric", null, "metrics");
            }
            else
            {
                AddEvent(cluster, at, "host_status_updated", "info", $"Host {host.Hostname}: updated status from insufficient to known (Host is ready to be installed)", host.Id);
            }
        }
    }
}

/// <summary>A POST or PATCH body as the sandbox received it, pull secret masked.</summary>
public sealed record AssistedLoggedBody(string Method, string Path, string Body);
