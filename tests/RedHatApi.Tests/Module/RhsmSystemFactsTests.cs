using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.Reconciliation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Get-RhsmSystem -Include, and the sandbox's RHSM auto-delete as the reconciliation sees it.</summary>
public sealed class RhsmSystemFactsTests : SandboxModuleTest
{
    private const string GetId = ",RedHatApi.Commands.Rhsm.GetRhsmSystemCommand";

    public RhsmSystemFactsTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private List<string> SystemGets() =>
        Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!).Where(p => p.Contains("/management/v1/systems/", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Include_adds_facts_installed_products_and_entitlements_in_one_request()
    {
        Connect();
        var listed = Run("Get-RhsmSystem -First 5").OutputOf<RhsmSystem>();
        var withEntitlements = listed.First(s => s.EntitlementCount > 0);
        Sandbox.ClearRequests();
        var result = Run($"Get-RhsmSystem -Uuid {withEntitlements.Uuid} -Include Facts, InstalledProducts, Entitlements");
        Assert.Empty(result.ErrorIds);
        var system = Assert.Single(result.OutputOf<RhsmSystem>());
        Assert.Equal($"/management/v1/systems/{withEntitlements.Uuid}?include=facts,installedProducts,entitlements", Assert.Single(SystemGets()));

        Assert.Equal(withEntitlements.Hostname, system.Facts!["network.fqdn"]);
        Assert.Equal(withEntitlements.Hostname, system.NetworkFqdn);
        Assert.Matches("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$", Assert.Single(system.InterfaceMacAddresses!));
        Assert.Equal("Red Hat Enterprise Linux", system.Facts["distribution.name"]);
        var product = Assert.Single(system.InstalledProducts!);
        Assert.Equal("479", product.ProductId);
        Assert.Equal(system.Facts["distribution.version"], product.Version);
        Assert.Equal(withEntitlements.EntitlementCount, system.Entitlements!.Count);
        Assert.All(system.Entitlements, e => Assert.Equal(system.Uuid, e.SystemUuid));
    }

    [Fact]
    public void Without_Include_the_system_has_no_facts_and_the_request_no_include()
    {
        Connect();
        var uuid = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>()[0].Uuid;
        Sandbox.ClearRequests();
        var system = Assert.Single(Run($"Get-RhsmSystem -Uuid {uuid}").OutputOf<RhsmSystem>());
        Assert.Null(system.Facts);
        Assert.Null(system.InstalledProducts);
        Assert.Null(system.Entitlements);
        Assert.Equal($"/management/v1/systems/{uuid}", Assert.Single(SystemGets()));
        Assert.Empty(Run($"Get-RhsmSystem -Uuid {uuid} -Include Facts").OutputOf<RhsmSystem>()[0].InstalledProducts ?? Array.Empty<RhsmInstalledProduct>());
    }

    [Fact]
    public void Include_on_an_unknown_system_is_RhsmSystemNotFound_per_input()
    {
        Connect();
        var uuid = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>()[0].Uuid;
        var result = Run($"'{Guid.NewGuid()}', '{uuid}' | Get-RhsmSystem -Include Facts");
        Assert.Equal("RhsmSystemNotFound" + GetId, Assert.Single(result.ErrorIds));
        Assert.NotNull(Assert.Single(result.OutputOf<RhsmSystem>()).Facts);
    }

    [Fact]
    public void A_system_aged_past_the_auto_delete_leaves_RHSM_and_reconciles_as_LikelyAutoDeletedByRhsm()
    {
        Connect();
        var system = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>()[0];
        Sandbox.Send(HttpMethod.Put, "_sandbox/rhsm/settings", new { autoDeleteDays = 30 });
        Sandbox.Send(HttpMethod.Post, $"_sandbox/rhsm/systems/{system.Uuid}/age", new { days = 31 });

        Assert.Equal("RhsmSystemNotFound" + GetId, Assert.Single(Run($"Get-RhsmSystem -Uuid {system.Uuid}").ErrorIds));
        Assert.DoesNotContain(Run("Get-RhsmSystem").OutputOf<RhsmSystem>(), s => s.Uuid == system.Uuid);

        // The CMDB's discovery saw the host yesterday: RHSM deleted it, the host is not gone.
        var cmdb = new[] { new Dictionary<string, object?> { ["hostname"] = system.Hostname, ["seen"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("o") } }
            .Select(d => new System.Collections.Hashtable(d)).ToArray();
        var result = Run("Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname -LastSeenProperty seen -Source Rhsm", new Dictionary<string, object?> { ["cmdb"] = cmdb });
        Assert.Empty(result.ErrorIds);
        var row = result.OutputOf<RedHatInventoryComparison>().Single(r => string.Equals(r.HostName, system.Hostname, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(RedHatInventoryStatus.LikelyAutoDeletedByRhsm, row.Status);
    }

    [Fact]
    public void Aging_a_system_within_the_window_makes_it_Stale_with_the_days_until_deletion()
    {
        Connect();
        var system = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>()[0];
        Sandbox.Send(HttpMethod.Put, "_sandbox/rhsm/settings", new { autoDeleteDays = 30 });
        Sandbox.Send(HttpMethod.Post, $"_sandbox/rhsm/systems/{system.Uuid}/age", new { days = 20.5 });
        var cmdb = new[] { new System.Collections.Hashtable { ["hostname"] = system.Hostname } };
        var row = Run("Compare-RedHatInventory -ReferenceObject $cmdb -Property hostname -Source Rhsm", new Dictionary<string, object?> { ["cmdb"] = cmdb })
            .OutputOf<RedHatInventoryComparison>().Single(r => string.Equals(r.HostName, system.Hostname, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(RedHatInventoryStatus.Stale, row.Status);
        Assert.Contains("deletes the system in 10 days", row.Reason, StringComparison.Ordinal);
    }
}
