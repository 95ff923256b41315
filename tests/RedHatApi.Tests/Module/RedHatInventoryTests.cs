using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Assisted;
using RedHatApi.Models.Ironic;
using RedHatApi.Models.Reconciliation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Compare-RedHatInventory over the sandbox's CMDB-facing sources: RHSM, the Assisted Installer and Ironic.</summary>
public sealed class RedHatInventoryTests : SandboxModuleTest
{
    private const string Id = ",RedHatApi.Commands.Reconciliation.CompareRedHatInventoryCommand";

    public RedHatInventoryTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private static Hashtable Row(string? host, string? mac = null, DateTimeOffset? lastSeen = null) =>
        new() { ["hostname"] = host, ["mac"] = mac, ["last_seen"] = lastSeen?.ToString("o") };

    private void ConnectAll()
    {
        Connect();
        var ironic = Run("Connect-Ironic -Url ([uri]::new($sandbox, 'ironic/')) | Out-Null");
        Assert.Empty(ironic.ErrorIds);
    }

    private ScriptResult Compare(IEnumerable<Hashtable> cmdb, string extra = "") =>
        Run("Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname, mac -LastSeenProperty last_seen " + extra, new Dictionary<string, object?> { ["cmdb"] = cmdb.ToArray() });

    [Fact]
    public void Four_sources_give_every_status_its_rule_implies()
    {
        ConnectAll();
        var systems = Run("Get-RhsmSystem").OutputOf<RhsmSystem>();
        var assisted = Run("Get-AssistedInfraEnv | Get-AssistedHost").OutputOf<AssistedHost>();
        var ports = Run("Get-IronicPort").OutputOf<IronicPort>();
        var now = DateTimeOffset.UtcNow;
        Assert.NotEmpty(assisted);
        Assert.NotEmpty(ports);

        var hosts = systems.Select(s => s.Hostname!).Distinct(StringComparer.Ordinal).ToList();
        var dropped = hosts.Take(3).ToHashSet(StringComparer.Ordinal);
        var cmdb = hosts.Skip(3).Select(h => Row(h.ToUpperInvariant())).ToList();

        // An Assisted host the CMDB lists and RHSM lacks. The sandbox's Assisted hosts are three machines discovered
        // in several infra-envs (the same MACs), so joined on MAC they are one host with several Assisted records.
        var alive = assisted.First(h => h.CheckedInAt is { } at && now - at < TimeSpan.FromDays(29));
        var sameMachine = assisted.Where(o => o.Interfaces.Any(i => alive.Interfaces.Any(j => j.MacAddress == i.MacAddress))).ToList();
        Assert.True(sameMachine.Count > 1);
        cmdb.Add(Row(alive.HostName));

        // An Ironic port by MAC (another spelling), no name: Ironic knows the node but nothing saw it recently.
        var port = ports[0];
        cmdb.Add(Row(null, port.Address.ToUpperInvariant().Replace(':', '-')));
        cmdb.Add(Row("retired-01.example.com", lastSeen: now.AddDays(-90)));
        cmdb.Add(Row("rebuilt-01.example.com", lastSeen: now.AddDays(-2)));

        var result = Compare(cmdb);
        Assert.Empty(result.ErrorIds);
        var rows = result.OutputOf<RedHatInventoryComparison>();
        Assert.All(rows, r => Assert.Equal("Cmdb, Rhsm, Inventory, Assisted, Ironic", r.SourcesCompared));

        foreach (var group in systems.GroupBy(s => s.Hostname!))
        {
            var row = rows.Single(r => string.Equals(r.HostName, group.Key, StringComparison.OrdinalIgnoreCase));
            var newest = group.Max(s => s.LastCheckin!.Value);
            var expected = group.Count() > 1 ? RedHatInventoryStatus.Duplicate
                : dropped.Contains(group.Key) ? RedHatInventoryStatus.MissingInCmdb
                : now - newest > TimeSpan.FromDays(7) ? RedHatInventoryStatus.Stale
                : RedHatInventoryStatus.Match;
            Assert.True(expected == row.Status, $"{group.Key}: expected {expected}, got {row.Status} ({row.Reason})");
            Assert.Equal(string.Join(", ", group.Select(s => s.Uuid.ToString())), row.RhsmId);
            Assert.Equal(!dropped.Contains(group.Key), row.InCmdb);
        }

        var machine = rows.Single(r => r.HostName == alive.HostName);
        Assert.Equal(RedHatInventoryStatus.Duplicate, machine.Status);
        Assert.Equal(sameMachine.Select(h => h.Id.ToString()).OrderBy(x => x), machine.AssistedId!.Split(", ").OrderBy(x => x));
        Assert.Contains(sameMachine.Count + " Assisted records", machine.Reason, StringComparison.Ordinal);

        var bare = rows.Single(r => r.IronicId == port.NodeUuid.ToString());
        Assert.Equal(RedHatInventoryStatus.MissingInRhsm, bare.Status);
        Assert.True(bare.InCmdb);
        Assert.Equal(port.Address.ToLowerInvariant(), bare.MacAddress);

        Assert.Equal(RedHatInventoryStatus.Decommissioned, rows.Single(r => r.HostName == "retired-01.example.com").Status);
        Assert.Equal(RedHatInventoryStatus.LikelyAutoDeletedByRhsm, rows.Single(r => r.HostName == "rebuilt-01.example.com").Status);

        // Every Assisted host and Ironic node is in exactly one row.
        Assert.All(assisted, h => Assert.Single(rows, r => r.AssistedId is { } ids && ids.Split(", ").Contains(h.Id.ToString())));

        Assert.Equal(ports.Count - 1, rows.Count(r => r.InIronic && r.Status == RedHatInventoryStatus.MissingInCmdb));
        foreach (var status in Enum.GetValues<RedHatInventoryStatus>())
        {
            Assert.Contains(rows, r => r.Status == status);
        }
    }

    [Fact]
    public void Joined_on_host_name_only_a_recently_discovered_host_absent_from_RHSM_is_LikelyAutoDeletedByRhsm()
    {
        ConnectAll();
        var assisted = Run("Get-AssistedInfraEnv | Get-AssistedHost").OutputOf<AssistedHost>();
        var now = DateTimeOffset.UtcNow;
        var alive = assisted.First(h => h.CheckedInAt is { } at && now - at < TimeSpan.FromDays(29) && assisted.Count(o => o.HostName == h.HostName) == 1);
        var old = assisted.First(h => h.CheckedInAt is { } at && now - at > TimeSpan.FromDays(31) && assisted.Count(o => o.HostName == h.HostName) == 1);

        var result = Compare(new[] { Row(alive.HostName), Row(old.HostName) }, "-MatchOn HostName, SubscriptionManagerId -Source Rhsm, Assisted");
        Assert.Empty(result.ErrorIds);
        var rows = result.OutputOf<RedHatInventoryComparison>();
        var deleted = rows.Single(r => r.HostName == alive.HostName);
        Assert.Equal(RedHatInventoryStatus.LikelyAutoDeletedByRhsm, deleted.Status);
        Assert.Equal(alive.Id.ToString(), deleted.AssistedId);
        Assert.Equal(alive.Status, deleted.AssistedStatus);
        Assert.Equal(alive.CheckedInAt, deleted.AssistedLastSeen);
        Assert.Contains("subscription-manager register", deleted.Reason, StringComparison.Ordinal);
        Assert.Equal(RedHatInventoryStatus.MissingInRhsm, rows.Single(r => r.HostName == old.HostName).Status);
        Assert.Equal(assisted.Count - 2, rows.Count(r => r.Status == RedHatInventoryStatus.MissingInCmdb && r.InAssisted));
    }

    [Fact]
    public void CMDB_rows_bind_from_the_pipeline_and_Source_limits_what_is_read()
    {
        ConnectAll();
        var host = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>()[0].Hostname;
        Sandbox.ClearRequests();
        var result = Run("$cmdb | Compare-RedHatInventory -Property hostname -Source Rhsm", new Dictionary<string, object?> { ["cmdb"] = new[] { Row(host), Row("nowhere.example.com") } });
        Assert.Empty(result.ErrorIds);
        var rows = result.OutputOf<RedHatInventoryComparison>();
        Assert.True(rows.Single(r => string.Equals(r.HostName, host, StringComparison.OrdinalIgnoreCase)).InRhsm);
        Assert.Equal(RedHatInventoryStatus.Decommissioned, rows.Single(r => r.HostName == "nowhere.example.com").Status);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("/ironic/", StringComparison.Ordinal));
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("/infra-envs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Source_the_session_is_not_connected_to_fails_before_any_request()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname -Source Rhsm, Ironic", new Dictionary<string, object?> { ["cmdb"] = new[] { Row("a.example.com") } });
        Assert.Equal("InventorySourceNotConnected" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("Connect-Ironic", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("/systems", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_Property_fails_before_any_request_and_names_the_columns()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname, serial", new Dictionary<string, object?> { ["cmdb"] = new[] { Row("a.example.com") } });
        Assert.Equal("InventoryPropertyNotFound" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("last_seen", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("/systems", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_without_any_key_is_reported_and_the_rest_compared()
    {
        Connect();
        var result = Compare(new[] { Row("a.example.com"), Row(" ") }, "-Source Rhsm");
        Assert.Equal("InventoryHostNameMissing" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains(result.OutputOf<RedHatInventoryComparison>(), r => r.HostName == "a.example.com");
    }

    [Fact]
    public void A_non_positive_SeenWithin_is_InvalidParameter()
    {
        Connect();
        var result = Run("Compare-RedHatInventory -ReferenceObject @() -Property hostname -SeenWithin 0");
        Assert.Equal("InvalidParameter" + Id, Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void A_source_that_fails_part_way_compares_nothing()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", queryContains = "offset=100", status = 500, count = 10 });
        var result = Compare(new[] { Row("a.example.com") });
        Assert.Equal("ListingIncomplete" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("Reading Rhsm failed", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was compared", result.Terminating.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Rows_flatten_to_one_column_per_source_value_with_provenance()
    {
        ConnectAll();
        var host = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>()[0].Hostname;
        var result = Run(
            "Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname -Source Rhsm | ConvertTo-RedHatApiRecord",
            new Dictionary<string, object?> { ["cmdb"] = new[] { Row(host) } });
        Assert.Empty(result.ErrorIds);
        var record = result.Output.First(o => string.Equals((string)o.Properties["HostName"].Value, host, StringComparison.OrdinalIgnoreCase));
        var columns = record.Properties.Select(p => p.Name).ToList();
        Assert.Equal(new[] { "HostName", "Status", "Reason" }, columns.Take(3));
        Assert.Contains("RhsmLastSeen", columns);
        Assert.Contains("OpenShiftStatus", columns);
        Assert.Equal(new[] { "SourceApi", "RetrievedAt" }, columns.Skip(columns.Count - 2));
        Assert.All(record.Properties, p => Assert.True(p.Value is null or string or int or long or bool, p.Name));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string)record.Properties["RhsmLastSeen"].Value);
        Assert.Equal("RedHatApi", record.Properties["SourceApi"].Value);
    }
}
