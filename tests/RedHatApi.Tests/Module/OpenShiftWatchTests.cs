using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using RedHatApi.Commands.OpenShift;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Watch-OpenShiftResource against the sandbox cluster: streaming, resume after the server ends a stream, 410 re-list, Ctrl+C.</summary>
public sealed class OpenShiftWatchTests : OpenShiftModuleTest
{
    public OpenShiftWatchTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
        Connect();
        Sandbox.ClearRequests();
    }

    private int WatchesOpened() => Sandbox.Get("_sandbox/cluster/watches").GetProperty("opened").GetInt32();

    /// <summary>Waits until more than <paramref name="before"/> watch streams have been opened.</summary>
    private void WaitForWatch(int before)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (WatchesOpened() <= before && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(25);
        }

        Assert.True(WatchesOpened() > before, "no watch was opened");
    }

    /// <summary>
    /// The cluster requests, once every watch stream has closed: the sandbox logs a request when it ends, and a
    /// watch the client cancelled ends on the server a moment later.
    /// </summary>
    private System.Collections.Generic.IReadOnlyList<string> LoggedRequests()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Sandbox.Get("_sandbox/cluster/watches").GetProperty("open").GetInt32() > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(25);
        }

        Thread.Sleep(100);
        return ClusterRequests();
    }

    private void PutConfigMap(string name, string value, string ns = "test") =>
        Sandbox.Send(HttpMethod.Put, $"_sandbox/cluster/configmaps/{ns}/{name}", new { labels = new { watched = "yes" }, data = new { value } });

    /// <summary>Runs <paramref name="work"/> on its own thread; the returned action joins it and rethrows its failure.</summary>
    private static Action Background(Action work)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        return () =>
        {
            thread.Join();
            if (failure is not null)
            {
                throw new InvalidOperationException("the background changes failed", failure);
            }
        };
    }

    private static long Version(OpenShiftWatchEvent e) => long.Parse(e.ResourceVersion!, CultureInfo.InvariantCulture);

    [Fact]
    public void Without_a_resourceVersion_current_objects_come_as_ADDED_then_every_change_as_it_happens()
    {
        var before = WatchesOpened();
        var changes = Background(() =>
        {
            WaitForWatch(before);
            PutConfigMap("live", "1");
            PutConfigMap("live", "2");
            PutConfigMap("elsewhere", "x", "ci");
            Sandbox.Send(HttpMethod.Delete, "_sandbox/cluster/configmaps/test/live");
        });
        var result = Run("Watch-OpenShiftResource v1 ConfigMap -Namespace test -TimeoutSec 4");
        changes();
        Assert.Empty(result.ErrorIds);
        var events = result.OutputOf<OpenShiftWatchEvent>();
        Assert.Equal(
            new[] { "ADDED kube-root-ca.crt", "ADDED live", "MODIFIED live", "DELETED live" },
            events.Select(e => e.Type + " " + e.Name));
        Assert.All(events, e => Assert.Equal("test", e.Namespace));
        Assert.Equal("2", ((PSObject)events[2].Object.Properties["data"].Value).Properties["value"].Value);
        Assert.Equal("RedHatApi.OpenShift.ConfigMap", events[1].Object.TypeNames[0]);
        Assert.True(Version(events[1]) < Version(events[2]) && Version(events[2]) < Version(events[3]));
        Assert.Contains(LoggedRequests(), r => r.StartsWith("GET /api/v1/namespaces/test/configmaps?watch=1", StringComparison.Ordinal));
    }

    [Fact]
    public void When_the_server_ends_the_stream_the_watch_resumes_from_the_last_version_without_losing_or_repeating_events()
    {
        var before = WatchesOpened();
        var changes = Background(() =>
        {
            WaitForWatch(before);
            for (var i = 1; i <= 8; i++)
            {
                PutConfigMap("tick", i.ToString(CultureInfo.InvariantCulture));
                Thread.Sleep(450);
            }
        });

        // Each stream lasts 1 s on the server, so the 8 changes over ~4 s span several streams.
        var result = Run(
            "Watch-OpenShiftResource v1 ConfigMap -Namespace test -StreamTimeoutSec 1 -TimeoutSec 7 -Verbose");
        changes();
        Assert.Empty(result.ErrorIds);
        var ticks = result.OutputOf<OpenShiftWatchEvent>().Where(e => e.Name == "tick").ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => i.ToString(CultureInfo.InvariantCulture)), ticks.Select(e => ((PSObject)e.Object.Properties["data"].Value).Properties["value"].Value));
        Assert.Equal(new[] { "ADDED" }.Concat(Enumerable.Repeat("MODIFIED", 7)), ticks.Select(e => e.Type));
        Assert.Equal(ticks.Select(Version).OrderBy(v => v), ticks.Select(Version));

        var watches = LoggedRequests().Where(r => r.Contains("watch=1", StringComparison.Ordinal)).ToList();
        Assert.True(watches.Count >= 3, "expected several streams, got " + watches.Count);
        Assert.DoesNotContain("resourceVersion=", watches[0], StringComparison.Ordinal);
        Assert.All(watches.Skip(1), w => Assert.Contains("resourceVersion=", w, StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.Message.Contains("reopening from resourceVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_resourceVersion_older_than_the_compaction_relists_with_a_warning_and_goes_on()
    {
        Sandbox.Send(HttpMethod.Post, "_sandbox/cluster/compact");
        var before = WatchesOpened();
        var changes = Background(() =>
        {
            WaitForWatch(before);
            PutConfigMap("after-gone", "1");
        });
        var result = Run("Watch-OpenShiftResource v1 ConfigMap -Namespace test -ResourceVersion 5 -TimeoutSec 4");
        changes();
        Assert.Empty(result.ErrorIds);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("410", warning.Message, StringComparison.Ordinal);
        Assert.Contains("too old resource version", warning.Message, StringComparison.Ordinal);
        var seen = Assert.Single(result.OutputOf<OpenShiftWatchEvent>());
        Assert.Equal(("ADDED", "after-gone"), (seen.Type, seen.Name));

        var requests = LoggedRequests();
        var relist = requests.ToList().FindIndex(r => r.StartsWith("GET /api/v1/namespaces/test/configmaps?limit=1", StringComparison.Ordinal));
        Assert.True(relist > 0);
        Assert.Contains("resourceVersion=5", requests.Take(relist).Last(r => r.Contains("watch=1", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Name_watches_one_object_only()
    {
        var before = WatchesOpened();
        var changes = Background(() =>
        {
            WaitForWatch(before);
            PutConfigMap("other", "1");
            PutConfigMap("mine", "1");
        });
        var result = Run("Watch-OpenShiftResource v1 ConfigMap mine -Namespace test -TimeoutSec 3");
        changes();
        Assert.Equal(new[] { "mine" }, result.OutputOf<OpenShiftWatchEvent>().Select(e => e.Name));
        Assert.Contains(LoggedRequests(), r => r.Contains("fieldSelector=metadata.name%3Dmine", StringComparison.Ordinal));
    }

    [Fact]
    public void Ctrl_C_stops_an_open_watch_at_once()
    {
        var before = WatchesOpened();
        using var ps = PowerShell.Create();
        ps.Runspace = Shell.Runspace;
        ps.AddScript("Watch-OpenShiftResource v1 Pod -AllNamespaces");
        var pending = ps.BeginInvoke();
        WaitForWatch(before);
        Thread.Sleep(200);
        var clock = Stopwatch.StartNew();
        ps.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "stopping took " + clock.Elapsed);
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.True(pending.IsCompleted);

        // The stream is closed on the server too.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Sandbox.Get("_sandbox/cluster/watches").GetProperty("open").GetInt32() > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        Assert.Equal(0, Sandbox.Get("_sandbox/cluster/watches").GetProperty("open").GetInt32());
    }
}
