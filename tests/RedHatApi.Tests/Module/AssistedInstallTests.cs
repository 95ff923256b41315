using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using RedHatApi.Models.Assisted;
using RedHatApi.Models.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>The install state machine through Start/Stop/Reset and Wait-AssistedCluster.</summary>
public sealed class AssistedInstallTests : AssistedModuleTest
{
    private static readonly string[] InstallOrder = { "preparing-for-installation", "installing", "finalizing" };

    public AssistedInstallTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Start_then_Wait_follows_the_install_to_installed_with_progress()
    {
        Install(300);
        Connect();
        var ready = Cluster("lab-ready");
        var result = Run(
            "$started = Start-AssistedClusterInstallation -ClusterId $id -PassThru; $started.Status; $started | Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 60",
            Vars(("id", ready.Id)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal("preparing-for-installation", result.Output.First().BaseObject);
        var done = Assert.Single(result.OutputOf<AssistedCluster>());
        Assert.Equal(("installed", 100), (done.Status, done.ProgressPercent));
        Assert.NotNull(done.InstallCompletedAt);
        Assert.True(done.InstallCompletedAt > done.InstallStartedAt);

        // The progress bar went through the stages in order, with a rising percentage, and was completed.
        var bars = result.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).ToList();
        var stages = bars.Select(p => p.StatusDescription.Split(':')[0]).Distinct().ToList();
        Assert.Equal(InstallOrder.Where(stages.Contains), stages);
        Assert.Contains("installing", stages);
        Assert.True(bars.Select(p => p.PercentComplete).SequenceEqual(bars.Select(p => p.PercentComplete).OrderBy(p => p)), "progress went backwards");
        Assert.True(bars.Last().PercentComplete > bars.First().PercentComplete);
        Assert.Contains(bars, p => p.StatusDescription.Contains("Installation in progress", StringComparison.Ordinal));
        Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);

        // The state machine wrote one event per stage, in time order.
        var events = Run("Get-AssistedEvent -ClusterId $id -Descending -First 4", Vars(("id", ready.Id))).OutputOf<AssistedEvent>();
        Assert.Equal(
            new[] { "cluster_installation_completed", "cluster_status_updated", "cluster_status_updated", "cluster_status_updated" },
            events.Select(e => e.Name));
        Assert.Equal("installing", events[2].Properties["cluster_status"]);
    }

    [Fact]
    public void Waits_longer_than_the_access_token_lifetime_refresh_tokens_without_a_visible_error()
    {
        Settings(new { accessTokenLifetimeSeconds = 2 });
        Install(1200);
        Connect();
        var ready = Cluster("edge-sno");
        var clock = Stopwatch.StartNew();
        var result = Run(
            "Start-AssistedClusterInstallation -ClusterId $id; Wait-AssistedCluster -ClusterId $id -Status installed -PollIntervalSec 0.3 -TimeoutSec 120; (Get-RedHatApiSession).Credentials",
            Vars(("id", ready.Id)));
        Assert.Empty(result.ErrorIds);
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(5), "the wait should outlast two token lifetimes");
        Assert.Equal("installed", Assert.Single(result.OutputOf<AssistedCluster>()).Status);
        var console = result.OutputOf<RedHatApiCredential>().Single(c => c.ClientId == "cloud-services");
        Assert.True(console.RefreshCount >= 3, "refreshes: " + console.RefreshCount);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("status").GetInt32() == 401);
    }

    [Fact]
    public void An_install_that_ends_in_error_is_AssistedClusterFailed_with_the_status_info()
    {
        Install(150);
        Connect();
        var doomed = Cluster("fail-install-demo");
        var result = Run(
            "Start-AssistedClusterInstallation -ClusterId $id; Wait-AssistedCluster -ClusterId $id -Status installed -PollIntervalSec 0.1 -TimeoutSec 60",
            Vars(("id", doomed.Id)));
        Assert.Empty(result.OutputOf<AssistedCluster>());
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedClusterFailed,RedHatApi.Commands.Assisted.WaitAssistedClusterCommand", error.FullyQualifiedErrorId);
        var cluster = Assert.IsType<AssistedCluster>(error.TargetObject);
        Assert.Equal(("error", "cluster has hosts in error"), (cluster.Status, cluster.StatusInfo));
        Assert.Contains("cluster has hosts in error", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("state 'error'", error.Exception.Message, StringComparison.Ordinal);
        Assert.InRange(cluster.ProgressPercent, 11, 79);
        Assert.Equal(ProgressRecordType.Completed, result.Progress.Last().RecordType);

        var failures = Run("Get-AssistedEvent -ClusterId $id -Severity error", Vars(("id", doomed.Id))).OutputOf<AssistedEvent>();
        Assert.Contains(failures, e => e.Name == "cluster_installation_failed");
        Assert.Contains(failures, e => e.HostId is not null);
    }

    [Fact]
    public void The_sandbox_fails_every_install_when_asked()
    {
        Install(100, fail: true);
        Connect();
        var result = Run("Get-AssistedCluster -Name lab-ready | Start-AssistedClusterInstallation -PassThru | Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 60");
        Assert.Equal("AssistedClusterFailed,RedHatApi.Commands.Assisted.WaitAssistedClusterCommand", Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void A_wait_that_runs_out_is_WaitTimeout_naming_the_current_status()
    {
        Install(600_000);
        Connect();
        var cluster = Cluster("lab-ready");
        var clock = Stopwatch.StartNew();
        var result = Run(
            "Start-AssistedClusterInstallation -ClusterId $id; Wait-AssistedCluster -ClusterId $id -Status installed -TimeoutSec 1 -PollIntervalSec 0.2",
            Vars(("id", cluster.Id)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "took " + clock.Elapsed);
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedWaitTimeout,RedHatApi.Commands.Assisted.WaitAssistedClusterCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'preparing-for-installation'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.OperationTimeout, error.CategoryInfo.Category);
        Assert.Equal("preparing-for-installation", Assert.IsType<AssistedCluster>(error.TargetObject).Status);
    }

    [Fact]
    public void Several_piped_clusters_are_waited_for_together()
    {
        Install(200);
        Connect();
        var result = Run("Get-AssistedCluster -Name lab-ready, edge-sno | Start-AssistedClusterInstallation -PassThru | Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 60");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(new[] { "edge-sno", "lab-ready" }, result.OutputOf<AssistedCluster>().Select(c => c.Name).OrderBy(n => n));
        Assert.All(result.OutputOf<AssistedCluster>(), c => Assert.Equal("installed", c.Status));
        Assert.Equal(2, result.Progress.Select(p => p.ActivityId).Distinct().Count());
    }

    [Fact]
    public void Starting_a_cluster_that_is_not_ready_is_ClusterStateConflict_with_the_state_looked_up()
    {
        Connect();
        var cluster = Cluster("dev-insufficient");
        var result = Run("Start-AssistedClusterInstallation -ClusterId $id", Vars(("id", cluster.Id)));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.StartAssistedClusterInstallationCommand", error.FullyQualifiedErrorId);
        Assert.Equal(cluster.Id, error.TargetObject);

        // The 409 reason does not name the state, so the client read the cluster to say it.
        Assert.Contains("in state 'insufficient'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("FailedValidations", error.Exception.Message, StringComparison.Ordinal);
        var calls = AssistedRequests();
        Assert.Equal("GET /api/assisted-install/v2/clusters/" + cluster.Id + "?exclude-hosts=true", calls.Last());
    }

    [Fact]
    public void Remove_while_installing_is_ClusterStateConflict_and_the_cluster_stays()
    {
        Install(600_000);
        Connect();
        var cluster = Cluster("lab-ready");
        var result = Run("Start-AssistedClusterInstallation -ClusterId $id; Remove-AssistedCluster -ClusterId $id -Confirm:$false", Vars(("id", cluster.Id)));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.RemoveAssistedClusterCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'preparing-for-installation'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains(Clusters(), c => c.Id == cluster.Id);
    }

    [Fact]
    public void Stop_cancels_and_Reset_makes_the_cluster_installable_again()
    {
        Install(400);
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        var result = Run(
            "Start-AssistedClusterInstallation -ClusterId $id; $null = Wait-AssistedCluster -ClusterId $id -Status installing -PollIntervalSec 0.1 -TimeoutSec 30; " +
            "Stop-AssistedClusterInstallation -ClusterId $id -Confirm:$false -PassThru",
            vars);
        Assert.True(result.ErrorIds.Count == 0, string.Join("; ", result.AllErrors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception.Message)));
        Assert.Equal("cancelled", Assert.Single(result.OutputOf<AssistedCluster>()).Status);

        var again = Run("Stop-AssistedClusterInstallation -ClusterId $id -Confirm:$false", vars);
        Assert.Contains("in state 'cancelled'", Assert.Single(again.Errors).Exception.Message, StringComparison.Ordinal);

        var reset = Run("Reset-AssistedCluster -ClusterId $id -Confirm:$false -PassThru; Wait-AssistedCluster -ClusterId $id -Status ready -PollIntervalSec 0.1 -TimeoutSec 30", vars);
        Assert.Empty(reset.ErrorIds);
        Assert.Equal(new[] { "insufficient", "ready" }, reset.OutputOf<AssistedCluster>().Select(c => c.Status));
        Assert.Equal(0, reset.OutputOf<AssistedCluster>().Last().ProgressPercent);

        var resetReady = Run("Reset-AssistedCluster -ClusterId $id -Confirm:$false", vars);
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.ResetAssistedClusterCommand", Assert.Single(resetReady.ErrorIds));
    }

    [Fact]
    public void Action_WhatIf_shows_each_POST_and_sends_nothing()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        Sandbox.Send(System.Net.Http.HttpMethod.Delete, "_sandbox/requests");
        var result = Run(
            "Start-AssistedClusterInstallation -ClusterId $id -WhatIf; Stop-AssistedClusterInstallation -ClusterId $id -WhatIf; Reset-AssistedCluster -ClusterId $id -WhatIf",
            Vars(("id", cluster.Id)));
        Assert.Empty(result.ErrorIds);
        foreach (var action in new[] { "install", "cancel", "reset" })
        {
            Assert.Contains(result.WhatIf, l => l.Contains("POST " + Sandbox.BaseUri + "api/assisted-install/v2/clusters/" + cluster.Id + "/actions/" + action, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("POST", StringComparison.Ordinal));
        Assert.Equal("ready", Cluster("lab-ready").Status);
    }

    [Fact]
    public void Ctrl_C_stops_a_long_wait_at_once()
    {
        Connect();
        var cluster = Cluster("dev-insufficient");
        using var ps = PowerShell.Create();
        ps.Runspace = Shell.Runspace;
        ps.AddScript("Wait-AssistedCluster -ClusterId '" + cluster.Id + "' -Status installed -PollIntervalSec 600 -TimeoutSec 3600");
        var pending = ps.BeginInvoke();

        // Wait until the first poll went out, so the command is inside its pause.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!AssistedRequests().Any(r => r.Contains(cluster.Id.ToString(), StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Thread.Sleep(200);
        var clock = Stopwatch.StartNew();
        ps.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "stopping took " + clock.Elapsed);
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.True(pending.IsCompleted);
    }
}
