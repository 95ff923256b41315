using System;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>GET /v2/events: limit/offset paging, Event-Count and the Severity-Count-* headers.</summary>
public sealed class AssistedEventTests : AssistedModuleTest
{
    private const string SampleCluster = "948b8ba9-798f-4310-bb08-67a6b56ebdcc";

    public AssistedEventTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private int EventCount(string query) => Header(RawGet("events?" + query).Headers, "Event-Count");

    // The module always sends order=; the raw calls of these tests never do (and may be logged late, after a clear).
    private static System.Collections.Generic.IReadOnlyList<string> EventRequests(System.Collections.Generic.IEnumerable<string> calls) =>
        calls.Where(r => r.StartsWith("GET /api/assisted-install/v2/events", StringComparison.Ordinal) && r.Contains("order=", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Paging_returns_every_event_once_in_time_order_and_stops_at_Event_Count()
    {
        Connect();
        var total = EventCount("cluster_id=" + SampleCluster);
        Assert.True(total > 100, "the sample cluster has a long history: " + total);
        Sandbox.Send(System.Net.Http.HttpMethod.Delete, "_sandbox/requests");

        var result = Run("Get-AssistedEvent -ClusterId $id -PageSize 25", Vars(("id", Guid.Parse(SampleCluster))));
        Assert.Empty(result.ErrorIds);
        var events = result.OutputOf<AssistedEvent>();
        Assert.Equal(total, events.Count);
        Assert.Equal(events.Count, events.Select(e => (e.EventTime, e.Message, e.RequestId)).Distinct().Count());
        Assert.Equal(events.Select(e => e.EventTime).OrderBy(t => t), events.Select(e => e.EventTime));
        Assert.All(events, e => Assert.Equal(Guid.Parse(SampleCluster), e.ClusterId));
        Assert.All(events, e => Assert.Equal("user", e.Category));

        // Event-Count makes the last page known: no request beyond it.
        var calls = EventRequests(AssistedRequests());
        Assert.Equal((total + 24) / 25, calls.Count);
        Assert.All(calls, c => Assert.Contains("limit=25", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_exactly_full_end_without_an_empty_request()
    {
        Connect();
        var total = EventCount("cluster_id=" + SampleCluster);
        var pageSize = Enumerable.Range(7, 40).First(n => total % n == 0 && total / n >= 2);
        Sandbox.Send(System.Net.Http.HttpMethod.Delete, "_sandbox/requests");
        var result = Run("Get-AssistedEvent -ClusterId $id -PageSize $size", Vars(("id", Guid.Parse(SampleCluster)), ("size", pageSize)));
        Assert.Equal(total, result.OutputOf<AssistedEvent>().Count);
        Assert.Equal(total / pageSize, EventRequests(AssistedRequests()).Count);
    }

    [Fact]
    public void First_Skip_and_IncludeTotalCount_use_offset_and_Event_Count()
    {
        Connect();
        var id = Guid.Parse(SampleCluster);
        var all = Run("Get-AssistedEvent -ClusterId $id", Vars(("id", id))).OutputOf<AssistedEvent>();
        var result = Run("Get-AssistedEvent -ClusterId $id -Skip 30 -First 12 -PageSize 5 -IncludeTotalCount", Vars(("id", id)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(all.Skip(30).Take(12).Select(e => e.RequestId), result.OutputOf<AssistedEvent>().Select(e => e.RequestId));
        var total = Assert.Single(result.Output, o => o.BaseObject is not AssistedEvent);
        Assert.Equal((ulong)all.Count, Assert.IsType<ulong>(total.BaseObject));
        Assert.Contains(AssistedRequests(), r => r.Contains("offset=30", StringComparison.Ordinal) && r.Contains("limit=5", StringComparison.Ordinal));
    }

    [Fact]
    public void First_0_with_IncludeTotalCount_writes_the_Event_Count_total_and_no_event()
    {
        Connect();
        var id = Guid.Parse(SampleCluster);
        var total = EventCount("cluster_id=" + SampleCluster);
        var result = Run("Get-AssistedEvent -ClusterId $id -First 0 -IncludeTotalCount", Vars(("id", id)));
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.OutputOf<AssistedEvent>());
        var written = Assert.Single(result.Output);
        Assert.Equal((ulong)total, Assert.IsType<ulong>(written.BaseObject));
    }

    [Fact]
    public void Severity_counts_ignore_the_severity_filter_and_Event_Count_follows_it()
    {
        Connect();
        var (_, all, headers) = RawGet("events?cluster_id=" + SampleCluster + "&limit=-1");
        var counts = new[] { "info", "warning", "error", "critical" }.ToDictionary(s => s, s => all.EnumerateArray().Count(e => e.GetProperty("severity").GetString() == s));
        var (_, errorsOnly, filtered) = RawGet("events?cluster_id=" + SampleCluster + "&severities=error,critical&limit=3");
        Assert.Equal(3, errorsOnly.GetArrayLength());
        Assert.Equal(counts["error"] + counts["critical"], Header(filtered, "Event-Count"));
        foreach (var (severity, count) in counts)
        {
            var name = "Severity-Count-" + char.ToUpperInvariant(severity[0]) + severity[1..];
            Assert.Equal(count, Header(headers, name));
            Assert.Equal(count, Header(filtered, name));
        }

        var viaCmdlet = Run("Get-AssistedEvent -ClusterId $id -Severity error, critical", Vars(("id", Guid.Parse(SampleCluster)))).OutputOf<AssistedEvent>();
        Assert.Equal(counts["error"] + counts["critical"], viaCmdlet.Count);
        Assert.All(viaCmdlet, e => Assert.Contains(e.Severity, new[] { "error", "critical" }));
    }

    [Fact]
    public void Limit_edges_are_the_service_s_omitted_5000_minus_one_all_and_zero_empty_with_counts()
    {
        Connect();
        var total = EventCount("cluster_id=" + SampleCluster);
        Assert.Equal(total, RawGet("events?cluster_id=" + SampleCluster).Body.GetArrayLength());
        Assert.Equal(total, RawGet("events?cluster_id=" + SampleCluster + "&limit=-1").Body.GetArrayLength());
        var (status, empty, headers) = RawGet("events?cluster_id=" + SampleCluster + "&limit=0");
        Assert.Equal(200, status);
        Assert.Equal(0, empty.GetArrayLength());
        Assert.Equal(total, Header(headers, "Event-Count"));
        Assert.Equal(5, RawGet("events?cluster_id=" + SampleCluster + "&limit=5&offset=" + (total - 5)).Body.GetArrayLength());
        Assert.Equal(0, RawGet("events?cluster_id=" + SampleCluster + "&offset=" + total).Body.GetArrayLength());
    }

    [Fact]
    public void Host_filter_and_metrics_category_select_the_right_events()
    {
        Connect();
        var id = Guid.Parse(SampleCluster);
        var all = Run("Get-AssistedEvent -ClusterId $id", Vars(("id", id))).OutputOf<AssistedEvent>();
        var host = all.First(e => e.HostId is not null).HostId!.Value;
        var mine = Run("Get-AssistedEvent -ClusterId $id -HostId $hostId", Vars(("id", id), ("hostId", host))).OutputOf<AssistedEvent>();
        Assert.True(all.Count(e => e.HostId == host) == mine.Count, string.Join("\n", AssistedRequests()));
        Assert.All(mine, e => Assert.Equal(host, e.HostId));
        var hostOnly = Run("Get-AssistedEvent -HostId $hostId", Vars(("hostId", host)));
        Assert.True(hostOnly.ErrorIds.Count == 0, string.Join("; ", hostOnly.AllErrors.Select(e => e.FullyQualifiedErrorId + " " + e.Exception.Message)));
        Assert.Equal(mine.Count, hostOnly.OutputOf<AssistedEvent>().Count);

        var clusterLevel = Run("Get-AssistedEvent -ClusterId $id -ClusterLevel", Vars(("id", id))).OutputOf<AssistedEvent>();
        Assert.Equal(all.Count(e => e.HostId is null), clusterLevel.Count);

        var metrics = Run("Get-AssistedEvent -ClusterId $id -Category metrics", Vars(("id", id))).OutputOf<AssistedEvent>();
        Assert.NotEmpty(metrics);
        Assert.All(metrics, e => Assert.Equal("metrics", e.Category));
        Assert.DoesNotContain(all, e => e.Category == "metrics");
    }

    [Fact]
    public void Clusters_piped_in_list_their_own_events_and_an_unknown_cluster_is_ClusterNotFound()
    {
        Connect();
        var result = Run("Get-AssistedCluster -Name lab-ready, edge-sno | Get-AssistedEvent");
        Assert.Empty(result.ErrorIds);
        var events = result.OutputOf<AssistedEvent>();
        var clusters = Run("Get-AssistedCluster -Name lab-ready, edge-sno").OutputOf<AssistedCluster>();
        Assert.Equal(clusters.Select(c => c.Id).OrderBy(i => i), events.Select(e => e.ClusterId!.Value).Distinct().OrderBy(i => i));
        Assert.All(events, e => Assert.Equal(clusters.Single(c => c.Id == e.ClusterId).Name, e.Properties["cluster_name"]));

        var unknown = Guid.NewGuid();
        var missing = Run("Get-AssistedEvent -ClusterId $id", Vars(("id", unknown)));
        var error = Assert.Single(missing.Errors);
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedEventCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
    }

    [Fact]
    public void PageSize_above_the_service_page_is_refused_before_sending()
    {
        Connect();
        var result = Run("Get-AssistedEvent -ClusterId $id -PageSize 5001", Vars(("id", Guid.Parse(SampleCluster))));
        Assert.Single(result.ErrorIds);
        Assert.IsAssignableFrom<ParameterBindingException>(result.AllErrors.Single().Exception);
        Assert.DoesNotContain(AssistedRequests(), r => r.Contains("/events", StringComparison.Ordinal));
    }
}
