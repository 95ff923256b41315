using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class RhsmSubscriptionTests : SandboxModuleTest
{
    private const string GetId = ",RedHatApi.Commands.Rhsm.GetRhsmSubscriptionCommand";

    public RhsmSubscriptionTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    /// <summary>Query strings of the requests sent to one path (no query prefix), in the order the sandbox saw them.</summary>
    private List<string> QueriesOf(string path) =>
        Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!)
            .Where(p => p.StartsWith("/management/v1/" + path + "?", StringComparison.Ordinal))
            .Select(p => p.Split('?')[1]).ToList();

    private void ClearRequests() => Sandbox.ClearRequests();

    private IReadOnlyList<RhsmSubscription> All()
    {
        var result = Run("Get-RhsmSubscription");
        Assert.Empty(result.ErrorIds);
        return result.OutputOf<RhsmSubscription>();
    }

    [Fact]
    public void Lists_every_subscription_across_pages_of_50_with_consistent_pools()
    {
        Connect();
        ClearRequests();
        var subscriptions = All();
        Assert.True(subscriptions.Count > 50, subscriptions.Count + " subscriptions: the listing must cross a page");
        Assert.Equal(subscriptions.Count, subscriptions.Select(s => s.SubscriptionNumber).Distinct().Count());
        var queries = QueriesOf("subscriptions");
        Assert.Equal("limit=50&offset=0", queries[0]);
        Assert.Contains("limit=50&offset=50", queries);
        Assert.All(subscriptions, s => Assert.Matches("^\\d{8}$", s.SubscriptionNumber));
        Assert.All(subscriptions, s => Assert.NotEmpty(s.Pools));
        Assert.All(subscriptions.SelectMany(s => s.Pools), p => Assert.InRange(p.Consumed, 0, p.Quantity));
        Assert.All(subscriptions.SelectMany(s => s.Pools), p => Assert.Matches("^[0-9a-f]{32}$", p.PoolId));
        Assert.All(subscriptions, s => Assert.True(s.StartDate < s.EndDate));
        Assert.All(subscriptions, s => Assert.Equal(s.EndDate < DateTimeOffset.UtcNow ? "Expired" : "Active", s.Status));
        Assert.All(subscriptions, s => Assert.Equal(s.Pools[0].Quantity, s.Quantity));
        Assert.Contains(subscriptions, s => s.SubscriptionName!.StartsWith("Red Hat Enterprise Linux Server", StringComparison.Ordinal));
        Assert.Contains(subscriptions, s => s.SubscriptionName!.Contains("OpenShift", StringComparison.Ordinal) && s.Pools.Count == 2);
        Assert.Contains(subscriptions, s => s.Pools.Any(p => p.Available == 0));
    }

    [Fact]
    public void Pages_that_come_back_exactly_full_are_followed_to_the_empty_end()
    {
        Connect();
        var all = All();
        var size = Enumerable.Range(2, 49).Reverse().FirstOrDefault(d => all.Count % d == 0 && all.Count / d >= 2);
        Assert.True(size > 0, all.Count + " subscriptions have no page size that fills every page");
        ClearRequests();
        var paged = Run($"Get-RhsmSubscription -PageSize {size}").OutputOf<RhsmSubscription>();
        Assert.Equal(all.Select(s => s.SubscriptionNumber), paged.Select(s => s.SubscriptionNumber));
        var queries = QueriesOf("subscriptions");
        Assert.Contains($"limit={size}&offset={all.Count}", queries);
    }

    [Fact]
    public void First_and_Skip_page_on_the_server()
    {
        Connect();
        var all = All();
        ClearRequests();
        var window = Run("Get-RhsmSubscription -Skip 45 -First 10").OutputOf<RhsmSubscription>();
        Assert.Equal(all.Skip(45).Take(10).Select(s => s.SubscriptionNumber), window.Select(s => s.SubscriptionNumber));
        Assert.Equal("limit=10&offset=45", QueriesOf("subscriptions")[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void PageSize_outside_the_cap_of_50_is_refused_before_sending(int size)
    {
        Connect();
        ClearRequests();
        var result = Run($"Get-RhsmSubscription -PageSize {size}");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(QueriesOf("subscriptions"));
    }

    [Fact]
    public void Over_the_cap_the_sandbox_caps_silently_or_rejects_as_configured()
    {
        Connect();
        var count = All().Count;
        var capped = Run("Invoke-RedHatApiRequest -Api Rhsm -Path subscriptions -All -PageSize 80");
        Assert.Empty(capped.ErrorIds);
        Assert.Equal(count, capped.Output.Count);

        Settings(new { overCap = "Reject" });
        var rejected = Run("Invoke-RedHatApiRequest -Api Rhsm -Path subscriptions -All -PageSize 80");
        Assert.Equal("HttpStatus400,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(rejected.ErrorIds));
        Assert.Contains("limit must be <= 50", rejected.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void By_number_it_reads_pages_only_until_every_number_is_found()
    {
        Connect();
        var all = All();
        ClearRequests();
        var early = Run("Get-RhsmSubscription -SubscriptionNumber $n", new Dictionary<string, object?> { ["n"] = all[3].SubscriptionNumber });
        Assert.Empty(early.ErrorIds);
        Assert.Equal(all[3].SubscriptionNumber, Assert.Single(early.OutputOf<RhsmSubscription>()).SubscriptionNumber);
        Assert.Equal(new[] { "limit=50&offset=0" }, QueriesOf("subscriptions"));

        ClearRequests();
        var late = all[all.Count - 1];
        var found = Run("Get-RhsmSubscription -SubscriptionNumber $n -PageSize 20", new Dictionary<string, object?> { ["n"] = late.SubscriptionNumber })
            .OutputOf<RhsmSubscription>().Single();
        Assert.Equal(late.SubscriptionName, found.SubscriptionName);
        Assert.Equal(late.Pools.Select(p => p.PoolId), found.Pools.Select(p => p.PoolId));
        var pages = (all.Count + 19) / 20;
        Assert.Equal(Enumerable.Range(0, pages).Select(i => $"limit=20&offset={i * 20}"), QueriesOf("subscriptions"));
    }

    [Fact]
    public void An_unknown_number_is_a_per_input_RhsmSubscriptionNotFound_and_piped_numbers_share_the_pages_read()
    {
        Connect();
        var all = All();
        ClearRequests();
        var result = Run("'00000000', $a, $b | Get-RhsmSubscription", new Dictionary<string, object?>
        {
            ["a"] = all[0].SubscriptionNumber,
            ["b"] = all[all.Count - 1].SubscriptionNumber,
        });
        Assert.Equal("RhsmSubscriptionNotFound" + GetId, Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal("00000000", result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Contains("Get-RhsmSubscription", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { all[0].SubscriptionNumber, all[all.Count - 1].SubscriptionNumber }, result.OutputOf<RhsmSubscription>().Select(s => s.SubscriptionNumber));

        // The unknown number made the first input read the whole list; the others were answered from it.
        var queries = QueriesOf("subscriptions");
        Assert.Equal((all.Count / 50) + 1, queries.Count);
        Assert.Equal(queries.Count, queries.Distinct().Count());
    }

    [Fact]
    public void Subscriptions_pipe_into_Get_RhsmSubscriptionSystem_and_quantities_add_up_to_what_the_pools_consumed()
    {
        Connect();
        var subscriptions = All();
        var result = Run("Get-RhsmSubscription | Get-RhsmSubscriptionSystem");
        Assert.Empty(result.ErrorIds);
        var systems = result.OutputOf<RhsmSubscriptionSystem>();
        foreach (var subscription in subscriptions)
        {
            var mine = systems.Where(s => s.SubscriptionNumber == subscription.SubscriptionNumber).ToList();
            Assert.Equal(subscription.Consumed, mine.Sum(s => s.TotalEntitlementQuantity));
            Assert.Equal(mine.Count, mine.Select(s => s.Uuid).Distinct().Count());
        }

        Assert.Contains(systems, s => s.TotalEntitlementQuantity == 2 && s.Type == "Physical");
        var registered = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().ToDictionary(s => s.Uuid);
        Assert.All(systems, s => Assert.Equal(registered[s.Uuid].Name, s.SystemName));
    }

    [Fact]
    public void Subscription_systems_page_at_the_requested_size_and_bind_on_to_Get_RhsmSystem()
    {
        Connect();
        var busiest = Run("Get-RhsmSubscription | Get-RhsmSubscriptionSystem").OutputOf<RhsmSubscriptionSystem>()
            .GroupBy(s => s.SubscriptionNumber).OrderByDescending(g => g.Count()).First();
        Assert.True(busiest.Count() >= 4, "the busiest subscription has " + busiest.Count() + " systems");
        ClearRequests();
        var paged = Run($"Get-RhsmSubscriptionSystem -SubscriptionNumber {busiest.Key} -PageSize 3");
        Assert.Equal(busiest.Select(s => s.Uuid), paged.OutputOf<RhsmSubscriptionSystem>().Select(s => s.Uuid));
        Assert.Equal("limit=3&offset=0", QueriesOf($"subscriptions/{busiest.Key}/systems")[0]);

        var skipped = Run($"Get-RhsmSubscriptionSystem {busiest.Key} -Skip 1 -First 2").OutputOf<RhsmSubscriptionSystem>();
        Assert.Equal(busiest.Skip(1).Take(2).Select(s => s.Uuid), skipped.Select(s => s.Uuid));

        var systems = Run($"Get-RhsmSubscriptionSystem {busiest.Key} | Get-RhsmSystem").OutputOf<RhsmSystem>();
        Assert.Equal(busiest.Select(s => s.Uuid).OrderBy(u => u), systems.Select(s => s.Uuid).OrderBy(u => u));
    }

    [Theory]
    [InlineData("Get-RhsmSubscriptionSystem", "GetRhsmSubscriptionSystemCommand")]
    [InlineData("Get-RhsmSubscriptionContentSet", "GetRhsmSubscriptionContentSetCommand")]
    public void An_unknown_subscription_is_a_per_input_RhsmSubscriptionNotFound(string cmdlet, string type)
    {
        Connect();
        var known = All().First().SubscriptionNumber;
        var result = Run($"'99999999', '{known}' | {cmdlet} -First 1");
        Assert.Equal("RhsmSubscriptionNotFound,RedHatApi.Commands.Rhsm." + type, Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal("99999999", result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Single(result.Output);
    }

    [Fact]
    public void Content_sets_page_at_the_cap_of_1000_and_come_back_whole()
    {
        Connect();
        var premium = All().First(s => s.Sku == "RH00003");
        ClearRequests();
        var result = Run("Get-RhsmSubscription -SubscriptionNumber $n | Get-RhsmSubscriptionContentSet", new Dictionary<string, object?> { ["n"] = premium.SubscriptionNumber });
        Assert.Empty(result.ErrorIds);
        var sets = result.OutputOf<RhsmContentSet>();
        Assert.True(sets.Count > 1000, sets.Count + " content sets: the listing must cross the 1000 cap");
        Assert.Equal(sets.Count, sets.Select(c => c.Label).Distinct().Count());
        Assert.All(sets, c => Assert.Equal(premium.SubscriptionNumber, c.SubscriptionNumber));
        Assert.All(sets, c => Assert.Matches("^rhel-\\d+-for-(x86_64|aarch64|ppc64le|s390x)-[a-z0-9-]+-rpms$", c.Label));
        Assert.All(sets, c => Assert.Contains(c.Arch!, c.Label, StringComparison.Ordinal));
        Assert.Contains(sets, c => c.Label == "rhel-9-for-x86_64-baseos-rpms" && c.Enabled);
        Assert.Contains(sets, c => !c.Enabled);
        var queries = QueriesOf($"subscriptions/{premium.SubscriptionNumber}/contentSets");
        Assert.Equal("limit=1000&offset=0", queries[0]);
        Assert.Contains("limit=1000&offset=1000", queries);

        var tail = Run($"Get-RhsmSubscriptionContentSet {premium.SubscriptionNumber} -Skip 998 -First 4 -PageSize 3").OutputOf<RhsmContentSet>();
        Assert.Equal(sets.Skip(998).Take(4).Select(c => c.Label), tail.Select(c => c.Label));
    }

    [Fact]
    public void Content_set_PageSize_over_1000_is_refused()
    {
        Connect();
        var result = Run("Get-RhsmSubscriptionContentSet -SubscriptionNumber 1 -PageSize 1001");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
    }
}
