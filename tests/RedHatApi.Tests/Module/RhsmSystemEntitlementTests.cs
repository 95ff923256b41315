using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Get/Add/Remove-RhsmSystemEntitlement, and that every endpoint tells the same story about who holds what.</summary>
public sealed class RhsmSystemEntitlementTests : SandboxModuleTest
{
    private const string AddId = ",RedHatApi.Commands.Rhsm.AddRhsmSystemEntitlementCommand";
    private const string RemoveId = ",RedHatApi.Commands.Rhsm.RemoveRhsmSystemEntitlementCommand";

    public RhsmSystemEntitlementTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private List<string> Sent(string method) =>
        Sandbox.Requests().Where(r => r.GetProperty("method").GetString() == method).Select(r => r.GetProperty("pathAndQuery").GetString()!).ToList();

    private void ClearRequests() => Sandbox.ClearRequests();

    private IReadOnlyList<RhsmSystemEntitlement> EntitlementsOf(Guid uuid) =>
        Run($"Get-RhsmSystemEntitlement -Uuid {uuid}").OutputOf<RhsmSystemEntitlement>();

    private RhsmSystem SystemNow(Guid uuid) => Run($"Get-RhsmSystem -Uuid {uuid}").OutputOf<RhsmSystem>().Single();

    private RhsmSubscription Subscription(string number) =>
        Run("Get-RhsmSubscription -SubscriptionNumber $n", new Dictionary<string, object?> { ["n"] = number }).OutputOf<RhsmSubscription>().Single();

    /// <summary>An active single-pool subscription with at least <paramref name="free"/> left, and a system that holds none of it.</summary>
    private (RhsmSubscription Subscription, RhsmSystem System) FreePoolAndSystem(int free)
    {
        var subscription = Run("Get-RhsmSubscription").OutputOf<RhsmSubscription>()
            .First(s => s.Status == "Active" && s.Pools.Count == 1 && s.Pools[0].Available >= free);
        var holders = Run($"Get-RhsmSubscriptionSystem {subscription.SubscriptionNumber}").OutputOf<RhsmSubscriptionSystem>().Select(s => s.Uuid).ToHashSet();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => !holders.Contains(s.Uuid));
        return (subscription, system);
    }

    [Fact]
    public void Each_system_s_entitlementCount_is_the_number_of_pools_it_lists()
    {
        Connect();
        var systems = Run("Get-RhsmSystem").OutputOf<RhsmSystem>();
        var result = Run("Get-RhsmSystem | Get-RhsmSystemEntitlement");
        Assert.Empty(result.ErrorIds);
        var entitlements = result.OutputOf<RhsmSystemEntitlement>();
        Assert.All(systems, s => Assert.Equal(s.EntitlementCount, entitlements.Count(e => e.SystemUuid == s.Uuid)));
        Assert.Contains(systems, s => s.EntitlementCount == 0);
        Assert.Contains(systems, s => s.EntitlementCount >= 2);
        Assert.Equal(entitlements.Count, entitlements.Select(e => e.EntitlementId).Distinct().Count());

        // What is left in a pool reads the same from the system side and from the subscription side.
        var subscriptions = Run("Get-RhsmSubscription").OutputOf<RhsmSubscription>().ToDictionary(s => s.SubscriptionNumber);
        Assert.All(entitlements, e => Assert.True(subscriptions.ContainsKey(e.SubscriptionNumber!), e.SubscriptionNumber));
        Assert.All(entitlements.Where(e => subscriptions[e.SubscriptionNumber!].Pools.Count == 1), e =>
        {
            var subscription = subscriptions[e.SubscriptionNumber!];
            Assert.Equal(subscription.Pools[0].Available, e.EntitlementsAvailable);
            Assert.Equal(subscription.Sku, e.Sku);
            Assert.Equal(subscription.EndDate, e.EndDate);
        });
    }

    [Fact]
    public void A_subscription_s_systems_are_exactly_the_systems_holding_its_pools()
    {
        Connect();
        var holders = Run("Get-RhsmSystem | Get-RhsmSystemEntitlement").OutputOf<RhsmSystemEntitlement>()
            .ToLookup(e => e.SubscriptionNumber!, e => e.SystemUuid);
        var consumers = Run("Get-RhsmSubscription | Get-RhsmSubscriptionSystem").OutputOf<RhsmSubscriptionSystem>()
            .ToLookup(s => s.SubscriptionNumber, s => s.Uuid);
        var numbers = Run("Get-RhsmSubscription").OutputOf<RhsmSubscription>().Select(s => s.SubscriptionNumber).ToList();
        Assert.All(numbers, n => Assert.Equal(holders[n].Distinct().OrderBy(u => u), consumers[n].OrderBy(u => u)));
        Assert.Contains(numbers, n => !consumers[n].Any());
    }

    [Fact]
    public void Entitlement_paging_applies_to_each_system_and_pages_exactly_full_reach_the_empty_end()
    {
        Connect();
        var twoOrMore = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().Where(s => s.EntitlementCount >= 2).Take(2).ToList();
        var result = Run("$s | Get-RhsmSystemEntitlement -First 1", new Dictionary<string, object?> { ["s"] = twoOrMore.ToArray() });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(twoOrMore.Select(s => s.Uuid), result.OutputOf<RhsmSystemEntitlement>().Select(e => e.SystemUuid));

        var system = twoOrMore[0];
        ClearRequests();
        var whole = Run($"Get-RhsmSystemEntitlement -Uuid {system.Uuid} -PageSize {system.EntitlementCount}").OutputOf<RhsmSystemEntitlement>();
        Assert.Equal(system.EntitlementCount, whole.Count);
        Assert.Contains(Sent("GET"), p => p.EndsWith($"/pools?limit={system.EntitlementCount}&offset={system.EntitlementCount}", StringComparison.Ordinal));
    }

    [Fact]
    public void Entitlement_PageSize_over_the_cap_of_50_is_refused()
    {
        Connect();
        var result = Run($"Get-RhsmSystemEntitlement -Uuid {Guid.NewGuid()} -PageSize 51");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
    }

    [Fact]
    public void Entitlements_of_an_unknown_system_are_a_per_input_RhsmSystemNotFound()
    {
        Connect();
        var known = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => s.EntitlementCount > 0);
        var result = Run("Get-RhsmSystemEntitlement -Uuid $ids", new Dictionary<string, object?> { ["ids"] = new[] { Guid.NewGuid(), known.Uuid } });
        Assert.Equal("RhsmSystemNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemEntitlementCommand", Assert.Single(result.ErrorIds));
        Assert.Equal(known.EntitlementCount, result.OutputOf<RhsmSystemEntitlement>().Count);
    }

    [Fact]
    public void Attaching_a_pool_shows_on_the_system_the_pool_and_the_subscription()
    {
        Connect();
        var (subscription, system) = FreePoolAndSystem(2);
        var pool = subscription.Pools[0];
        var before = EntitlementsOf(system.Uuid).Select(e => e.EntitlementId).ToHashSet();
        ClearRequests();

        var result = Run($"Get-RhsmSystem -Uuid {system.Uuid} | Add-RhsmSystemEntitlement -PoolId {pool.PoolId} -Quantity 2");
        Assert.Empty(result.ErrorIds);
        var attachment = result.OutputOf<RhsmEntitlementAttachment>().Single();
        Assert.Equal(system.Uuid, attachment.SystemUuid);
        Assert.Equal(system.EntitlementCount + 1, attachment.EntitlementsAttachedCount);
        Assert.Equal(attachment.EntitlementsAttachedCount, attachment.Entitlements.Count);
        Assert.Equal($"/management/v1/systems/{system.Uuid}/entitlements?pool={pool.PoolId}&quantity=2", Assert.Single(Sent("POST")));

        var added = attachment.Entitlements.Where(e => !before.Contains(e.EntitlementId)).ToList();
        Assert.Equal(subscription.Sku, Assert.Single(added).Sku);
        Assert.Equal(2, added[0].Quantity);

        Assert.Equal(system.EntitlementCount + 1, SystemNow(system.Uuid).EntitlementCount);
        var listed = EntitlementsOf(system.Uuid);
        Assert.Contains(listed, e => e.EntitlementId == added[0].EntitlementId && e.SubscriptionNumber == subscription.SubscriptionNumber);
        Assert.Equal(pool.Consumed + 2, Subscription(subscription.SubscriptionNumber).Pools[0].Consumed);
        var consumer = Run($"Get-RhsmSubscriptionSystem {subscription.SubscriptionNumber}").OutputOf<RhsmSubscriptionSystem>().Single(s => s.Uuid == system.Uuid);
        Assert.Equal(2, consumer.TotalEntitlementQuantity);
    }

    [Fact]
    public void Without_Quantity_no_quantity_is_sent_and_the_API_attaches_one()
    {
        Connect();
        var (subscription, system) = FreePoolAndSystem(1);
        ClearRequests();
        var result = Run($"Add-RhsmSystemEntitlement -Uuid {system.Uuid} -PoolId {subscription.Pools[0].PoolId}");
        Assert.Empty(result.ErrorIds);
        Assert.Null(result.OutputOf<RhsmEntitlementAttachment>().Single().Quantity);
        Assert.EndsWith($"/entitlements?pool={subscription.Pools[0].PoolId}", Assert.Single(Sent("POST")), StringComparison.Ordinal);
        Assert.Equal(subscription.Pools[0].Consumed + 1, Subscription(subscription.SubscriptionNumber).Pools[0].Consumed);
    }

    [Fact]
    public void An_unknown_pool_is_a_per_input_RhsmAttachRejected_with_the_API_s_reason()
    {
        Connect();
        var system = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>().Single();
        var result = Run($"Add-RhsmSystemEntitlement -Uuid {system.Uuid} -PoolId 0123456789abcdef0123456789abcdef");
        Assert.Equal("RhsmAttachRejected" + AddId, Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal(ErrorCategory.InvalidArgument, result.Errors[0].CategoryInfo.Category);
        Assert.Equal("0123456789abcdef0123456789abcdef", result.Errors[0].TargetObject);
        Assert.Contains("could not be found", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(system.EntitlementCount, SystemNow(system.Uuid).EntitlementCount);
    }

    [Fact]
    public void Asking_for_more_than_the_pool_has_left_is_refused_per_system_and_the_pipeline_goes_on()
    {
        Connect();
        var (subscription, _) = FreePoolAndSystem(1);
        var pool = subscription.Pools[0];
        var holders = Run($"Get-RhsmSubscriptionSystem {subscription.SubscriptionNumber}").OutputOf<RhsmSubscriptionSystem>().Select(s => s.Uuid).ToHashSet();
        var targets = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().Where(s => !holders.Contains(s.Uuid)).Take(2).ToList();

        // The first system takes everything that is left, so the same quantity no longer fits for the second.
        var result = Run($"$t | Add-RhsmSystemEntitlement -PoolId {pool.PoolId} -Quantity {pool.Available}", new Dictionary<string, object?> { ["t"] = targets.ToArray() });
        Assert.Equal("RhsmAttachRejected" + AddId, Assert.Single(result.ErrorIds));
        Assert.Equal(targets[0].Uuid, result.OutputOf<RhsmEntitlementAttachment>().Single().SystemUuid);
        Assert.Contains($"{pool.Available} requested, 0 available", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("-Quantity", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(pool.Quantity, Subscription(subscription.SubscriptionNumber).Pools[0].Consumed);
        Assert.Equal(targets[1].EntitlementCount, SystemNow(targets[1].Uuid).EntitlementCount);
    }

    [Fact]
    public void Attaching_to_an_unknown_system_is_RhsmSystemNotFound()
    {
        Connect();
        var (subscription, _) = FreePoolAndSystem(1);
        var result = Run($"Add-RhsmSystemEntitlement -Uuid {Guid.NewGuid()} -PoolId {subscription.Pools[0].PoolId}");
        Assert.Equal("RhsmSystemNotFound" + AddId, Assert.Single(result.ErrorIds));
        Assert.Equal(subscription.Pools[0].Consumed, Subscription(subscription.SubscriptionNumber).Pools[0].Consumed);
    }

    [Fact]
    public void Add_WhatIf_sends_nothing_and_the_confirm_target_is_the_method_and_URL()
    {
        Connect();
        var (subscription, system) = FreePoolAndSystem(1);
        var poolId = subscription.Pools[0].PoolId;
        ClearRequests();
        var result = Run($"Add-RhsmSystemEntitlement -Uuid {system.Uuid} -PoolId {poolId} -Quantity 1 -WhatIf");
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.Output);
        Assert.Empty(Sent("POST"));
        Assert.Equal(system.EntitlementCount, SystemNow(system.Uuid).EntitlementCount);

        // -WhatIf prints the same ShouldProcess target that -Verbose shows when the call goes ahead.
        var real = Run($"Add-RhsmSystemEntitlement -Uuid {system.Uuid} -PoolId {poolId} -Quantity 1 -Verbose");
        Assert.Contains(real.Verbose, v => v.Message.Contains($"POST {Sandbox.BaseUri}management/v1/systems/{system.Uuid}/entitlements?pool={poolId}&quantity=1", StringComparison.Ordinal));
    }

    [Fact]
    public void Quantity_below_one_is_refused_before_sending()
    {
        Connect();
        ClearRequests();
        var result = Run($"Add-RhsmSystemEntitlement -Uuid {Guid.NewGuid()} -PoolId abc -Quantity 0");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(Sent("POST"));
    }

    [Fact]
    public void Removing_piped_entitlements_detaches_them_everywhere()
    {
        Connect();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => s.EntitlementCount >= 2);
        var held = EntitlementsOf(system.Uuid);
        var subscriptionsBefore = held.Select(e => Subscription(e.SubscriptionNumber!)).ToList();
        ClearRequests();

        var result = Run($"Get-RhsmSystemEntitlement -Uuid {system.Uuid} | Remove-RhsmSystemEntitlement -Confirm:$false");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(held.Select(e => $"/management/v1/systems/{system.Uuid}/{e.EntitlementId}"), Sent("DELETE"));
        Assert.Equal(0, SystemNow(system.Uuid).EntitlementCount);
        Assert.Empty(EntitlementsOf(system.Uuid));
        foreach (var before in subscriptionsBefore)
        {
            var after = Subscription(before.SubscriptionNumber);
            Assert.True(after.Consumed < before.Consumed, before.SubscriptionNumber + " consumed " + before.Consumed + " then " + after.Consumed);
            Assert.DoesNotContain(Run($"Get-RhsmSubscriptionSystem {before.SubscriptionNumber}").OutputOf<RhsmSubscriptionSystem>(), s => s.Uuid == system.Uuid);
        }
    }

    [Fact]
    public void An_entitlement_the_system_does_not_hold_is_a_per_input_RhsmEntitlementNotFound()
    {
        Connect();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => s.EntitlementCount >= 1);
        var held = EntitlementsOf(system.Uuid);
        var result = Run($"Remove-RhsmSystemEntitlement -Uuid {system.Uuid} -EntitlementId 'ffffffffffffffffffffffffffffffff', '{held[0].EntitlementId}' -Confirm:$false");
        Assert.Equal("RhsmEntitlementNotFound" + RemoveId, Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal("ffffffffffffffffffffffffffffffff", result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Contains("Get-RhsmSystemEntitlement", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(system.EntitlementCount - 1, SystemNow(system.Uuid).EntitlementCount);

        var unknownSystem = Run($"Remove-RhsmSystemEntitlement -Uuid {Guid.NewGuid()} -EntitlementId {held[0].EntitlementId} -Confirm:$false");
        Assert.Equal("RhsmEntitlementNotFound" + RemoveId, Assert.Single(unknownSystem.ErrorIds));
        Assert.Contains("System not found", unknownSystem.Errors[0].Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_WhatIf_sends_nothing_and_Remove_is_ConfirmImpact_High()
    {
        Connect();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => s.EntitlementCount >= 1);
        ClearRequests();
        var whatIf = Run($"Get-RhsmSystemEntitlement -Uuid {system.Uuid} | Remove-RhsmSystemEntitlement -WhatIf");
        Assert.Empty(whatIf.ErrorIds);
        var asks = Run($"$ConfirmPreference = 'High'; Get-RhsmSystemEntitlement -Uuid {system.Uuid} | Remove-RhsmSystemEntitlement");
        Assert.NotEmpty(asks.ErrorIds);
        Assert.Empty(Sent("DELETE"));
        Assert.Equal(system.EntitlementCount, SystemNow(system.Uuid).EntitlementCount);

        var held = EntitlementsOf(system.Uuid)[0];
        var real = Run($"Remove-RhsmSystemEntitlement -Uuid {system.Uuid} -EntitlementId {held.EntitlementId} -Confirm:$false -Verbose");
        Assert.Contains(real.Verbose, v => v.Message.Contains($"DELETE {Sandbox.BaseUri}management/v1/systems/{system.Uuid}/{held.EntitlementId}", StringComparison.Ordinal));
    }

    [Fact]
    public void Unregistering_a_system_returns_its_entitlements_to_their_pools()
    {
        Connect();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => s.EntitlementCount >= 1);
        var number = EntitlementsOf(system.Uuid)[0].SubscriptionNumber!;
        var before = Subscription(number);
        Assert.Empty(Run($"Remove-RhsmSystem -Uuid {system.Uuid} -Confirm:$false").ErrorIds);
        Assert.True(Subscription(number).Consumed < before.Consumed);
        Assert.DoesNotContain(Run($"Get-RhsmSubscriptionSystem {number}").OutputOf<RhsmSubscriptionSystem>(), s => s.Uuid == system.Uuid);
    }
}
