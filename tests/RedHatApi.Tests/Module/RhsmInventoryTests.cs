using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Compare-RhsmInventory and ConvertTo-RedHatApiRecord against the sandbox's seeded systems.</summary>
public sealed class RhsmInventoryTests : SandboxModuleTest
{
    private const string Id = ",RedHatApi.Commands.Rhsm.CompareRhsmInventoryCommand";

    public RhsmInventoryTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private List<RhsmSystem> AllSystems() => Run("Get-RhsmSystem").OutputOf<RhsmSystem>().ToList();

    private static Hashtable Row(string host, string assetTag) => new() { ["hostname"] = host, ["asset_tag"] = assetTag };

    /// <summary>A CMDB built from RHSM itself minus the first three host names, plus two hosts RHSM never saw.</summary>
    private static (List<Hashtable> Cmdb, HashSet<string> Dropped) CmdbFrom(List<RhsmSystem> systems)
    {
        var hosts = systems.Select(s => s.Hostname!).Distinct(StringComparer.Ordinal).ToList();
        var dropped = hosts.Take(3).ToHashSet(StringComparer.Ordinal);
        var cmdb = hosts.Skip(3).Select((h, i) => Row(h.ToUpperInvariant(), "A" + i)).ToList();
        cmdb.Add(Row("retired-01.example.com", "X1"));
        cmdb.Add(Row("retired-02.example.com", "X2"));
        return (cmdb, dropped);
    }

    [Fact]
    public void Every_host_gets_the_status_its_RHSM_data_implies()
    {
        Connect();
        var systems = AllSystems();
        var (cmdb, dropped) = CmdbFrom(systems);
        var result = Run("Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname", new Dictionary<string, object?> { ["cmdb"] = cmdb.ToArray() });
        Assert.Empty(result.ErrorIds);
        var rows = result.OutputOf<RhsmInventoryComparison>();

        Assert.Equal(systems.Select(s => s.Hostname).Distinct().Count() + 2, rows.Count);
        foreach (var group in systems.GroupBy(s => s.Hostname!))
        {
            var row = rows.Single(r => string.Equals(r.HostName, group.Key, StringComparison.OrdinalIgnoreCase));
            var newest = group.Max(s => s.LastCheckin!.Value);
            var expected = group.Count() > 1 ? RhsmInventoryStatus.Duplicate
                : dropped.Contains(group.Key) ? RhsmInventoryStatus.MissingInCmdb
                : DateTimeOffset.UtcNow - newest > TimeSpan.FromDays(30) ? RhsmInventoryStatus.Stale
                : RhsmInventoryStatus.Match;
            Assert.True(expected == row.Status, $"{group.Key}: expected {expected}, got {row.Status} ({row.Reason})");
            Assert.Equal(group.Select(s => s.Uuid).OrderBy(u => u), row.SystemUuid.OrderBy(u => u));
            Assert.Equal(newest, row.LastCheckin);
        }

        Assert.Equal(2, rows.Count(r => r.Status == RhsmInventoryStatus.MissingInRhsm && r.HostName.StartsWith("retired-", StringComparison.Ordinal)));
        Assert.Contains(rows, r => r.Status == RhsmInventoryStatus.Stale);
        Assert.Contains(rows, r => r.Status == RhsmInventoryStatus.Duplicate);
    }

    [Fact]
    public void Piped_systems_are_compared_instead_of_a_fresh_listing()
    {
        Connect();
        var cmdb = new[] { Row("web-prod-001.example.com", "A1") };
        var result = Run("Get-RhsmSystem -First 5 | Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname", new Dictionary<string, object?> { ["cmdb"] = cmdb });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(5, result.OutputOf<RhsmInventoryComparison>().Sum(r => r.RhsmCount));
    }

    [Fact]
    public void A_wrong_Property_fails_before_any_request_and_names_the_columns()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Compare-RhsmInventory -ReferenceObject $cmdb -Property fqdn", new Dictionary<string, object?> { ["cmdb"] = new[] { Row("a.example.com", "A1") } });
        Assert.Equal("InventoryPropertyNotFound" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("hostname", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("pathAndQuery").GetString()!.Contains("/systems", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_without_a_host_name_is_reported_and_the_rest_compared()
    {
        Connect();
        var cmdb = new[] { Row("web-prod-001.example.com", "A1"), Row(" ", "A2") };
        var result = Run("Get-RhsmSystem -First 1 | Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname", new Dictionary<string, object?> { ["cmdb"] = cmdb });
        Assert.Equal("InventoryHostNameMissing" + Id, Assert.Single(result.ErrorIds));
        Assert.Equal(RhsmInventoryStatus.Match, Assert.Single(result.OutputOf<RhsmInventoryComparison>()).Status);
    }

    [Fact]
    public void A_non_positive_StaleAfter_is_InvalidParameter()
    {
        Connect();
        var result = Run("Compare-RhsmInventory -ReferenceObject @() -Property hostname -StaleAfter 0");
        Assert.Equal("InvalidParameter" + Id, Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void A_listing_that_fails_part_way_compares_nothing()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", queryContains = "offset=100", status = 500, count = 10 });
        var result = Run("Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname", new Dictionary<string, object?> { ["cmdb"] = new[] { Row("a.example.com", "A1") } });
        Assert.Equal("ListingIncomplete" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("Nothing was compared", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void Rows_pipe_into_Remove_RhsmSystem_by_SystemUuid_and_WhatIf_sends_nothing()
    {
        Connect();
        var systems = AllSystems();
        var (cmdb, dropped) = CmdbFrom(systems);
        Sandbox.ClearRequests();
        var result = Run(
            "Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname | Where-Object Status -eq MissingInCmdb | Remove-RhsmSystem -WhatIf",
            new Dictionary<string, object?> { ["cmdb"] = cmdb.ToArray() });
        Assert.Empty(result.ErrorIds);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("method").GetString() == "DELETE");
        var removed = systems.Where(s => dropped.Contains(s.Hostname!)).ToList();
        Assert.Equal(removed.Count, result.WhatIf.Count);
        Assert.All(removed, s => Assert.Contains(result.WhatIf, l => l.Contains("DELETE " + Sandbox.BaseUri + "management/v1/systems/" + s.Uuid, StringComparison.Ordinal)));
    }

    [Fact]
    public void Records_are_flat_with_iso_times_and_provenance()
    {
        Connect();
        var result = Run("Get-RhsmSystem -First 3 | ConvertTo-RedHatApiRecord");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(3, result.Output.Count);
        var columns = result.Output.Select(o => string.Join(",", o.Properties.Select(p => p.Name))).Distinct().ToList();
        Assert.Single(columns);
        Assert.StartsWith("Uuid,Name,Hostname,", columns[0], StringComparison.Ordinal);
        Assert.EndsWith(",SourceApi,RetrievedAt", columns[0], StringComparison.Ordinal);
        foreach (var record in result.Output)
        {
            Assert.All(record.Properties, p => Assert.True(p.Value is null or string or int or long or bool, p.Name));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string)record.Properties["LastCheckin"].Value);
            Assert.Equal("RHSM", record.Properties["SourceApi"].Value);
        }
    }

    [Fact]
    public void Comparison_records_join_duplicate_uuids_in_one_cell()
    {
        Connect();
        var systems = AllSystems();
        var duplicate = systems.GroupBy(s => s.Hostname!).First(g => g.Count() > 1);
        var result = Run(
            "Compare-RhsmInventory -ReferenceObject $cmdb -Property hostname | Where-Object Status -eq Duplicate | ConvertTo-RedHatApiRecord -ArraySeparator ' '",
            new Dictionary<string, object?> { ["cmdb"] = new[] { Row(duplicate.Key, "A1") } });
        Assert.Empty(result.ErrorIds);
        var record = result.Output.Single(o => (string)o.Properties["HostName"].Value == duplicate.Key);
        Assert.Equal(duplicate.Count(), ((string)record.Properties["SystemUuid"].Value).Split(' ').Length);
        Assert.Equal("Duplicate", record.Properties["Status"].Value);
    }
}
