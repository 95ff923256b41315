using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Polling;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Waits until Assisted Installer clusters reach a status, showing the installation's progress.</para>
/// <para type="description">Polls each cluster (GET /v2/clusters/{id}) until its status is one of -Status, with a progress bar per cluster showing progress.total_percentage and the stage. A cluster that ends in error or cancelled instead writes AssistedClusterFailed with its status_info; one still not there after -TimeoutSec writes AssistedWaitTimeout. Outputs each cluster once it arrives. Tokens refresh by themselves during long waits; Ctrl+C stops at once.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "AssistedCluster")]
[OutputType(typeof(AssistedCluster))]
public sealed class WaitAssistedClusterCommand : AssistedClusterCommand
{
    /// <summary>Terminal states that end a wait for any other status.</summary>
    private static readonly string[] FailedStatuses = { "error", "cancelled" };

    private readonly List<Guid> _clusters = new();

    /// <summary>The status (or statuses) to wait for.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateSet(
        "insufficient", "ready", "error", "preparing-for-installation", "pending-for-input", "installing", "finalizing",
        "installed", "adding-hosts", "cancelled", "installing-pending-user-action", "unmonitored")]
    public string[] Status { get; set; } = Array.Empty<string>();

    /// <summary>How long to wait, in seconds, for all clusters together (default 2 hours: installs take about an hour).</summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int TimeoutSec { get; set; } = 7200;

    /// <summary>Seconds between polls of each cluster (default 15).</summary>
    [Parameter]
    [ValidateRange(0.1, 3600)]
    public double PollIntervalSec { get; set; } = 15;

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        // Clusters from the whole pipeline are waited for together, under one deadline.
        _clusters.AddRange(ClusterId.Where(id => !_clusters.Contains(id)));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        if (_clusters.Count == 0)
        {
            return;
        }

        var client = AssistedClient.For(ResolveSession());
        var targets = string.Join(" or ", Status);
        var waiting = _clusters.Select((id, i) => new Waiting(id, i + 1)).ToList();

        // Ctrl+C cancels a poll or the pause between polls (StopProcessing cancels the token), so the wait ends at once.
        var result = await Poller.RunAsync(
            new PollSchedule(TimeSpan.FromSeconds(PollIntervalSec), TimeSpan.FromSeconds(TimeoutSec)),
            async ct =>
            {
                await PollRoundAsync(client, waiting, targets, ct);
                return waiting;
            },
            left => left.Count == 0 ? PollVerdict.Done : PollVerdict.Continue,
            progress =>
            {
                foreach (var item in progress.Value)
                {
                    Report(item, item.Last!, targets);
                }
            },
            cancellationToken);
        if (result.Outcome != PollOutcome.TimedOut)
        {
            return;
        }

        foreach (var item in waiting)
        {
            Complete(item, targets);
            var c = item.Last!;
            var message = Text.Format(Strings.AssistedWaitTimeout, c.Name, c.Id, targets, TimeoutSec, c.Status, c.ProgressPercent, c.StatusInfo);
            WriteInputError(new RedHatApiException(ErrorIds.AssistedWaitTimeout, message), c);
        }
    }

    /// <summary>
    /// Polls each cluster still waited for once: one that arrived is written, one that failed or cannot be read writes
    /// its error, and both leave <paramref name="waiting"/>.
    /// </summary>
    private async Task PollRoundAsync(AssistedClient client, List<Waiting> waiting, string targets, CancellationToken cancellationToken)
    {
        foreach (var item in waiting.ToList())
        {
            if (!await PerInputAsync(item.Id, async () => item.Last = await client.GetClusterAsync(item.Id, cancellationToken)))
            {
                waiting.Remove(item);
                continue;
            }

            var cluster = item.Last!;
            if (Status.Contains(cluster.Status, StringComparer.OrdinalIgnoreCase))
            {
                Complete(item, targets);
                WriteObject(cluster);
                waiting.Remove(item);
            }
            else if (FailedStatuses.Contains(cluster.Status))
            {
                Complete(item, targets);
                var message = Text.Format(Strings.AssistedClusterFailed, cluster.Name, cluster.Id, cluster.Status, targets, cluster.StatusInfo);
                WriteInputError(new RedHatApiException(ErrorIds.AssistedClusterFailed, message), cluster);
                waiting.Remove(item);
            }
        }
    }

    private void Report(Waiting item, AssistedCluster cluster, string targets)
    {
        var record = new ProgressRecord(item.ActivityId, Text.Format(Strings.AssistedWaitActivity, cluster.Name, targets), Text.Format(Strings.AssistedWaitStatus, cluster.Status, cluster.StatusInfo))
        {
            PercentComplete = Math.Max(0, Math.Min(100, cluster.ProgressPercent)),
        };
        if (!string.IsNullOrEmpty(cluster.InstallStage))
        {
            record.CurrentOperation = cluster.InstallStage;
        }

        WriteProgress(record);
    }

    private void Complete(Waiting item, string targets) =>
        WriteProgress(new ProgressRecord(item.ActivityId, Text.Format(Strings.AssistedWaitActivity, item.Last?.Name ?? item.Id.ToString("D"), targets), "Done")
        {
            RecordType = ProgressRecordType.Completed,
        });

    /// <summary>One cluster being waited for: its progress bar id and the last state seen.</summary>
    private sealed class Waiting
    {
        internal Waiting(Guid id, int activityId)
        {
            Id = id;
            ActivityId = activityId;
        }

        internal Guid Id { get; }

        internal int ActivityId { get; }

        internal AssistedCluster? Last { get; set; }
    }
}
