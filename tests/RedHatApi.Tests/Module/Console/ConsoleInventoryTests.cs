using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.Console;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.Console;

/// <summary>Get-RedHatInventoryHost against the sandbox's console inventory, derived from its RHSM systems.</summary>
public sealed class ConsoleInventoryTests : SandboxModuleTest
{
    private const string Id = ",RedHatApi.Commands.Console.GetRedHatInventoryHostCommand";

    public ConsoleInventoryTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private IReadOnlyList<string> HostRequests() =>
        Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!)
            .Where(p => p.StartsWith("/api/inventory/v1/hosts?", StringComparison.Ordinal)).ToList();

    private int InventorySize() => int.Parse(Sandbox.Banner("Inventory hosts").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Lists_every_host_once_in_name_order_with_the_ids_a_CMDB_joins_on()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Get-RedHatInventoryHost");
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.Warnings);
        var hosts = result.OutputOf<InventoryHost>();
        Assert.Equal(InventorySize(), hosts.Count);
        Assert.Equal(hosts.Count, hosts.Select(h => h.Id).Distinct().Count());
        Assert.Equal(hosts.Select(h => h.DisplayName).OrderBy(n => n, StringComparer.Ordinal), hosts.Select(h => h.DisplayName));
        Assert.All(hosts, h => Assert.NotNull(h.Updated));
        Assert.All(hosts, h => Assert.NotEmpty(h.MacAddresses));
        Assert.Contains(hosts, h => h.SubscriptionManagerId is null && h.Reporters.Contains("satellite"));

        var requests = HostRequests();
        Assert.All(requests, r => Assert.Contains("order_by=display_name&order_how=ASC", r, StringComparison.Ordinal));
        Assert.All(requests, r => Assert.Contains("per_page=100", r, StringComparison.Ordinal));
        Assert.Equal((hosts.Count + 99) / 100, requests.Count);
    }

    [Fact]
    public void Hosts_RHSM_knows_carry_its_system_uuid_and_host_name()
    {
        Connect();
        var result = Run("$systems = Get-RhsmSystem; $hosts = Get-RedHatInventoryHost; $systems; $hosts");
        Assert.Empty(result.ErrorIds);
        var systems = result.OutputOf<RhsmSystem>().ToDictionary(s => s.Uuid);
        var hosts = result.OutputOf<InventoryHost>();
        var joined = hosts.Where(h => h.SubscriptionManagerId is { } id && systems.ContainsKey(id)).ToList();
        Assert.True(joined.Count > 150, "hosts joined to RHSM: " + joined.Count);
        Assert.All(joined, h => Assert.Equal(systems[h.SubscriptionManagerId!.Value].Hostname, h.Fqdn));

        // Some hosts carry the UUID of a system RHSM no longer has (auto-deleted), and some RHSM systems have no host.
        Assert.Contains(hosts, h => h.SubscriptionManagerId is { } id && !systems.ContainsKey(id));
        Assert.True(systems.Count > joined.Count);
    }

    [Fact]
    public void A_crawl_returns_each_host_exactly_once_while_hosts_check_in_and_get_renamed()
    {
        Connect();
        var expected = Run("Get-RedHatInventoryHost").OutputOf<InventoryHost>().Select(h => h.Id).OrderBy(i => i).ToList();

        // Three hosts check in after every page, and every third of them is renamed to sort first by name: in the
        // API's default order they jump pages, and a rename moves a host behind a name-ordered crawl.
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { drift = 3, renameEvery = 3 });
        var result = Run("Get-RedHatInventoryHost -PageSize 20 -Verbose");
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.Warnings);
        var ids = result.OutputOf<InventoryHost>().Select(h => h.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected, ids.OrderBy(i => i));

        // The renamed hosts were found again among those updated since the crawl began.
        var summary = Assert.Single(result.Verbose, v => v.Message.StartsWith("Inventory listing:", StringComparison.Ordinal)).Message;
        Assert.DoesNotContain(" 0 found again", summary, StringComparison.Ordinal);
        Assert.Contains(HostRequests(), r => r.Contains("updated_start=", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sandbox_drift_is_real_a_crawl_in_the_default_order_repeats_and_misses_hosts()
    {
        Connect();
        var total = InventorySize();
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { drift = 3 });
        var result = Run(
            "$ids = foreach ($page in 1..10) { (Invoke-RedHatApiRequest -Connection console -Path 'api/inventory/v1/hosts' -Query @{ page = $page; per_page = 20 }).results.id }; $ids");
        Assert.Empty(result.ErrorIds);
        var ids = result.Output.Select(o => o.BaseObject.ToString()).ToList();
        Assert.Equal(total, ids.Count);
        Assert.True(ids.Distinct().Count() < total, "the default order should have repeated hosts under drift");
    }

    [Fact]
    public void A_host_removed_behind_the_crawl_is_a_warning_with_the_counts()
    {
        Connect();
        var first = Run("Get-RedHatInventoryHost -First 1").OutputOf<InventoryHost>().Single();

        // The first host is deleted after its page was read: every later page shifts by one, so one host is never
        // served although the distinct count equals the final total. The changed total gives it away.
        var result = Run(
            "$n = 0; Get-RedHatInventoryHost -PageSize 50 | ForEach-Object { if ($n++ -eq 0) { Invoke-RedHatApiRequest -Connection console -Method DELETE -Path \"api/inventory/v1/hosts/$id\" -Confirm:$false | Out-Null }; $_ }",
            new Dictionary<string, object?> { ["id"] = first.Id });
        Assert.Empty(result.ErrorIds);
        var hosts = result.OutputOf<InventoryHost>();
        var warning = Assert.Single(result.Warnings).Message;
        Assert.StartsWith("Read " + hosts.Count + " distinct inventory hosts; the inventory reported a total of " + (hosts.Count + 1) + " at the start and " + hosts.Count + " at the end", warning, StringComparison.Ordinal);
        Assert.Contains("Export-RedHatInventory", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void First_Skip_and_IncludeTotalCount_count_distinct_hosts_from_the_start()
    {
        Connect();
        var all = Run("Get-RedHatInventoryHost").OutputOf<InventoryHost>();
        Sandbox.ClearRequests();
        var result = Run("$out = Get-RedHatInventoryHost -Skip 5 -First 3 -IncludeTotalCount; $out[0].ToString(); $out");
        Assert.Empty(result.ErrorIds);
        Assert.Equal("Total count: " + all.Count, result.Output[0].BaseObject);
        Assert.Equal(all.Skip(5).Take(3).Select(h => h.Id), result.OutputOf<InventoryHost>().Select(h => h.Id));
        Assert.Equal(new[] { "page=1&per_page=8" }, HostRequests().Select(r => r.Split("ASC&")[1]));

        Assert.Empty(Run("Get-RedHatInventoryHost -First 0").Output);
        Assert.Empty(Run("Get-RedHatInventoryHost -Skip 100000").OutputOf<InventoryHost>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void PageSize_outside_the_API_range_is_refused_before_sending(int size)
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run($"Get-RedHatInventoryHost -PageSize {size}");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(HostRequests());
    }

    [Fact]
    public void Filters_are_sent_as_the_API_names_them()
    {
        Connect();
        var host = Run("Get-RedHatInventoryHost -First 1").OutputOf<InventoryHost>().Single();
        Sandbox.ClearRequests();
        var result = Run(
            "Get-RedHatInventoryHost -Fqdn $f; Get-RedHatInventoryHost -Staleness fresh,stale -RegisteredWith '!satellite' -UpdatedStart ([datetimeoffset]'2020-01-01T00:00:00Z') -SystemProfileField arch -First 1",
            new Dictionary<string, object?> { ["f"] = host.Fqdn });
        Assert.Empty(result.ErrorIds);
        var hosts = result.OutputOf<InventoryHost>();
        Assert.Equal(host.Id, hosts[0].Id);
        Assert.DoesNotContain("satellite", hosts[1].Reporters);
        Assert.True(hosts[1].SystemProfile.ContainsKey("arch"));
        var requests = HostRequests();
        Assert.Contains(requests, r => r.Contains("&fqdn=" + Uri.EscapeDataString(host.Fqdn!), StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("&staleness=fresh&staleness=stale&registered_with=%21satellite&updated_start=2020-01-01T00%3A00%3A00.000Z", StringComparison.Ordinal)
            && r.Contains("fields%5Bsystem_profile%5D=arch", StringComparison.Ordinal));
    }

    [Fact]
    public void RHSM_systems_piped_in_find_their_inventory_host()
    {
        Connect();
        var result = Run("Get-RhsmSystem -First 5 | Get-RedHatInventoryHost");
        Assert.Empty(result.ErrorIds);
        var systems = Run("Get-RhsmSystem -First 5").OutputOf<RhsmSystem>();
        var hosts = result.OutputOf<InventoryHost>();
        Assert.NotEmpty(hosts);
        Assert.All(hosts, h => Assert.Contains(systems, s => s.Uuid == h.SubscriptionManagerId));
    }

    [Fact]
    public void Ids_bind_from_the_pipeline_and_an_unknown_one_is_a_per_input_error()
    {
        Connect();
        var hosts = Run("Get-RedHatInventoryHost -First 2").OutputOf<InventoryHost>();
        var missing = Guid.NewGuid();
        var result = Run(
            "$hosts | Get-RedHatInventoryHost; Get-RedHatInventoryHost -Id $missing",
            new Dictionary<string, object?> { ["hosts"] = hosts.ToArray(), ["missing"] = missing });
        Assert.Equal(hosts.Select(h => h.Id), result.OutputOf<InventoryHost>().Select(h => h.Id));
        Assert.Equal("InventoryHostNotFound" + Id, Assert.Single(result.ErrorIds));
        Assert.Equal(missing, result.Errors.Single().TargetObject);
    }
}
