using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class RhsmSystemDetailTests : SandboxModuleTest
{
    public RhsmSystemDetailTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private List<string> Deletes() =>
        Sandbox.Requests().Where(r => r.GetProperty("method").GetString() == "DELETE").Select(r => r.GetProperty("pathAndQuery").GetString()!).ToList();

    [Fact]
    public void Errata_stream_through_the_pipeline_and_match_each_system_s_counts()
    {
        Connect();
        var systems = Run("Get-RhsmSystem -First 3").OutputOf<RhsmSystem>();
        var result = Run("Get-RhsmSystem -First 3 | Get-RhsmSystemErratum -PageSize 7");
        Assert.Empty(result.ErrorIds);
        var errata = result.OutputOf<RhsmErratum>();
        foreach (var system in systems)
        {
            var mine = errata.Where(e => e.SystemUuid == system.Uuid).ToList();
            Assert.Equal(system.SecurityErrataCount + system.BugfixErrataCount + system.EnhancementErrataCount, mine.Count);
            Assert.Equal(system.SecurityErrataCount, mine.Count(e => e.Type == "Security Advisory"));
            Assert.All(mine, e => Assert.Matches("^RH[SBE]A-2026:\\d{4}$", e.Id));
            Assert.All(mine, e => Assert.NotNull(e.Published));
        }
    }

    [Fact]
    public void Errata_paging_applies_to_each_system()
    {
        Connect();
        var result = Run("Get-RhsmSystem -First 2 | Get-RhsmSystemErratum -First 2");
        Assert.Equal(4, result.OutputOf<RhsmErratum>().Count);
    }

    [Fact]
    public void Errata_of_an_unknown_system_are_a_non_terminating_RhsmSystemNotFound()
    {
        Connect();
        var known = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>().Single();
        var result = Run("Get-RhsmSystemErratum -Uuid $ids -First 1", new Dictionary<string, object?> { ["ids"] = new[] { Guid.NewGuid(), known.Uuid } });
        Assert.Equal("RhsmSystemNotFound,RedHatApi.Commands.Rhsm.GetRhsmSystemErratumCommand", Assert.Single(result.ErrorIds));
        Assert.Single(result.OutputOf<RhsmErratum>());
    }

    [Fact]
    public void Packages_page_at_the_endpoint_cap_of_1000_and_come_back_whole()
    {
        Connect();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => Convert.ToInt32(s.Uuid.ToString("N")[..4], 16) % 1200 > 800);
        Sandbox.ClearRequests();
        var result = Run($"Get-RhsmSystemPackage -Uuid {system.Uuid}");
        Assert.Empty(result.ErrorIds);
        var packages = result.OutputOf<RhsmPackage>();
        Assert.True(packages.Count > 1000, packages.Count + " packages");
        Assert.Equal(packages.Count, packages.Select(p => p.Nevra).Distinct().Count());
        var first = Sandbox.Requests().First(r => r.GetProperty("pathAndQuery").GetString()!.Contains("/packages?", StringComparison.Ordinal));
        Assert.EndsWith("limit=1000&offset=0", first.GetProperty("pathAndQuery").GetString(), StringComparison.Ordinal);
        Assert.Contains(packages, p => p.ErrataCount > 0 && p.Advisories.Count > 0);
    }

    [Fact]
    public void Errata_pipe_back_into_Get_RhsmSystem_by_SystemUuid()
    {
        Connect();
        var result = Run("Get-RhsmSystem -First 1 | Get-RhsmSystemErratum -First 1 | Get-RhsmSystem");
        Assert.Empty(result.ErrorIds);
        Assert.Single(result.OutputOf<RhsmSystem>());
    }

    [Fact]
    public void Remove_WhatIf_shows_the_method_and_URL_and_sends_nothing()
    {
        Connect();
        var system = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>().Single();
        var result = Run("Get-RhsmSystem -First 1 | Remove-RhsmSystem -WhatIf");
        Assert.Empty(result.ErrorIds);
        Assert.Contains("DELETE " + Sandbox.BaseUri + "management/v1/systems/" + system.Uuid, Assert.Single(result.WhatIf), StringComparison.Ordinal);
        Assert.Empty(Deletes());
        Assert.Single(Run($"Get-RhsmSystem -Uuid {system.Uuid}").OutputOf<RhsmSystem>());
    }

    [Fact]
    public void Remove_deletes_piped_systems_and_reports_unknown_ones_per_input()
    {
        Connect();
        var systems = Run("Get-RhsmSystem -First 2").OutputOf<RhsmSystem>();
        var result = Run("$ids = @($targets) + [guid]::NewGuid(); $ids | Remove-RhsmSystem -Confirm:$false",
            new Dictionary<string, object?> { ["targets"] = systems.Select(s => s.Uuid).ToArray() });
        Assert.Equal("RhsmSystemNotFound,RedHatApi.Commands.Rhsm.RemoveRhsmSystemCommand", Assert.Single(result.ErrorIds));
        Assert.Equal(3, Deletes().Count);
        var after = Run("Get-RhsmSystem").OutputOf<RhsmSystem>();
        Assert.Equal(248, after.Count);
        Assert.DoesNotContain(after, s => systems.Any(x => x.Uuid == s.Uuid));
    }

    [Fact]
    public void Remove_is_ConfirmImpact_High_so_the_default_preference_asks()
    {
        Connect();
        var result = Run("$ConfirmPreference = 'High'; Get-RhsmSystem -First 1 | Remove-RhsmSystem");

        // A non-interactive runspace cannot prompt: PowerShell refuses instead of deleting silently.
        Assert.Empty(Deletes());
        Assert.NotEmpty(result.ErrorIds);
    }
}
