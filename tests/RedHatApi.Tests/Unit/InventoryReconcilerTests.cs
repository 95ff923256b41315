using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using RedHatApi.Inventory;
using RedHatApi.Models.Reconciliation;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class InventoryReconcilerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly RedHatInventorySource[] AllSources =
    {
        RedHatInventorySource.Cmdb, RedHatInventorySource.Rhsm, RedHatInventorySource.Inventory,
        RedHatInventorySource.Assisted, RedHatInventorySource.Ironic, RedHatInventorySource.OpenShift,
    };

    private static InventorySighting Cmdb(string? host, Guid? uuid = null, string? mac = null, double? seenDaysAgo = null) =>
        new(RedHatInventorySource.Cmdb, host ?? uuid?.ToString() ?? mac, host)
        {
            SubscriptionManagerId = uuid,
            MacAddresses = mac is null ? Array.Empty<string>() : new[] { mac },
            LastSeen = seenDaysAgo is { } d ? Now.AddDays(-d) : null,
        };

    private static InventorySighting Rhsm(string host, double? checkinDaysAgo, Guid? uuid = null)
    {
        var id = uuid ?? Guid.NewGuid();
        return new(RedHatInventorySource.Rhsm, id.ToString(), host)
        {
            SubscriptionManagerId = id,
            LastSeen = checkinDaysAgo is { } d ? Now.AddDays(-d) : null,
            Status = "valid",
        };
    }

    private static InventorySighting Seen(RedHatInventorySource source, string? host, double? daysAgo, Guid? uuid = null, params string[] macs) =>
        new(source, source + "-" + (host ?? macs.FirstOrDefault()), host)
        {
            SubscriptionManagerId = uuid,
            MacAddresses = macs,
            LastSeen = daysAgo is { } d ? Now.AddDays(-d) : null,
            Status = "up",
        };

    private static Dictionary<string, RedHatInventoryComparison> Reconcile(IEnumerable<InventorySighting> sightings, RedHatInventorySource[]? sources = null, bool shortName = false)
    {
        var reconciler = new InventoryReconciler(new ReconcileOptions(Now, sources ?? AllSources) { ShortName = shortName });
        foreach (var sighting in sightings)
        {
            reconciler.Add(sighting);
        }

        return reconciler.Results().ToDictionary(r => r.HostName, r => r, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Each_status_is_given_by_its_rule()
    {
        var rows = Reconcile(new[]
        {
            Cmdb("match.example.com"), Rhsm("match.example.com", 1),
            Cmdb("stale.example.com"), Rhsm("stale.example.com", 12),
            Cmdb("never.example.com"), Rhsm("never.example.com", null),
            Cmdb("deleted.example.com"), Seen(RedHatInventorySource.Assisted, "deleted.example.com", 3),
            Cmdb("cmdb-recent.example.com", seenDaysAgo: 2),
            Cmdb("unregistered.example.com"), Seen(RedHatInventorySource.Ironic, "unregistered.example.com", 200),
            Cmdb("gone.example.com", seenDaysAgo: 90),
            Cmdb("gone-silent.example.com"),
            Rhsm("rhsm-only.example.com", 1),
            Seen(RedHatInventorySource.OpenShift, "node-only.example.com", 0),
            Cmdb("dup.example.com"), Rhsm("dup.example.com", 1), Rhsm("dup.example.com", 40),
            Cmdb("twice.example.com"), Cmdb("TWICE.example.com."), Rhsm("twice.example.com", 1),
        });

        Assert.Equal(RedHatInventoryStatus.Match, rows["match.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.Stale, rows["stale.example.com"].Status);
        Assert.Contains("in 18 days", rows["stale.example.com"].Reason, StringComparison.Ordinal);
        Assert.Equal(RedHatInventoryStatus.Stale, rows["never.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.LikelyAutoDeletedByRhsm, rows["deleted.example.com"].Status);
        Assert.Contains("Assisted saw it 3 days ago", rows["deleted.example.com"].Reason, StringComparison.Ordinal);
        Assert.Equal(RedHatInventoryStatus.LikelyAutoDeletedByRhsm, rows["cmdb-recent.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.MissingInRhsm, rows["unregistered.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.Decommissioned, rows["gone.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.Decommissioned, rows["gone-silent.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.MissingInCmdb, rows["rhsm-only.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.MissingInCmdb, rows["node-only.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.Duplicate, rows["dup.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.Duplicate, rows["twice.example.com"].Status);
        Assert.Contains("2 Cmdb records", rows["twice.example.com"].Reason, StringComparison.Ordinal);
        Assert.Equal(12, rows.Count);
    }

    [Fact]
    public void A_host_absent_from_RHSM_and_seen_just_outside_the_window_is_not_auto_deleted()
    {
        var rows = Reconcile(new[]
        {
            Cmdb("inside.example.com"), Seen(RedHatInventorySource.Inventory, "inside.example.com", 29.9),
            Cmdb("outside.example.com"), Seen(RedHatInventorySource.Inventory, "outside.example.com", 30.1),
        });

        Assert.Equal(RedHatInventoryStatus.LikelyAutoDeletedByRhsm, rows["inside.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.MissingInRhsm, rows["outside.example.com"].Status);
    }

    [Fact]
    public void Sightings_join_on_uuid_and_mac_and_through_a_third_record()
    {
        var uuid = Guid.NewGuid();
        var rows = Reconcile(new[]
        {
            // The CMDB knows the host by short name and MAC; Ironic by MAC (another spelling) and name; the inventory
            // ties the Ironic name to the RHSM system through subscription_manager_id.
            Cmdb("bm-07", mac: "AA-BB-CC-00-11-22"),
            Seen(RedHatInventorySource.Ironic, "bm-07.lab.example.com", 1, null, "aa:bb:cc:00:11:22"),
            Seen(RedHatInventorySource.Inventory, "bm-07.lab.example.com", 1, uuid),
            Rhsm("localhost.localdomain", 1, uuid),
        });

        var row = Assert.Single(rows.Values);
        Assert.Equal("bm-07", row.HostName);
        Assert.Equal(RedHatInventoryStatus.Match, row.Status);
        Assert.Equal(uuid, row.SubscriptionManagerId);
        Assert.Equal("aa:bb:cc:00:11:22", row.MacAddress);
        Assert.True(row.InCmdb && row.InRhsm && row.InIronic && row.InInventory);
        Assert.False(row.InAssisted || row.InOpenShift);
        Assert.Equal(uuid.ToString(), row.RhsmId);
    }

    [Fact]
    public void ShortName_joins_a_short_CMDB_name_with_an_FQDN_and_without_it_they_stay_apart()
    {
        var sightings = new[] { Cmdb("web01"), Rhsm("web01.example.com", 1) };
        Assert.Equal(2, Reconcile(sightings).Count);
        Assert.Equal(RedHatInventoryStatus.Match, Assert.Single(Reconcile(sightings, shortName: true).Values).Status);
    }

    [Fact]
    public void Without_RHSM_absence_from_it_is_not_held_against_a_host()
    {
        var rows = Reconcile(
            new[] { Cmdb("a.example.com"), Seen(RedHatInventorySource.Assisted, "a.example.com", 100), Cmdb("b.example.com") },
            new[] { RedHatInventorySource.Cmdb, RedHatInventorySource.Assisted });

        Assert.Equal(RedHatInventoryStatus.Match, rows["a.example.com"].Status);
        Assert.Equal(RedHatInventoryStatus.Decommissioned, rows["b.example.com"].Status);
        Assert.Equal("Cmdb, Assisted", rows["b.example.com"].SourcesCompared);
    }

    [Fact]
    public void Per_source_columns_carry_id_last_seen_and_status_and_the_newest_sighting_wins_LastSeen()
    {
        var uuid = Guid.NewGuid();
        var row = Assert.Single(Reconcile(new[]
        {
            Cmdb("h.example.com", seenDaysAgo: 5), Rhsm("h.example.com", 2, uuid), Seen(RedHatInventorySource.OpenShift, "h.example.com", 0.5),
        }).Values);

        Assert.Equal("h.example.com", row.CmdbId);
        Assert.Equal(Now.AddDays(-5), row.CmdbLastSeen);
        Assert.Equal(Now.AddDays(-2), row.RhsmLastSeen);
        Assert.Equal("valid", row.RhsmStatus);
        Assert.Equal("up", row.OpenShiftStatus);
        Assert.Equal(RedHatInventorySource.OpenShift, row.LastSeenBy);
        Assert.Equal(0, row.DaysSinceLastSeen);
        Assert.Null(row.IronicId);
    }

    [Theory]
    [InlineData("AA:BB:CC:DD:EE:FF", "aa:bb:cc:dd:ee:ff")]
    [InlineData("aa-bb-cc-dd-ee-ff", "aa:bb:cc:dd:ee:ff")]
    [InlineData("aabb.ccdd.eeff", "aa:bb:cc:dd:ee:ff")]
    [InlineData("00:00:00:00:00:00", null)]
    [InlineData("web-01.example.com", null)]
    [InlineData("aa:bb:cc", null)]
    public void Mac_addresses_are_normalised(string text, string? expected) => Assert.Equal(expected, HostKeys.Mac(text));

    [Fact]
    public void A_CMDB_cell_is_the_key_its_value_is()
    {
        string? host = null;
        Guid? uuid = null;
        var macs = new List<string>();
        var id = Guid.NewGuid();
        foreach (var cell in new[] { "deadbeefcafe", id.ToString(), "aa:bb:cc:dd:ee:01", "second-name" })
        {
            HostKeys.AddCmdbValue(cell, ref host, ref uuid, macs);
        }

        Assert.Equal("deadbeefcafe", host);
        Assert.Equal(id, uuid);
        Assert.Equal(new[] { "aa:bb:cc:dd:ee:01" }, macs);
    }

    [Fact]
    public void An_OpenShift_node_is_named_by_its_Hostname_address_and_its_Ready_heartbeat()
    {
        var node = JsonNode.Parse("""
            {"metadata":{"name":"worker-0","uid":"u1"},
             "status":{"addresses":[{"type":"InternalIP","address":"10.0.0.5"},{"type":"Hostname","address":"worker-0.ocp.example.com"}],
                       "conditions":[{"type":"Ready","status":"False","lastHeartbeatTime":"2026-11-29T12:00:00Z"}]}}
            """)!.AsObject();
        var sighting = InventorySources.FromOpenShiftNode("prod", node);
        Assert.Equal("worker-0.ocp.example.com", sighting.HostName);
        Assert.Equal("prod/worker-0", sighting.Id);
        Assert.Equal("NotReady", sighting.Status);
        Assert.Equal(Now.AddDays(-1), sighting.LastSeen);
    }
}
