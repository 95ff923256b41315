using System;
using System.Linq;
using RedHatApi.Inventory;
using RedHatApi.Models.Rhsm;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class InventoryComparerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static RhsmSystem System(string hostname, double daysAgo, string? name = null) => new(
        Guid.NewGuid(), name ?? hostname, hostname, "Virtual", "admin", double.IsNaN(daysAgo) ? null : Now.AddDays(-daysAgo),
        "valid", 1, 0, 0, 0, null, Now);

    private static InventoryComparer Comparer(bool shortName = false) => new(TimeSpan.FromDays(30), shortName, Now);

    [Fact]
    public void Each_status_is_given_by_its_rule()
    {
        var rows = Comparer().Compare(
            new[] { "match.example.com", "stale.example.com", "cmdb-only.example.com", "dup.example.com", "twice.example.com", "twice.example.com" },
            new[]
            {
                System("match.example.com", 2), System("stale.example.com", 45), System("rhsm-only.example.com", 1),
                System("dup.example.com", 1), System("dup.example.com", 90), System("twice.example.com", 1),
            }).ToDictionary(r => r.HostName, r => r);

        Assert.Equal(RhsmInventoryStatus.Match, rows["match.example.com"].Status);
        Assert.Equal(RhsmInventoryStatus.Stale, rows["stale.example.com"].Status);
        Assert.Equal(45, rows["stale.example.com"].DaysSinceCheckin);
        Assert.Equal(RhsmInventoryStatus.MissingInRhsm, rows["cmdb-only.example.com"].Status);
        Assert.Empty(rows["cmdb-only.example.com"].SystemUuid);
        Assert.Equal(RhsmInventoryStatus.MissingInCmdb, rows["rhsm-only.example.com"].Status);
        Assert.Equal(RhsmInventoryStatus.Duplicate, rows["dup.example.com"].Status);
        Assert.Equal(2, rows["dup.example.com"].SystemUuid.Count);
        Assert.Equal(1, rows["dup.example.com"].DaysSinceCheckin);
        Assert.Equal(RhsmInventoryStatus.Duplicate, rows["twice.example.com"].Status);
        Assert.Equal(2, rows["twice.example.com"].CmdbCount);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void Names_join_across_case_spaces_and_a_trailing_root_dot()
    {
        var row = Assert.Single(Comparer().Compare(new[] { "  Web-01.Example.COM. " }, new[] { System("web-01.example.com", 1) }));
        Assert.Equal(RhsmInventoryStatus.Match, row.Status);
        Assert.Equal("Web-01.Example.COM.", row.HostName);
    }

    [Fact]
    public void Short_names_join_fqdns_only_when_asked()
    {
        var systems = new[] { System("web-01.example.com", 1) };
        Assert.Equal(2, Comparer().Compare(new[] { "web-01" }, systems).Count());
        Assert.Equal(RhsmInventoryStatus.Match, Assert.Single(Comparer(shortName: true).Compare(new[] { "web-01" }, systems)).Status);
    }

    [Fact]
    public void A_system_that_never_checked_in_is_stale_and_one_without_hostname_joins_by_name()
    {
        var never = System(string.Empty, double.NaN, name: "never.example.com");
        var row = Assert.Single(Comparer().Compare(new[] { "never.example.com" }, new[] { never }));
        Assert.Equal(RhsmInventoryStatus.Stale, row.Status);
        Assert.Null(row.DaysSinceCheckin);
    }

    [Fact]
    public void The_stale_boundary_is_exclusive_and_rows_come_sorted()
    {
        var rows = Comparer().Compare(new[] { "b.example.com", "a.example.com" }, new[] { System("b.example.com", 30), System("a.example.com", 30.01) }).ToList();
        Assert.Equal(new[] { "a.example.com", "b.example.com" }, rows.Select(r => r.HostName));
        Assert.Equal(RhsmInventoryStatus.Stale, rows[0].Status);
        Assert.Equal(RhsmInventoryStatus.Match, rows[1].Status);
    }
}
