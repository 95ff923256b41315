using System;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Reading allocations and their pools, paging, and the full create → attach → detach → delete lifecycle.</summary>
public sealed class RhsmAllocationTests : RhsmAllocationTestBase
{
    public RhsmAllocationTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Lists_allocations_as_typed_objects_and_filters_by_type()
    {
        Connect();
        var all = AllAllocations();
        Assert.True(all.Count >= 4, all.Count + " allocations");
        Assert.Equal(all.Count, all.Select(a => a.Uuid).Distinct().Count());
        Assert.All(all, a => Assert.NotEqual(Guid.Empty, a.Uuid));
        Assert.All(all, a => Assert.Null(a.Entitlements));
        Assert.All(all, a => Assert.NotNull(a.Url));

        ClearRequests();
        var sam = Run("Get-RhsmAllocation -Type sam").OutputOf<RhsmAllocation>();
        var satellite = Run("Get-RhsmAllocation -Type Satellite").OutputOf<RhsmAllocation>();
        Assert.NotEmpty(sam);
        Assert.NotEmpty(satellite);
        Assert.All(sam, a => Assert.Equal("SAM", a.Type));
        Assert.All(satellite, a => Assert.Equal("Satellite", a.Type));
        Assert.Equal(all.Select(a => a.Uuid).OrderBy(u => u), sam.Concat(satellite).Select(a => a.Uuid).OrderBy(u => u));

        // The API's enum is case-sensitive: -Type sam goes out as SAM.
        Assert.Contains(AllocationRequests(), r => r.EndsWith("?limit=100&offset=0&type=SAM", StringComparison.Ordinal));
    }

    [Fact]
    public void By_uuid_each_allocation_comes_with_entitlements_that_add_up_to_the_listed_quantity()
    {
        Connect();
        var listed = AllAllocations();
        Assert.Contains(listed, a => a.EntitlementQuantity > 0);
        Assert.Contains(listed, a => a.EntitlementQuantity == 0);

        ClearRequests();
        var result = Run("Get-RhsmAllocation | Get-RhsmAllocation");
        Assert.Empty(result.ErrorIds);
        var detailed = result.OutputOf<RhsmAllocation>();
        Assert.Equal(listed.Select(a => a.Uuid), detailed.Select(a => a.Uuid));
        foreach (var (list, detail) in listed.Zip(detailed))
        {
            Assert.NotNull(detail.Entitlements);
            Assert.Equal(list.EntitlementQuantity, detail.Entitlements!.Sum(e => e.Quantity));
            Assert.Equal(list.EntitlementQuantity, detail.EntitlementQuantity);
            Assert.Equal(list.Name, detail.Name);
            Assert.NotNull(detail.CreatedDate);
            Assert.All(detail.Entitlements, e => Assert.Equal(detail.Uuid, e.AllocationUuid));
            Assert.All(detail.Entitlements, e => Assert.Matches("^[0-9a-f]{32}$", e.EntitlementId));
            Assert.All(detail.Entitlements, e => Assert.True(e.EndDate > e.StartDate));
        }

        Assert.All(AllocationRequests().Where(r => !r.Contains("?limit=", StringComparison.Ordinal)), r => Assert.EndsWith("?include=entitlements", r, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_uuid_is_a_non_terminating_RhsmAllocationNotFound_and_the_pipeline_goes_on()
    {
        Connect();
        var known = AllAllocations()[0].Uuid;
        var unknown = Guid.NewGuid();
        var result = Run("Get-RhsmAllocation -Uuid $ids", Vars(("ids", new[] { unknown, known })));
        Assert.Equal("RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.GetRhsmAllocationCommand", Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal(unknown, result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Contains("Get-RhsmAllocation", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(known, Assert.Single(result.OutputOf<RhsmAllocation>()).Uuid);
    }

    [Fact]
    public void Pages_that_are_exactly_full_and_First_Skip_page_on_the_server()
    {
        Connect();
        var all = AllAllocations();
        var size = Enumerable.Range(2, Math.Max(0, all.Count - 2)).FirstOrDefault(d => all.Count % d == 0);
        Assert.True(size > 1, "the seed needs an allocation count with a divisor: " + all.Count);

        ClearRequests();
        var paged = Run($"Get-RhsmAllocation -PageSize {size}").OutputOf<RhsmAllocation>();
        Assert.Equal(all.Select(a => a.Uuid), paged.Select(a => a.Uuid));
        var queries = AllocationRequests().Select(r => r.Split('?')[1]).ToList();
        for (var offset = 0; offset < all.Count; offset += size)
        {
            Assert.Contains($"limit={size}&offset={offset}", queries);
        }

        // The last page was full, so only an empty page past the end can say the listing is over.
        Assert.Contains($"limit={size}&offset={all.Count}", queries);

        ClearRequests();
        var window = Run("Get-RhsmAllocation -Skip 1 -First 2").OutputOf<RhsmAllocation>();
        Assert.Equal(all.Skip(1).Take(2).Select(a => a.Uuid), window.Select(a => a.Uuid));
        Assert.Equal("GET " + AllocationsPath + "?limit=2&offset=1", Assert.Single(AllocationRequests()));
    }

    [Theory]
    [InlineData("Get-RhsmAllocation -PageSize 101")]
    [InlineData("Get-RhsmAllocation -PageSize 0")]
    [InlineData("Get-RhsmAllocationPool -Uuid ([guid]::NewGuid()) -PageSize 101")]
    public void PageSize_outside_the_cap_is_refused_before_sending(string script)
    {
        Connect();
        ClearRequests();
        var result = Run(script);
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(AllocationRequests());
    }

    [Fact]
    public void Over_the_cap_the_sandbox_caps_silently_or_rejects_with_the_RHSM_400_body()
    {
        Connect();
        var count = AllAllocations().Count;
        var pools = Pools(AllAllocations()[0].Uuid).Count;
        var capped = Run("Invoke-RedHatApiRequest -Api Rhsm -Path allocations -All -PageSize 500");
        Assert.Empty(capped.ErrorIds);
        Assert.Equal(count, capped.Output.Count);

        Settings(new { overCap = "Reject" });
        var rejected = Run("Invoke-RedHatApiRequest -Api Rhsm -Path allocations -All -PageSize 500");
        Assert.Equal("HttpStatus400,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(rejected.ErrorIds));
        Assert.Contains("limit must be <= 100", rejected.Terminating!.Exception.Message, StringComparison.Ordinal);

        // The cmdlets never ask for more than the cap, so the strict server changes nothing for them.
        Assert.Equal(count, AllAllocations().Count);
        Assert.Equal(pools, Pools(AllAllocations()[0].Uuid).Count);
    }

    [Fact]
    public void Pools_are_the_ones_with_entitlements_left_and_future_ones_only_on_request()
    {
        Connect();
        var allocation = AllAllocations()[0];
        ClearRequests();
        var pools = Pools(allocation.Uuid);
        Assert.NotEmpty(pools);
        Assert.All(pools, p => Assert.Equal(allocation.Uuid, p.AllocationUuid));
        Assert.All(pools, p => Assert.True(p.EntitlementsAvailable > 0));
        Assert.All(pools, p => Assert.True(p.StartDate <= DateTimeOffset.UtcNow));
        Assert.Equal(pools.Count, pools.Select(p => p.PoolId).Distinct().Count());
        Assert.Equal($"GET {AllocationsPath}/{allocation.Uuid}/pools?limit=100&offset=0", AllocationRequests()[0]);

        var withFuture = Pools(allocation.Uuid, "-IncludeFuture");
        var future = withFuture.Where(p => pools.All(c => c.PoolId != p.PoolId)).ToList();
        Assert.NotEmpty(future);
        Assert.All(future, p => Assert.True(p.StartDate > DateTimeOffset.UtcNow));
        Assert.Contains(AllocationRequests(), r => r.EndsWith("&future=true", StringComparison.Ordinal));
    }

    [Fact]
    public void Pool_pages_exactly_full_small_or_windowed_give_the_same_pools_in_order()
    {
        Connect();
        var uuid = AllAllocations()[0].Uuid;
        var pools = Pools(uuid);
        Assert.True(pools.Count > 5, pools.Count + " pools");

        ClearRequests();
        Assert.Equal(pools.Select(p => p.PoolId), Pools(uuid, $"-PageSize {pools.Count}").Select(p => p.PoolId));
        Assert.Contains($"GET {AllocationsPath}/{uuid}/pools?limit={pools.Count}&offset={pools.Count}", AllocationRequests());

        Assert.Equal(pools.Select(p => p.PoolId), Pools(uuid, "-PageSize 5").Select(p => p.PoolId));
        Assert.Equal(pools.Skip(3).Take(4).Select(p => p.PoolId), Pools(uuid, "-Skip 3 -First 4").Select(p => p.PoolId));
    }

    [Fact]
    public void Pools_of_each_piped_allocation_and_of_an_unknown_one()
    {
        Connect();
        var all = AllAllocations();
        var piped = Run("Get-RhsmAllocation | Get-RhsmAllocationPool -First 1");
        Assert.Empty(piped.ErrorIds);
        Assert.Equal(all.Select(a => a.Uuid), piped.OutputOf<RhsmAllocationPool>().Select(p => p.AllocationUuid));

        var result = Run("Get-RhsmAllocationPool -Uuid $ids -First 1", Vars(("ids", new[] { Guid.NewGuid(), all[0].Uuid })));
        Assert.Equal("RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.GetRhsmAllocationPoolCommand", Assert.Single(result.ErrorIds));
        Assert.Single(result.OutputOf<RhsmAllocationPool>());
    }

    [Fact]
    public void Versions_list_what_New_RhsmAllocation_takes_and_the_latest_is_the_default()
    {
        Connect();
        var versions = Run("Get-RhsmAllocationVersion").OutputOf<RhsmAllocationVersion>();
        Assert.True(versions.Count > 1);
        Assert.Equal(versions.Count, versions.Select(v => v.Value).Distinct().Count());
        static Version Number(RhsmAllocationVersion v) => System.Version.Parse(Regex.Match(v.Value, @"\d+(\.\d+)+").Value);
        var oldest = versions.OrderBy(Number).First();
        var latest = versions.OrderBy(Number).Last();

        var pinned = Run($"New-RhsmAllocation -Name pinned-version -Version {oldest.Value}").OutputOf<RhsmAllocation>().Single();
        Assert.Equal(Number(oldest), System.Version.Parse(pinned.Version!));
        var unpinned = Run("New-RhsmAllocation -Name default-version").OutputOf<RhsmAllocation>().Single();
        Assert.Equal(Number(latest), System.Version.Parse(unpinned.Version!));
        Assert.Contains(Mutations(), r => r.EndsWith("?name=pinned-version&version=" + oldest.Value, StringComparison.Ordinal));
        Assert.Contains(Mutations(), r => r.EndsWith("?name=default-version", StringComparison.Ordinal));
    }

    [Fact]
    public void Full_lifecycle_new_pools_attach_get_resize_detach_remove()
    {
        Connect();
        var name = "satellite-lifecycle-" + Guid.NewGuid().ToString("N")[..8];

        var created = Run($"New-RhsmAllocation -Name {name}").OutputOf<RhsmAllocation>().Single();
        Assert.Equal(name, created.Name);
        Assert.Equal("Satellite", created.Type);
        Assert.Equal(0, created.EntitlementQuantity);
        Assert.Contains(AllAllocations(), a => a.Uuid == created.Uuid && a.Name == name);

        var pool = Pools(created.Uuid).First(p => p.EntitlementsAvailable >= 4);
        var attach = Run("$pool | Add-RhsmAllocationSubscription -Quantity 2", Vars(("pool", pool)));
        Assert.Empty(attach.ErrorIds);
        var entitlement = attach.OutputOf<RhsmAllocationEntitlement>().Single();
        Assert.Equal(created.Uuid, entitlement.AllocationUuid);
        Assert.Equal(2, entitlement.Quantity);
        Assert.Equal(pool.Sku, entitlement.Sku);
        Assert.Equal(pool.ContractNumber, entitlement.ContractNumber);
        Assert.Equal(pool.SubscriptionName, entitlement.SubscriptionName);

        var details = Details(created.Uuid)!;
        Assert.Equal(entitlement.EntitlementId, Assert.Single(details.Entitlements!).EntitlementId);
        Assert.Equal(2, details.EntitlementQuantity);
        Assert.Equal(pool.EntitlementsAvailable - 2, Pools(created.Uuid).Single(p => p.PoolId == pool.PoolId).EntitlementsAvailable);

        var resized = Run("$e | Set-RhsmAllocationSubscription -Quantity 3", Vars(("e", entitlement)));
        Assert.Empty(resized.ErrorIds);
        Assert.Equal(3, resized.OutputOf<RhsmAllocationEntitlement>().Single().Quantity);
        Assert.Equal(pool.EntitlementsAvailable - 3, Pools(created.Uuid).Single(p => p.PoolId == pool.PoolId).EntitlementsAvailable);

        // Entitlements pipe from Get-RhsmAllocation -Uuid into Remove-RhsmAllocationSubscription by property name.
        var detach = Run($"(Get-RhsmAllocation -Uuid {created.Uuid}).Entitlements | Remove-RhsmAllocationSubscription -Confirm:$false");
        Assert.Empty(detach.ErrorIds);
        Assert.Empty(Details(created.Uuid)!.Entitlements!);
        Assert.Equal(pool.EntitlementsAvailable, Pools(created.Uuid).Single(p => p.PoolId == pool.PoolId).EntitlementsAvailable);

        ClearRequests();
        var remove = Run($"Get-RhsmAllocation -Uuid {created.Uuid} | Remove-RhsmAllocation -Confirm:$false");
        Assert.Empty(remove.ErrorIds);
        Assert.Equal($"DELETE {AllocationsPath}/{created.Uuid}?force=true", Assert.Single(Mutations()));
        Assert.Equal("RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.GetRhsmAllocationCommand", Assert.Single(Run($"Get-RhsmAllocation -Uuid {created.Uuid}").ErrorIds));
    }
}
