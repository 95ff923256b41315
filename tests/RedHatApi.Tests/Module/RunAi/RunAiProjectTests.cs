using System;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.RunAi;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>Get-RunAiProject's listing against the sandbox's 1,200 projects: next paging, expiry mid-listing, loops.</summary>
public sealed class RunAiProjectListingTests : RunAiModuleTest
{
    private const string GetId = ",RedHatApi.Commands.RunAi.GetRunAiProjectCommand";

    public RunAiProjectListingTests(RunAiSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void The_1200_projects_are_listed_exactly_once_at_limit_500_following_next()
    {
        var result = Run("Connect-RunAi -Url $runai -Credential $editor; Get-RunAiProject");

        Assert.Empty(result.ErrorIds);
        var projects = result.OutputOf<RunAiProject>();
        Assert.Equal(RunAiSandboxFixture.SeededProjects, projects.Count);
        Assert.Equal(RunAiSandboxFixture.SeededProjects, projects.Select(p => p.Id).Distinct().Count());
        Assert.All(projects, p => Assert.False(string.IsNullOrEmpty(p.ClusterId) || string.IsNullOrEmpty(p.ParentId) || string.IsNullOrEmpty(p.Name)));
        Assert.Equal(new[] { "offset=0&limit=500", "offset=500&limit=500", "offset=1000&limit=500" }, ProjectQueries());
        AssertFidelity();
    }

    [Fact]
    public void A_token_that_expires_in_the_middle_of_the_listing_is_refreshed_once_and_no_project_is_lost_or_repeated()
    {
        Run("Connect-RunAi -Url $runai -Credential $editor");
        Settings(new { expireTokensAfterRequests = 2 });

        var result = Run("Get-RunAiProject");

        Assert.Empty(result.ErrorIds);
        Assert.Equal(RunAiSandboxFixture.SeededProjects, result.OutputOf<RunAiProject>().Select(p => p.Id).Distinct().Count());
        Assert.Equal(RunAiSandboxFixture.SeededProjects, result.Output.Count);
        Assert.Equal(2, Grants("v2"));
        Assert.Equal(new[] { 200, 200, 401, 200 }, ProjectStatuses());
        AssertFidelity();
    }

    [Fact]
    public void A_next_that_does_not_advance_stops_with_PagingLoopDetected_after_one_request()
    {
        Settings(new { stuckNext = true });

        var result = Run("Connect-RunAi -Url $runai -Credential $editor; Get-RunAiProject -PageSize 100");

        Assert.Equal("PagingLoopDetected" + GetId, Assert.Single(result.ErrorIds));
        Assert.Empty(result.Output);
        Assert.Single(ProjectStatuses());
    }

    [Theory]
    [InlineData("-First 3", 3, "offset=0&limit=3")]
    [InlineData("-Skip 499 -First 2", 2, "offset=0&limit=500|offset=500&limit=1")]
    [InlineData("-PageSize 400", 1200, "offset=0&limit=400|offset=400&limit=400|offset=800&limit=400")]
    [InlineData("-PageSize 1 -First 2", 2, "offset=0&limit=1|offset=1&limit=1")]
    public void Paging_edges_ask_only_for_what_is_needed(string paging, int expected, string queries)
    {
        var result = Run("Connect-RunAi -Url $runai -Credential $editor; Get-RunAiProject " + paging);

        Assert.Empty(result.ErrorIds);
        var projects = result.OutputOf<RunAiProject>();
        Assert.Equal(expected, projects.Count);
        Assert.Equal(expected, projects.Select(p => p.Id).Distinct().Count());
        if (paging.StartsWith("-Skip", StringComparison.Ordinal))
        {
            Assert.Equal(new[] { "project-0500", "project-0501" }, projects.Select(p => p.Name));
        }

        Assert.Equal(queries.Split('|'), ProjectQueries());
    }

    [Fact]
    public void Filter_Sort_and_names_go_to_Run_ai_and_a_name_that_matches_none_is_RunAiProjectNotFound()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $editor
            Get-RunAiProject -Filter 'name=^project-000' -Sort '-name' -First 2
            Get-RunAiProject -Name project-0042, no-such-project, 'project-119*'
            """);

        Assert.Equal("RunAiProjectNotFound" + GetId, Assert.Single(result.ErrorIds));
        Assert.Contains("no-such-project", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "project-0009", "project-0008", "project-0042" }, result.OutputOf<RunAiProject>().Take(3).Select(p => p.Name));
        Assert.Equal(10 + 3, result.Output.Count);
        Assert.Contains("filterBy=name%3D%5Eproject-000&sortBy=name&sortOrder=desc", string.Join("\n", ProjectQueries()), StringComparison.Ordinal);
        AssertFidelity();
    }

    [Fact]
    public void Without_a_connection_it_is_RunAiNotConnected()
    {
        var result = Run("Connect-Ironic -Url $ironic; Get-RunAiProject", ("ironic", new Uri(Sandbox.BaseUri, "ironic/")));

        Assert.Equal("RunAiNotConnected" + GetId, Assert.Single(result.ErrorIds));
        Assert.Contains("Connect-RunAi", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }

    private string[] ProjectQueries() => ProjectRequests().Where(r => r.Status != 401).Select(r => r.Query).ToArray();

    private int[] ProjectStatuses() => ProjectRequests().Select(r => r.Status).ToArray();

    private (string Query, int Status)[] ProjectRequests() =>
        Sandbox.Requests()
            .Select(r => (Path: r.GetProperty("pathAndQuery").GetString()!, Status: r.GetProperty("status").GetInt32()))
            .Where(r => r.Path.StartsWith("/runai/api/v1/org-unit/projects?", StringComparison.Ordinal))
            .Select(r => (r.Path[(r.Path.IndexOf('?', StringComparison.Ordinal) + 1)..], r.Status))
            .ToArray();
}

/// <summary>New-, Set-, Remove- and Get-RunAiProject by id and name, their errors and -WhatIf.</summary>
public sealed class RunAiProjectChangeTests : RunAiModuleTest
{
    private const string NewId = ",RedHatApi.Commands.RunAi.NewRunAiProjectCommand";
    private const string GetId = ",RedHatApi.Commands.RunAi.GetRunAiProjectCommand";
    private const string RemoveId = ",RedHatApi.Commands.RunAi.RemoveRunAiProjectCommand";

    public RunAiProjectChangeTests(RunAiSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void A_project_is_created_with_its_quota_changed_in_one_pool_and_removed()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $editor
            $dept = Get-RunAiDepartment -Name dept-01
            $created = New-RunAiProject -Name team-vision -DepartmentId $dept.Id -GpuQuota 4 -CpuQuota 8000 -Description 'Vision models'
            $created
            $created | Set-RunAiProject -GpuQuota 6 -GpuLimit 8 -PassThru
            Set-RunAiProject -Name team-vision -NodePool a100 -GpuQuota 2 -PassThru
            Get-RunAiProject -Id $created.Id | Remove-RunAiProject -Confirm:$false
            Get-RunAiProject -Id $created.Id
            """);

        Assert.Equal("RunAiProjectNotFound" + GetId, Assert.Single(result.ErrorIds));
        var projects = result.OutputOf<RunAiProject>();
        Assert.Equal(3, projects.Count);
        var (created, set, second) = (projects[0], projects[1], projects[2]);
        Assert.Equal("team-vision", created.Name);
        Assert.Equal(4, created.GpuQuota);
        Assert.Equal(8000, Assert.Single(created.Resources).Cpu);
        Assert.Equal("default", created.Resources[0].NodePool);
        Assert.Equal(created.Id, set.Id);
        Assert.Equal(6, set.Resources[0].Gpu);
        Assert.Equal(8, set.Resources[0].GpuLimit);
        Assert.Equal(8000, set.Resources[0].Cpu);
        Assert.Equal(2, second.Resources.Count);
        Assert.Equal(new[] { ("default", 6.0), ("a100", 2.0) }, second.Resources.Select(r => (r.NodePool!, r.Gpu)));
        Assert.Equal(8, second.GpuQuota);
        AssertFidelity();
    }

    [Fact]
    public void WhatIf_shows_each_request_and_sends_no_change()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $editor
            New-RunAiProject -Name team-whatif -GpuQuota 1 -WhatIf
            Set-RunAiProject -Name project-0001 -GpuQuota 3 -WhatIf
            Remove-RunAiProject -Name project-0002 -WhatIf
            """);

        Assert.Empty(result.ErrorIds);
        Assert.Equal(3, result.WhatIf.Count);
        Assert.Contains("POST " + new Uri(Url, "api/v1/org-unit/projects").AbsoluteUri, result.WhatIf[0], StringComparison.Ordinal);
        Assert.Contains("team-whatif", result.WhatIf[0], StringComparison.Ordinal);
        Assert.Matches(@"PUT http://[^ ]+/api/v1/org-unit/projects/\d+", result.WhatIf[1]);
        Assert.Contains("GPU quota 3", result.WhatIf[1], StringComparison.Ordinal);
        Assert.Matches(@"DELETE http://[^ ]+/api/v1/org-unit/projects/\d+", result.WhatIf[2]);
        Assert.DoesNotContain(Sandbox.Requests(), r => r.GetProperty("method").GetString() is "POST" or "PUT" or "DELETE" && r.GetProperty("pathAndQuery").GetString()!.Contains("/org-unit/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_taken_name_is_RunAiNameConflict_and_an_unknown_one_RunAiProjectNotFound_each_for_its_own_input()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $editor
            'project-0001', 'team-new' | ForEach-Object { [pscustomobject]@{ Name = $_; GpuQuota = 1 } } | New-RunAiProject
            Remove-RunAiProject -Name no-such-project, team-new -Confirm:$false
            """);

        Assert.Equal(new[] { "RunAiNameConflict" + NewId, "RunAiProjectNotFound" + RemoveId }, result.ErrorIds);
        Assert.Contains("project-0001", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Set-RunAiProject", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal("team-new", Assert.Single(result.OutputOf<RunAiProject>()).Name);
        AssertFidelity();
    }

    [Fact]
    public void A_Researcher_key_gets_403_on_creating_a_project_and_the_hint_names_Editor()
    {
        var result = Run("Connect-RunAi -Url $runai -Credential $researcher; New-RunAiProject -Name by-researcher; Get-RunAiProject -First 1");

        Assert.Equal("RunAiPermissionDenied" + NewId, Assert.Single(result.ErrorIds));
        var message = result.AllErrors.Single().Exception.Message;
        Assert.Contains("Editor role", message, StringComparison.Ordinal);
        Assert.Contains("POST", message, StringComparison.Ordinal);
        Assert.Single(result.OutputOf<RunAiProject>());
        AssertFidelity();
    }

    [Fact]
    public void Set_without_a_quota_is_InvalidParameter_and_an_unknown_node_pool_names_the_fix()
    {
        var nothing = Run("Connect-RunAi -Url $runai -Credential $editor; Set-RunAiProject -Name project-0001");
        var noPool = Run("Set-RunAiProject -Name project-0001 -NodePool h200 -GpuQuota 1");

        Assert.StartsWith("InvalidParameter", Assert.Single(nothing.ErrorIds), StringComparison.Ordinal);
        Assert.Contains("-GpuQuota", nothing.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("InvalidParameter", Assert.Single(noPool.ErrorIds), StringComparison.Ordinal);
        Assert.Contains("Get-RunAiNodePool", noPool.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }
}
