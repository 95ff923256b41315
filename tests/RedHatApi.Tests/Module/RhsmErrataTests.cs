using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>The organisation's errata and what hangs off one advisory: its details, systems and packages.</summary>
public sealed class RhsmErrataTests : SandboxModuleTest
{
    private const string GetErratum = ",RedHatApi.Commands.Rhsm.GetRhsmErratumCommand";

    public RhsmErrataTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private IReadOnlyList<string> Requests(string pathPrefix) =>
        Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!)
            .Where(p => p.StartsWith("/management/v1/" + pathPrefix, StringComparison.Ordinal)).ToList();

    private void ClearRequests() => Sandbox.ClearRequests();

    /// <summary>Every per-system erratum of the organisation, the ground truth the org-wide endpoints must agree with.</summary>
    private List<RhsmErratum> AllSystemErrata()
    {
        var result = Run("Get-RhsmSystem | Get-RhsmSystemErratum");
        Assert.Empty(result.ErrorIds);
        return result.OutputOf<RhsmErratum>().ToList();
    }

    private List<RhsmErratumSummary> AllOrgErrata()
    {
        var result = Run("Get-RhsmErratum");
        Assert.Empty(result.ErrorIds);
        return result.OutputOf<RhsmErratumSummary>().ToList();
    }

    [Fact]
    public void Org_errata_are_the_advisories_of_the_systems_with_matching_counts_and_severities()
    {
        Connect();
        var perSystem = AllSystemErrata();
        ClearRequests();
        var org = AllOrgErrata();

        // More than one page of 1000: the default page is the cap, and the second page was asked for.
        Assert.True(org.Count > 1000, org.Count + " errata");
        var requests = Requests("errata?").Select(p => p.Split('?')[1]).ToList();
        Assert.Equal("limit=1000&offset=0", requests[0]);
        Assert.Contains("limit=1000&offset=1000", requests);

        Assert.Equal(org.Count, org.Select(e => e.Id).Distinct().Count());
        var bySystem = perSystem.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(bySystem.Keys.OrderBy(k => k, StringComparer.Ordinal), org.Select(e => e.Id).OrderBy(k => k, StringComparer.Ordinal));
        foreach (var erratum in org)
        {
            var mine = bySystem[erratum.Id];
            Assert.Equal(mine.Select(e => e.SystemUuid).Distinct().Count(), erratum.AffectedSystemCount);
            Assert.Equal(mine[0].Type, erratum.Type);
            Assert.Equal(mine[0].Synopsis, erratum.Synopsis);
            Assert.Equal(mine[0].Published, erratum.Published);

            // The org list has no severity field: it is read from the synopsis and must agree with the per-system one.
            Assert.Equal(mine[0].Severity, erratum.Severity);
            Assert.All(mine, e => Assert.Equal(mine[0].Severity, e.Severity));
        }
    }

    [Fact]
    public void Erratum_systems_are_exactly_the_systems_whose_errata_contain_it()
    {
        Connect();
        var holders = AllSystemErrata().GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Select(e => e.SystemUuid).ToHashSet());
        var org = AllOrgErrata();
        var picked = new[] { org[0], org[org.Count / 2], org.OrderByDescending(e => e.AffectedSystemCount).First() };
        var result = Run("$picked | Get-RhsmErratumSystem", new Dictionary<string, object?> { ["picked"] = picked });
        Assert.Empty(result.ErrorIds);
        var systems = result.OutputOf<RhsmErratumSystem>();
        foreach (var erratum in picked)
        {
            var listed = systems.Where(s => s.ErratumId == erratum.Id).Select(s => s.Uuid).ToList();
            Assert.Equal(listed.Count, listed.Distinct().Count());
            Assert.Equal(holders[erratum.Id].OrderBy(u => u), listed.OrderBy(u => u));
            Assert.Equal(erratum.AffectedSystemCount, listed.Count);
        }

        Assert.All(systems, s => Assert.Equal(s.Uuid, s.System.Uuid));
        Assert.All(systems, s => Assert.False(string.IsNullOrEmpty(s.Name)));
    }

    [Fact]
    public void Erratum_systems_pipe_into_Get_RhsmSystem_and_Remove_RhsmSystem_by_Uuid()
    {
        Connect();
        var systems = Run("Get-RhsmErratum -First 1 | Get-RhsmErratumSystem").OutputOf<RhsmErratumSystem>();
        Assert.NotEmpty(systems);

        var again = Run("Get-RhsmErratum -First 1 | Get-RhsmErratumSystem | Get-RhsmSystem");
        Assert.Empty(again.ErrorIds);
        Assert.Equal(systems.Select(s => s.Uuid), again.OutputOf<RhsmSystem>().Select(s => s.Uuid));

        ClearRequests();
        var whatIf = Run("Get-RhsmErratum -First 1 | Get-RhsmErratumSystem | Remove-RhsmSystem -WhatIf");
        Assert.Empty(whatIf.ErrorIds);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("method").GetString() == "DELETE");
        Assert.Equal(250, Run("Get-RhsmSystem").OutputOf<RhsmSystem>().Count);
    }

    [Fact]
    public void Removing_a_system_takes_it_off_its_errata()
    {
        Connect();
        var erratum = AllOrgErrata().OrderByDescending(e => e.AffectedSystemCount).First();
        var victim = Run($"Get-RhsmErratumSystem -Id {erratum.Id} -First 1").OutputOf<RhsmErratumSystem>().Single();
        Assert.Empty(Run($"Remove-RhsmSystem -Uuid {victim.Uuid} -Confirm:$false").ErrorIds);

        var after = Run($"Get-RhsmErratumSystem -Id {erratum.Id}").OutputOf<RhsmErratumSystem>();
        Assert.Equal(erratum.AffectedSystemCount - 1, after.Count);
        Assert.DoesNotContain(after, s => s.Uuid == victim.Uuid);
        Assert.Equal(erratum.AffectedSystemCount - 1, AllOrgErrata().Single(e => e.Id == erratum.Id).AffectedSystemCount);
    }

    [Fact]
    public void System_errata_bind_to_Get_RhsmErratum_Id_and_the_details_agree()
    {
        Connect();
        var errata = Run("Get-RhsmSystem -First 2 | Get-RhsmSystemErratum -First 3").OutputOf<RhsmErratum>();
        var result = Run("Get-RhsmSystem -First 2 | Get-RhsmSystemErratum -First 3 | Get-RhsmErratum");
        Assert.Empty(result.ErrorIds);
        var details = result.OutputOf<RhsmErratumDetail>();
        Assert.Equal(errata.Select(e => e.Id), details.Select(d => d.Id));
        foreach (var (erratum, detail) in errata.Zip(details))
        {
            Assert.Equal(erratum.Type, detail.Type);
            Assert.Equal(erratum.Severity, detail.Severity);
            Assert.Equal(erratum.Synopsis, detail.Synopsis);
            Assert.Equal(erratum.Published, detail.Issued);
            Assert.True(detail.LastUpdated >= detail.Issued);
            Assert.NotEmpty(detail.AffectedProducts);
            Assert.False(string.IsNullOrEmpty(detail.Solution));
        }
    }

    [Fact]
    public void Security_details_list_their_CVEs_and_bugzillas()
    {
        Connect();
        var id = AllOrgErrata().First(e => e.Type == "Security Advisory").Id;
        var detail = Run($"Get-RhsmErratum -Id {id}").OutputOf<RhsmErratumDetail>().Single();
        Assert.NotEmpty(detail.Cves);
        Assert.All(detail.Cves, c => Assert.Matches("^CVE-\\d{4}-\\d{4,}$", c));
        Assert.Equal(detail.Cves.Count, detail.Bugzillas.Count);
        Assert.All(detail.Bugzillas, b => Assert.Contains(b.Id!, b.Href!.ToString(), StringComparison.Ordinal));
        Assert.Contains(detail.References, r => r.Href!.ToString().EndsWith(id, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_advisory_is_a_per_input_RhsmErratumNotFound_for_each_cmdlet()
    {
        Connect();
        var known = AllOrgErrata()[0].Id;
        const string unknown = "RHSA-1999:0001";
        var vars = new Dictionary<string, object?> { ["ids"] = new[] { unknown, known } };
        foreach (var (command, type) in new[] { ("Get-RhsmErratum", typeof(RhsmErratumDetail)), ("Get-RhsmErratumSystem", typeof(RhsmErratumSystem)), ("Get-RhsmErratumPackage", typeof(RhsmErratumPackage)) })
        {
            var result = Run($"$ids | {command}", vars);
            Assert.Equal("RhsmErratumNotFound,RedHatApi.Commands.Rhsm." + command.Replace("-", string.Empty, StringComparison.Ordinal) + "Command", Assert.Single(result.ErrorIds));
            Assert.Null(result.Terminating);
            Assert.Equal(unknown, result.Errors[0].TargetObject);
            Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
            Assert.Contains(unknown, result.Errors[0].Exception.Message, StringComparison.Ordinal);
            Assert.Contains(result.Output, o => o.BaseObject.GetType() == type);
        }
    }

    [Fact]
    public void Type_and_Severity_filter_on_the_client_and_First_Skip_count_matches()
    {
        Connect();
        var all = AllOrgErrata();
        var critical = all.Where(e => e.Type == "Security Advisory" && e.Severity == "Critical").ToList();
        Assert.True(critical.Count > 7, critical.Count + " critical");

        ClearRequests();
        var first = Run("Get-RhsmErratum -Type Security -Severity Critical -First 5").OutputOf<RhsmErratumSummary>();
        Assert.Equal(critical.Take(5).Select(e => e.Id), first.Select(e => e.Id));

        // The filter is not the server's: -Skip is not sent as an offset, the pages start at 0.
        ClearRequests();
        var skipped = Run("Get-RhsmErratum -Type Security -Severity Critical -Skip 3 -First 2").OutputOf<RhsmErratumSummary>();
        Assert.Equal(critical.Skip(3).Take(2).Select(e => e.Id), skipped.Select(e => e.Id));
        var offsets = Requests("errata?").Select(p => p.Split('?')[1]).ToList();
        Assert.Contains("limit=1000&offset=0", offsets);
        Assert.All(offsets, o => Assert.Matches("^limit=1000&offset=(0|\\d+000)$", o));

        var bugfix = Run("Get-RhsmErratum -Type Bugfix").OutputOf<RhsmErratumSummary>();
        Assert.Equal(all.Where(e => e.Type == "Bug Fix Advisory").Select(e => e.Id), bugfix.Select(e => e.Id));
        Assert.All(bugfix, e => Assert.Equal("None", e.Severity));

        var several = Run("Get-RhsmErratum -Severity Low, Moderate").OutputOf<RhsmErratumSummary>();
        Assert.Equal(all.Where(e => e.Severity is "Low" or "Moderate").Select(e => e.Id), several.Select(e => e.Id));
    }

    [Fact]
    public void IncludeTotalCount_with_a_filter_counts_the_matches()
    {
        Connect();
        var expected = AllOrgErrata().Count(e => e.Type == "Product Enhancement Advisory");
        var result = Run("$r = Get-RhsmErratum -Type Enhancement -IncludeTotalCount; $r[-1].ToString(); $r.Count");
        Assert.Empty(result.ErrorIds);
        Assert.Contains(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Output[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(expected + 1, result.Output[1].BaseObject);
    }

    [Fact]
    public void A_filtered_listing_that_breaks_reports_the_Skip_in_matches()
    {
        Connect();
        var firstPageBugfixes = AllOrgErrata().Take(1000).Count(e => e.Type == "Bug Fix Advisory");
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/errata", queryContains = "offset=1000", status = 500, count = 10 });
        var result = Run("Get-RhsmErratum -Type Bugfix");
        Assert.Equal(firstPageBugfixes, result.OutputOf<RhsmErratumSummary>().Count);
        Assert.Equal("ListingIncomplete" + GetErratum, Assert.Single(result.ErrorIds));
        Assert.Contains("-Skip " + firstPageBugfixes, result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void First_and_Skip_without_a_filter_page_on_the_server()
    {
        Connect();
        var all = AllOrgErrata();
        ClearRequests();
        var page = Run("Get-RhsmErratum -Skip 990 -First 20").OutputOf<RhsmErratumSummary>();
        Assert.Equal(all.Skip(990).Take(20).Select(e => e.Id), page.Select(e => e.Id));
        Assert.Equal(new[] { "limit=20&offset=990" }, Requests("errata?").Select(p => p.Split('?')[1]));
    }

    [Fact]
    public void Exactly_full_pages_end_with_one_empty_page_and_nothing_lost()
    {
        Connect();
        var all = AllOrgErrata();
        var skip = all.Count - 1000;
        ClearRequests();
        var tail = Run($"Get-RhsmErratum -Skip {skip} -PageSize 500").OutputOf<RhsmErratumSummary>();
        Assert.Equal(all.Skip(skip).Select(e => e.Id), tail.Select(e => e.Id));
        var offsets = Requests("errata?").Select(p => p.Split('?')[1]).ToList();
        Assert.Contains($"limit=500&offset={skip + 1000}", offsets);
    }

    [Theory]
    [InlineData("Get-RhsmErratum -PageSize 1001")]
    [InlineData("Get-RhsmErratum -PageSize 0")]
    [InlineData("Get-RhsmErratumSystem -Id RHSA-2026:1000 -PageSize 1001")]
    [InlineData("Get-RhsmErratumPackage -Id RHSA-2026:1000 -PageSize 51")]
    public void PageSize_over_an_endpoint_cap_is_refused_before_sending(string script)
    {
        Connect();
        ClearRequests();
        var result = Run(script);
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(Requests("errata"));
    }

    [Fact]
    public void A_limit_over_the_errata_cap_is_capped_silently_and_the_listing_stays_whole()
    {
        Connect();
        Settings(new { overCap = "Cap" });
        var count = AllOrgErrata().Count;
        var result = Run("Invoke-RedHatApiRequest -Api Rhsm -Path errata -All -PageSize 1500");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(count, result.Output.Count);
    }

    [Theory]
    [InlineData("errata", 1000)]
    [InlineData("errata/cset/rhel-9-for-x86_64-baseos-rpms/arch/x86_64", 100)]
    public void A_limit_over_the_cap_rejected_by_the_server_is_a_clear_400(string path, int cap)
    {
        Connect();
        Settings(new { overCap = "Reject" });
        var result = Run($"Invoke-RedHatApiRequest -Api Rhsm -Path {path} -All -PageSize {cap + 1}");
        Assert.Equal("HttpStatus400,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("limit must be <= " + cap, result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_advisory_ships_more_packages_than_one_page_of_50()
    {
        Connect();
        var kernel = AllOrgErrata().First(e => e.Synopsis!.Contains(" kernel ", StringComparison.Ordinal)).Id;
        ClearRequests();
        var result = Run($"Get-RhsmErratumPackage -Id {kernel}");
        Assert.Empty(result.ErrorIds);
        var packages = result.OutputOf<RhsmErratumPackage>();
        Assert.True(packages.Count > 50, packages.Count + " packages");
        Assert.Equal(packages.Count, packages.Select(p => p.Checksum).Distinct().Count());
        Assert.All(packages, p => Assert.Equal(kernel, p.ErratumId));
        var requests = Requests("errata/").Select(p => p.Split('?')[1]).ToList();
        Assert.Equal("limit=50&offset=0", requests[0]);
        Assert.Contains("limit=50&offset=50", requests);

        // Every package sits in the content set of its own architecture.
        Assert.All(packages, p => Assert.Contains(p.ContentSets, c => c.Contains("-for-" + p.Arch + "-", StringComparison.Ordinal)));
    }

    [Fact]
    public void System_packages_name_advisories_of_that_system_that_ship_them()
    {
        Connect();
        var system = Run("Get-RhsmSystem").OutputOf<RhsmSystem>().First(s => s.SecurityErrataCount + s.BugfixErrataCount > 40);
        var errata = Run($"Get-RhsmSystemErratum -Uuid {system.Uuid}").OutputOf<RhsmErratum>().Select(e => e.Id).ToHashSet();
        var packages = Run($"Get-RhsmSystemPackage -Uuid {system.Uuid}").OutputOf<RhsmPackage>().Where(p => p.Advisories.Count > 0).ToList();
        Assert.NotEmpty(packages);
        Assert.All(packages, p => Assert.Equal(p.ErrataCount, p.Advisories.Count));
        Assert.All(packages, p => Assert.Subset(errata, p.Advisories.ToHashSet()));

        var sample = packages[0];
        var shipped = Run($"Get-RhsmErratumPackage -Id {sample.Advisories[0]}").OutputOf<RhsmErratumPackage>();
        Assert.Contains(shipped, p => p.Name == sample.Name);
    }

    [Fact]
    public void Content_set_errata_page_at_100_and_each_ships_a_package_there()
    {
        Connect();
        const string contentSet = "rhel-9-for-x86_64-baseos-rpms";
        ClearRequests();
        var result = Run($"Get-RhsmErratum -ContentSet {contentSet} -Arch x86_64 -First 150");
        Assert.Empty(result.ErrorIds);
        var errata = result.OutputOf<RhsmErratumSummary>();
        Assert.Equal(150, errata.Count);
        Assert.All(errata, e => Assert.Equal(contentSet, e.ContentSet));
        Assert.All(errata, e => Assert.Null(e.AffectedSystemCount));
        Assert.Equal("limit=100&offset=0", Requests("errata/cset/").Select(p => p.Split('?')[1]).First());

        var packages = Run("$ids | Get-RhsmErratumPackage", new Dictionary<string, object?> { ["ids"] = errata.Take(3).Select(e => e.Id).ToArray() })
            .OutputOf<RhsmErratumPackage>();
        foreach (var erratum in errata.Take(3))
        {
            Assert.Contains(packages, p => p.ErratumId == erratum.Id && p.Arch == "x86_64" && p.ContentSets.Contains(contentSet));
        }

        var critical = Run($"Get-RhsmErratum -ContentSet {contentSet} -Arch x86_64 -Severity Critical -First 3").OutputOf<RhsmErratumSummary>();
        Assert.Equal(3, critical.Count);
        Assert.All(critical, e => Assert.Equal("Critical", e.Severity));
    }

    [Fact]
    public void A_content_set_PageSize_over_100_is_InvalidParameter_and_nothing_is_sent()
    {
        Connect();
        ClearRequests();
        var result = Run("Get-RhsmErratum -ContentSet rhel-9-for-x86_64-baseos-rpms -Arch x86_64 -PageSize 101");
        Assert.Equal("InvalidParameter" + GetErratum, Assert.Single(result.ErrorIds));
        Assert.Contains("-PageSize 100", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(Requests("errata"));
    }
}
