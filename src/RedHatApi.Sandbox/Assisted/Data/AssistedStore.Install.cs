using System;
using System.Collections.Generic;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The install state machine: ready → preparing-for-installation (1 stage) → installing (3) → finalizing (1) →
/// installed, or error half-way through installing when asked. progress.total_percentage weighs the stages 10/70/20.
/// </summary>
public sealed partial class AssistedStore
{
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
    private void Advance(SandboxCluster cluster, DateTimeOffset now)
    {
        while (cluster.Pending.Count > 0 && cluster.Pending[0].At <= now)
        {
            var next = cluster.Pending[0];
            cluster.Pending.RemoveAt(0);

            // Progress as it stood when the stage ended, so a failed install keeps the percentage it reached.
            UpdateProgress(cluster, next.At);
            cluster.SetStatus(next.Status, next.StatusInfo, next.At);
            SyncHosts(cluster, next.Status, next.At);
            if (next.Status == "installed")
            {
                cluster.Json["install_completed_at"] = Time(next.At);
            }

            AddEvent(cluster, next.At, next.EventName, next.Severity, next.Message);
            if (next.Status == "error")
            {
                var host = IdFor(cluster.Name + "/host-0");
                AddEvent(cluster, next.At, "host_install_failed", "error",
                    $"Host {cluster.Name}-master-0: updated status from installing-in-progress to error (Host failed to install because its installation stage Writing image to disk took longer than expected 1h0m0s)",
                    host);
            }
        }

        UpdateProgress(cluster, now);
        SettleHosts(cluster, now);
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
