using System;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Every ErrorId of the allocation cmdlets, -WhatIf sending nothing, and the confirmation of High impact.</summary>
public sealed class RhsmAllocationChangeTests : RhsmAllocationTestBase
{
    private const string Commands = ",RedHatApi.Commands.Rhsm.";

    public RhsmAllocationChangeTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    [InlineData("ünïcode")]
    [InlineData("slash/name")]
    public void An_invalid_name_is_RhsmAllocationNameInvalid_and_nothing_is_sent(string name)
    {
        Connect();
        ClearRequests();
        var result = Run("New-RhsmAllocation -Name $n", Vars(("n", name)));
        Assert.Equal("RhsmAllocationNameInvalid" + Commands + "NewRhsmAllocationCommand", Assert.Single(result.ErrorIds));
        Assert.Equal(ErrorCategory.InvalidArgument, result.Errors[0].CategoryInfo.Category);
        Assert.Equal(name, result.Errors[0].TargetObject);
        Assert.Contains("less than 100 characters", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Empty(AllocationRequests());
    }

    [Fact]
    public void Names_may_have_99_characters_but_not_100()
    {
        Connect();
        ClearRequests();
        var tooLong = Run("New-RhsmAllocation -Name $n", Vars(("n", new string('a', 100))));
        Assert.Equal("RhsmAllocationNameInvalid" + Commands + "NewRhsmAllocationCommand", Assert.Single(tooLong.ErrorIds));
        Assert.Empty(AllocationRequests());

        var longest = "sat_" + new string('x', 90) + "-1.2.";
        Assert.Equal(99, longest.Length);
        var created = Run("New-RhsmAllocation -Name $n", Vars(("n", longest)));
        Assert.Empty(created.ErrorIds);
        Assert.Equal(longest, created.OutputOf<RhsmAllocation>().Single().Name);
    }

    [Fact]
    public void A_taken_name_or_an_unknown_version_is_RhsmAllocationRejected_with_the_API_reason()
    {
        Connect();
        var all = AllAllocations();
        var taken = all[0].Name;

        var duplicate = Run($"New-RhsmAllocation -Name {taken}");
        Assert.Equal("RhsmAllocationRejected" + Commands + "NewRhsmAllocationCommand", Assert.Single(duplicate.ErrorIds));
        Assert.Equal(ErrorCategory.InvalidArgument, duplicate.Errors[0].CategoryInfo.Category);
        Assert.Contains("already exists", duplicate.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains(taken, duplicate.Errors[0].Exception.Message, StringComparison.Ordinal);

        var version = Run("New-RhsmAllocation -Name brand-new -Version sat-5.8");
        Assert.Equal("RhsmAllocationRejected" + Commands + "NewRhsmAllocationCommand", Assert.Single(version.ErrorIds));
        Assert.Contains("'sat-5.8' is not supported", version.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Get-RhsmAllocationVersion", version.Errors[0].Exception.Message, StringComparison.Ordinal);

        Assert.Equal(all.Select(a => a.Uuid), AllAllocations().Select(a => a.Uuid));
    }

    [Fact]
    public void Names_bind_from_the_pipeline_and_one_bad_name_does_not_stop_the_others()
    {
        Connect();
        var result = Run("@([pscustomobject]@{ Name = 'piped-one' }, [pscustomobject]@{ Name = 'bad name' }, [pscustomobject]@{ Name = 'piped-two'; Version = 'sat-6.15' }) | New-RhsmAllocation");
        Assert.Equal("RhsmAllocationNameInvalid" + Commands + "NewRhsmAllocationCommand", Assert.Single(result.ErrorIds));
        var created = result.OutputOf<RhsmAllocation>();
        Assert.Equal(new[] { "piped-one", "piped-two" }, created.Select(a => a.Name));
        Assert.Equal("6.15", created[1].Version);
    }

    [Fact]
    public void Removing_an_allocation_with_entitlements_needs_Force_and_without_it_nothing_is_deleted()
    {
        Connect();
        var busy = AllAllocations().First(a => a.EntitlementQuantity > 0);
        var poolsBefore = Pools(busy.Uuid, "-IncludeFuture").Sum(p => p.EntitlementsAvailable);
        ClearRequests();

        var refused = Run($"Remove-RhsmAllocation -Uuid {busy.Uuid} -Confirm:$false");
        Assert.Equal("RhsmAllocationHasEntitlements" + Commands + "RemoveRhsmAllocationCommand", Assert.Single(refused.ErrorIds));
        var message = refused.Errors[0].Exception.Message;
        Assert.Contains("-Force", message, StringComparison.Ordinal);
        Assert.Contains(busy.Name, message, StringComparison.Ordinal);
        Assert.Contains(busy.EntitlementQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Equal(busy.Uuid, refused.Errors[0].TargetObject);
        Assert.Empty(Mutations());
        Assert.NotNull(Details(busy.Uuid));

        var forced = Run($"Remove-RhsmAllocation -Uuid {busy.Uuid} -Force -Confirm:$false");
        Assert.Empty(forced.ErrorIds);
        Assert.Equal($"DELETE {AllocationsPath}/{busy.Uuid}?force=true", Assert.Single(Mutations()));
        Assert.DoesNotContain(AllAllocations(), a => a.Uuid == busy.Uuid);

        // Its entitlements went back to the shared pools.
        var other = AllAllocations()[0].Uuid;
        Assert.Equal(poolsBefore + busy.EntitlementQuantity, Pools(other, "-IncludeFuture").Sum(p => p.EntitlementsAvailable));
    }

    [Fact]
    public void The_API_requires_force_on_every_delete_so_the_cmdlet_always_sends_it()
    {
        Connect();
        var empty = AllAllocations().First(a => a.EntitlementQuantity == 0);
        var bare = Run($"Invoke-RedHatApiRequest -Api Rhsm -Method DELETE -Path allocations/{empty.Uuid}");
        Assert.Equal("HttpStatus400,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(bare.ErrorIds));
        Assert.NotNull(Details(empty.Uuid));

        ClearRequests();
        Assert.Empty(Run($"Remove-RhsmAllocation -Uuid {empty.Uuid} -Confirm:$false").ErrorIds);
        Assert.Equal(new[] { $"GET {AllocationsPath}/{empty.Uuid}?include=entitlements", $"DELETE {AllocationsPath}/{empty.Uuid}?force=true" }, AllocationRequests());
    }

    [Fact]
    public void Remove_goes_on_past_unknown_and_busy_allocations()
    {
        Connect();
        var all = AllAllocations();
        var empty = all.First(a => a.EntitlementQuantity == 0);
        var busy = all.First(a => a.EntitlementQuantity > 0);
        var unknown = Guid.NewGuid();
        var result = Run("$ids | Remove-RhsmAllocation -Confirm:$false", Vars(("ids", new[] { unknown, busy.Uuid, empty.Uuid })));
        Assert.Equal(
            new[] { "RhsmAllocationNotFound" + Commands + "RemoveRhsmAllocationCommand", "RhsmAllocationHasEntitlements" + Commands + "RemoveRhsmAllocationCommand" },
            result.ErrorIds);
        Assert.Equal(unknown, result.Errors[0].TargetObject);
        var after = AllAllocations().Select(a => a.Uuid).ToList();
        Assert.DoesNotContain(empty.Uuid, after);
        Assert.Contains(busy.Uuid, after);
    }

    [Fact]
    public void Attaching_more_than_the_pool_has_left_is_RhsmAttachRejected_with_the_API_reason()
    {
        Connect();
        var allocation = AllAllocations().First(a => a.Type == "Satellite");
        var pool = Pools(allocation.Uuid)[0];
        var tooMany = pool.EntitlementsAvailable + 1;

        var result = Run($"Add-RhsmAllocationSubscription -AllocationUuid {allocation.Uuid} -PoolId {pool.PoolId} -Quantity {tooMany}");
        Assert.Equal("RhsmAttachRejected" + Commands + "AddRhsmAllocationSubscriptionCommand", Assert.Single(result.ErrorIds));
        var message = result.Errors[0].Exception.Message;
        Assert.Contains($"{tooMany} exceeds the {pool.EntitlementsAvailable}", message, StringComparison.Ordinal);
        Assert.Contains("Get-RhsmAllocationPool", message, StringComparison.Ordinal);
        Assert.Equal(pool.PoolId, result.Errors[0].TargetObject);
        Assert.Empty(result.OutputOf<RhsmAllocationEntitlement>());
        Assert.Equal(allocation.EntitlementQuantity, Details(allocation.Uuid)!.EntitlementQuantity);

        var unknownPool = Run($"Add-RhsmAllocationSubscription -AllocationUuid {allocation.Uuid} -PoolId {new string('f', 32)} -Quantity 1");
        Assert.Equal("RhsmAttachRejected" + Commands + "AddRhsmAllocationSubscriptionCommand", Assert.Single(unknownPool.ErrorIds));
        Assert.Contains("not available to this allocation", unknownPool.Errors[0].Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attaching_to_an_unknown_allocation_is_RhsmAllocationNotFound_and_nothing_is_posted()
    {
        Connect();
        var pool = Pools(AllAllocations()[0].Uuid)[0];
        ClearRequests();
        var result = Run($"Add-RhsmAllocationSubscription -AllocationUuid {Guid.NewGuid()} -PoolId {pool.PoolId} -Quantity 1");
        Assert.Equal("RhsmAllocationNotFound" + Commands + "AddRhsmAllocationSubscriptionCommand", Assert.Single(result.ErrorIds));
        Assert.Empty(Mutations());
    }

    [Fact]
    public void Detaching_an_unknown_entitlement_is_RhsmEntitlementNotFound_and_the_others_are_detached()
    {
        Connect();
        var busy = AllAllocations().First(a => a.EntitlementQuantity > 0);
        var entitlement = Details(busy.Uuid)!.Entitlements![0];
        var result = Run($"Remove-RhsmAllocationSubscription -AllocationUuid {busy.Uuid} -EntitlementId nope,{entitlement.EntitlementId} -Confirm:$false");
        Assert.Equal("RhsmEntitlementNotFound" + Commands + "RemoveRhsmAllocationSubscriptionCommand", Assert.Single(result.ErrorIds));
        Assert.Equal("nope", result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Contains($"Get-RhsmAllocation -Uuid {busy.Uuid}", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Details(busy.Uuid)!.Entitlements!, e => e.EntitlementId == entitlement.EntitlementId);

        var gone = Run($"Remove-RhsmAllocationSubscription -AllocationUuid {Guid.NewGuid()} -EntitlementId {entitlement.EntitlementId} -Confirm:$false");
        Assert.Equal("RhsmAllocationNotFound" + Commands + "RemoveRhsmAllocationSubscriptionCommand", Assert.Single(gone.ErrorIds));
    }

    [Fact]
    public void A_quantity_the_pool_cannot_cover_is_RhsmEntitlementQuantityRejected_and_nothing_changes()
    {
        Connect();
        var busy = AllAllocations().First(a => a.EntitlementQuantity > 0);
        var entitlement = Details(busy.Uuid)!.Entitlements![0];
        var result = Run("$e | Set-RhsmAllocationSubscription -Quantity 1000000", Vars(("e", entitlement)));
        Assert.Equal("RhsmEntitlementQuantityRejected" + Commands + "SetRhsmAllocationSubscriptionCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("1000000 exceeds", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(entitlement.Quantity, Details(busy.Uuid)!.Entitlements!.Single(e => e.EntitlementId == entitlement.EntitlementId).Quantity);

        var unknown = Run($"Set-RhsmAllocationSubscription -AllocationUuid {busy.Uuid} -EntitlementId nope -Quantity 1");
        Assert.Equal("RhsmEntitlementNotFound" + Commands + "SetRhsmAllocationSubscriptionCommand", Assert.Single(unknown.ErrorIds));
    }

    [Fact]
    public void WhatIf_shows_each_method_and_URL_and_sends_nothing()
    {
        Connect();
        var busy = AllAllocations().First(a => a.EntitlementQuantity > 0);
        var entitlement = Details(busy.Uuid)!.Entitlements![0];
        var pool = Pools(busy.Uuid)[0];
        ClearRequests();

        var host = new RecordingHost(confirm: true);
        var result = RunHosted(host, string.Join("\n",
            "New-RhsmAllocation -Name whatif-new -Version sat-6.16 -WhatIf",
            "Remove-RhsmAllocation -Uuid $u -Force -WhatIf",
            "Add-RhsmAllocationSubscription -AllocationUuid $u -PoolId $p -Quantity 1 -WhatIf",
            "Set-RhsmAllocationSubscription -AllocationUuid $u -EntitlementId $e -Quantity 2 -WhatIf",
            "Remove-RhsmAllocationSubscription -AllocationUuid $u -EntitlementId $e -WhatIf"),
            Vars(("u", busy.Uuid), ("p", pool.PoolId), ("e", entitlement.EntitlementId)));
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.Output);

        // Not even the reads that precede a real change: -WhatIf stops before them.
        Assert.Empty(AllocationRequests());
        Assert.Empty(host.Prompts);
        var api = new Uri(Sandbox.BaseUri, "management/v1/allocations").AbsoluteUri;
        var expected = new[]
        {
            $"POST {api}?name=whatif-new&version=sat-6.16",
            $"DELETE {api}/{busy.Uuid}?force=true",
            $"POST {api}/{busy.Uuid}/entitlements?pool={pool.PoolId}&quantity=1",
            $"PUT {api}/{busy.Uuid}/entitlements/{entitlement.EntitlementId}?quantity=2",
            $"DELETE {api}/{busy.Uuid}/entitlements/{entitlement.EntitlementId}",
        };
        var whatIf = host.Lines.Where(l => l.StartsWith("What if:", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Length, whatIf.Count);
        foreach (var (line, target) in whatIf.Zip(expected))
        {
            Assert.Contains("\"" + target + "\"", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Removals_are_High_impact_so_the_default_preference_asks_and_No_sends_nothing()
    {
        Connect();
        var busy = AllAllocations().First(a => a.EntitlementQuantity > 0);
        var entitlement = Details(busy.Uuid)!.Entitlements![0];
        ClearRequests();

        var no = new RecordingHost(confirm: false);
        var result = RunHosted(no, "Remove-RhsmAllocation -Uuid $u -Force\nRemove-RhsmAllocationSubscription -AllocationUuid $u -EntitlementId $e",
            Vars(("u", busy.Uuid), ("e", entitlement.EntitlementId)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(2, no.Prompts.Count);
        Assert.Contains($"DELETE {new Uri(Sandbox.BaseUri, "management/v1/allocations/" + busy.Uuid).AbsoluteUri}?force=true", no.Prompts[0], StringComparison.Ordinal);
        Assert.Contains("/entitlements/" + entitlement.EntitlementId, no.Prompts[1], StringComparison.Ordinal);
        Assert.Empty(AllocationRequests());

        var yes = new RecordingHost(confirm: true);
        Assert.Empty(RunHosted(yes, "Remove-RhsmAllocationSubscription -AllocationUuid $u -EntitlementId $e", Vars(("u", busy.Uuid), ("e", entitlement.EntitlementId))).ErrorIds);
        Assert.Single(yes.Prompts);
        Assert.DoesNotContain(Details(busy.Uuid)!.Entitlements!, e => e.EntitlementId == entitlement.EntitlementId);
    }

    [Fact]
    public void Creating_attaching_and_resizing_are_Medium_impact_and_do_not_ask_by_default()
    {
        Connect();
        var host = new RecordingHost(confirm: false);
        var result = RunHosted(host, string.Join("\n",
            "$a = New-RhsmAllocation -Name medium-impact",
            "$e = Get-RhsmAllocationPool -Uuid $a.Uuid -First 1 | Add-RhsmAllocationSubscription -Quantity 1",
            "$e | Set-RhsmAllocationSubscription -Quantity 2"));
        Assert.Empty(result.ErrorIds);
        Assert.Empty(host.Prompts);
        Assert.Equal(2, result.OutputOf<RhsmAllocationEntitlement>().Single().Quantity);

        // -Confirm asks even for Medium impact; answered No, nothing is created.
        ClearRequests();
        Assert.Empty(RunHosted(host, "New-RhsmAllocation -Name asked-first -Confirm").ErrorIds);
        Assert.Single(host.Prompts);
        Assert.Empty(Mutations());
    }
}
