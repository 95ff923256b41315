using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The install state machine: ready → preparing-for-installation (1 stage) → installing (3) → finalizing (1) →
/// installed, or error half-way through installing when asked. progress.total_percentage weighs the stages 10/70/20.
/// </summary>
public sealed class AssistedInstalls
{
    private static readonly string[] CancellableStatuses = { "preparing-for-installation", "installing", "installing-pending-user-action", "error", "finalizing" };

    private static readonly string[] ResettableStatuses = { "cancelled", "error" };

    private readonly AssistedStore _store;

    internal AssistedInstalls(AssistedStore store) => _store = store;

    /// <summary>POST …/actions/install: 202, or 409 unless the cluster is ready. The reason does not name the
    /// state (the real one does not either), so clients must look it up.</summary>
    public AssistedOutcome Install(string id)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(id) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(id);
            }

            if (cluster.Status != "ready")
            {
                return AssistedOutcome.Conflict("Cluster is not ready to be installed; check its validations");
            }

            var now = DateTimeOffset.UtcNow;
            var step = Math.Max(1, _store.Options.StepMilliseconds);
            var fails = _store.Options.FailInstalls || cluster.Name.Contains("fail-install", StringComparison.OrdinalIgnoreCase);
            cluster.InstallStart = now;
            cluster.StepMilliseconds = step;
            cluster.Json["install_started_at"] = AssistedStore.Time(now);
            cluster.Json["install_completed_at"] = "2000-01-01T00:00:00.000Z";
            cluster.Pending.Clear();
            cluster.Pending.AddRange(InstallMilestones(cluster, now, step, fails));
            Advance(cluster, now);
            return new AssistedOutcome(202, AssistedClusters.Snapshot(cluster, true));
        }
    }

    /// <summary>POST …/actions/cancel: back to ready while preparing, else cancelled; 409 when nothing runs.</summary>
    public AssistedOutcome Cancel(string id)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(id) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(id);
            }

            if (!CancellableStatuses.Contains(cluster.Status))
            {
                return AssistedOutcome.Conflict($"Cluster {id} is in {cluster.Status} state; only an installation in progress or in error can be cancelled");
            }

            var now = DateTimeOffset.UtcNow;
            cluster.Pending.Clear();
            var target = cluster.Status == "preparing-for-installation" ? "ready" : "cancelled";
            cluster.SetStatus(target, target == "ready" ? SandboxCluster.InfoFor("ready") : "Canceled cluster installation", now);
            _store.Hosts.Sync(cluster, target, now);
            _store.Events.Add(cluster, now, "cluster_installation_canceled", "info", $"Canceled cluster installation (status {target})");
            return new AssistedOutcome(202, AssistedClusters.Snapshot(cluster, true));
        }
    }

    /// <summary>POST …/actions/reset: from cancelled or error back to insufficient, then ready once its hosts have rediscovered.</summary>
    public AssistedOutcome Reset(string id)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(id) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(id);
            }

            if (!ResettableStatuses.Contains(cluster.Status))
            {
                return AssistedOutcome.Conflict($"Cluster {id} is in {cluster.Status} state; only a cancelled or failed installation can be reset");
            }

            var now = DateTimeOffset.UtcNow;
            cluster.Pending.Clear();
            cluster.InstallStart = null;
            cluster.Json["progress"] = new JsonObject();
            cluster.SetStatus("insufficient", "Cluster is not ready for install", now);
            _store.Events.Add(cluster, now, "cluster_installation_reset", "info", "Reset cluster installation");

            // The hosts reboot into discovery; the cluster is ready again once they have all reported (SettleHosts).
            _store.Hosts.Rediscover(cluster, now);
            return new AssistedOutcome(202, AssistedClusters.Snapshot(cluster, true));
        }
    }

    private static readonly string[] FinalizingStages =
    {
        "Waiting for cluster operators", "Adding router ca", "Applying olm manifests", "Waiting for olm operators csv initialization",
        "Waiting for olm operators csv", "Waiting for OLM operator setup jobs",
    };

    private static IEnumerable<AssistedMilestone> InstallMilestones(SandboxCluster cluster, DateTimeOffset start, double step, bool fails)
    {
        DateTimeOffset At(double stages) => start.AddMilliseconds(step * stages);
        yield return new AssistedMilestone(start, "preparing-for-installation", "Preparing cluster for installation",
            "cluster_status_updated", "info", "Updated status of the cluster to preparing-for-installation");
        yield return new AssistedMilestone(At(1), "installing", "Installation in progress",
            "cluster_status_updated", "info", "Updated status of the cluster to installing");
        if (fails)
        {
            yield return new AssistedMilestone(At(2.5), "error", "cluster has hosts in error",
                "cluster_installation_failed", "error",
                $"Failed installing cluster {cluster.Name}. Reason: cluster has hosts in error");
            yield break;
        }

        yield return new AssistedMilestone(At(4), "finalizing", "Finalizing cluster installation",
            "cluster_status_updated", "info", "Updated status of the cluster to finalizing");
        yield return new AssistedMilestone(At(5), "installed", "Cluster is installed",
            "cluster_installation_completed", "info",
            $"Successfully completed installing cluster {cluster.Name} {cluster.Json["openshift_version"]}");
    }

    /// <summary>Applies every milestone that is due (events carry the milestone's own time) and updates progress.</summary>
    internal void Advance(SandboxCluster cluster, DateTimeOffset now)
    {
        while (cluster.Pending.Count > 0 && cluster.Pending[0].At <= now)
        {
            var next = cluster.Pending[0];
            cluster.Pending.RemoveAt(0);

            // Progress as it stood when the stage ended, so a failed install keeps the percentage it reached.
            UpdateProgress(cluster, next.At);
            cluster.SetStatus(next.Status, next.StatusInfo, next.At);
            _store.Hosts.Sync(cluster, next.Status, next.At);
            if (next.Status == "installed")
            {
                cluster.Json["install_completed_at"] = AssistedStore.Time(next.At);
            }

            _store.Events.Add(cluster, next.At, next.EventName, next.Severity, next.Message);
            if (next.Status == "error")
            {
                var host = _store.IdFor(cluster.Name + "/host-0");
                _store.Events.Add(cluster, next.At, "host_install_failed", "error",
                    $"Host {cluster.Name}-master-0: updated status from installing-in-progress to error (Host failed to install because its installation stage Writing image to disk took longer than expected 1h0m0s)",
                    host);
            }
        }

        UpdateProgress(cluster, now);
        _store.Hosts.Settle(cluster, now);
    }

    private static void UpdateProgress(SandboxCluster cluster, DateTimeOffset now)
    {
        if (cluster.InstallStart is not { } start)
        {
            return;
        }

        // Progress is a function of time within the stage, so every poll sees it move.
        var stages = (now - start).TotalMilliseconds / cluster.StepMilliseconds;
        static int Pct(double fraction) => (int)Math.Clamp(Math.Floor(fraction * 100), 0, 100);
        switch (cluster.Status)
        {
            case "preparing-for-installation":
                cluster.SetProgress(Pct(stages * 0.1), Pct(stages), 0, 0, null);
                break;
            case "installing":
                var installing = (stages - 1) / 3;
                cluster.SetProgress(Pct(0.1 + (0.7 * installing)), 100, Pct(installing), 0, null);
                break;
            case "finalizing":
                var finalizing = stages - 4;
                var stage = FinalizingStages[Math.Clamp((int)(finalizing * FinalizingStages.Length), 0, FinalizingStages.Length - 1)];
                cluster.SetProgress(Pct(0.8 + (0.2 * finalizing)), 100, 100, Pct(finalizing), stage);
                break;
            case "installed":
                cluster.SetProgress(100, 100, 100, 100, "Done");
                cluster.InstallStart = null;
                break;
            case "error":
            case "cancelled":
                // The install ended where it was: keep the progress it reached.
                cluster.InstallStart = null;
                break;
            default:
                // Not started yet (the first milestone is being applied).
                break;
        }
    }
}
