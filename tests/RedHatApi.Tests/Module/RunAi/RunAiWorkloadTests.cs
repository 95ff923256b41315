using System;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.RunAi;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>Get-RunAiWorkload, its pods and events, and Suspend-/Resume-/Remove-RunAiWorkload against the sandbox's Run:ai.</summary>
public sealed class RunAiWorkloadTests : RunAiResourceTest
{
    private const string GetId = ",RedHatApi.Commands.RunAi.GetRunAiWorkloadCommand";
    private const string SuspendId = ",RedHatApi.Commands.RunAi.SuspendRunAiWorkloadCommand";
    private const string RemoveId = ",RedHatApi.Commands.RunAi.RemoveRunAiWorkloadCommand";

    public RunAiWorkloadTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Theory]
    [InlineData(10, 4)] // 40 workloads: four full pages, the last without next, and no fifth request
    [InlineData(7, 6)] // 7 × 5 + 5
    [InlineData(500, 1)] // one page holds everything
    public void Every_workload_is_listed_exactly_once_following_next(int pageSize, int requests)
    {
        AddWorkloads(4); // 12 projects × 3 seeded + 4 = 40

        var result = RunAs("Researcher", "Get-RunAiWorkload -PageSize $size", ("size", pageSize));

        Assert.Empty(result.ErrorIds);
        var workloads = result.OutputOf<RunAiWorkload>();
        Assert.Equal(40, workloads.Count);
        Assert.Equal(40, workloads.Select(w => w.Id).Distinct().Count());
        var pages = ApiRequests().Where(r => r.StartsWith("GET /api/v1/workloads?", StringComparison.Ordinal)).ToList();
        Assert.Equal(requests, pages.Count);
        Assert.Equal(Enumerable.Range(0, requests).Select(i => "offset=" + (i * pageSize)), pages.Select(p => p[(p.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Single(s => s.StartsWith("offset=", StringComparison.Ordinal))));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void A_token_that_expires_in_the_middle_of_the_listing_is_refreshed_once_and_the_listing_goes_on()
    {
        AddWorkloads(4);
        Sandbox.Send(HttpMethod.Put, "_sandbox/runai", new { expireTokensAfterRequests = 3 });

        var result = RunAs("Researcher", "Get-RunAiWorkload -PageSize 10");

        Assert.Empty(result.ErrorIds);
        var workloads = result.OutputOf<RunAiWorkload>();
        Assert.Equal(40, workloads.Select(w => w.Id).Distinct().Count());
        Assert.Equal(40, workloads.Count);
        var statuses = Sandbox.Requests()
            .Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith("/runai/api/v1/workloads?", StringComparison.Ordinal))
            .Select(r => r.GetProperty("status").GetInt32())
            .ToList();
        Assert.Equal(1, statuses.Count(s => s == 401));
        Assert.Equal(5, statuses.Count); // four pages, one of them sent twice
        Assert.Equal(2, Sandbox.Get("_sandbox/runai/grants").GetProperty("v2").GetInt32());
    }

    [Fact]
    public void First_and_Skip_read_only_what_they_need()
    {
        var first = RunAs("Researcher", "Get-RunAiWorkload -First 3 -PageSize 10");
        var firstRequests = ApiRequests();
        Sandbox.ClearRequests();
        var skipped = Run("Get-RunAiWorkload -Skip 34 -PageSize 10");

        Assert.Equal(3, first.OutputOf<RunAiWorkload>().Count);
        Assert.Single(firstRequests, r => r.Contains("limit=3", StringComparison.Ordinal));
        Assert.Equal(2, skipped.OutputOf<RunAiWorkload>().Count); // 36 seeded
        Assert.Equal(new[] { "distributed-0035", "inference-0036" }, skipped.OutputOf<RunAiWorkload>().Select(w => w.Name));
    }

    [Fact]
    public void Filters_go_to_the_server_as_filterBy_terms_and_Deleted_lists_the_deleted()
    {
        var result = RunAs("Researcher", """
            Get-RunAiWorkload -Project project-0001 -Type Training
            Get-RunAiWorkload -Name 'inference*' -Phase Running
            """);

        Assert.Empty(result.ErrorIds);
        var workloads = result.OutputOf<RunAiWorkload>();
        Assert.NotEmpty(workloads);
        Assert.Contains(workloads, w => w.Type == "Training");
        Assert.All(workloads.Where(w => w.Type == "Training"), w => Assert.Equal("project-0001", w.ProjectName));
        Assert.All(workloads.Where(w => w.Type != "Training"), w => Assert.Equal(("Inference", "Running"), (w.Type, w.Phase)));
        var requests = ApiRequests();
        Assert.Contains(requests, r => r.Contains("filterBy=projectName%3D%3Dproject-0001%2Ctype%3D%3DTraining", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("filterBy=phase%3D%3DRunning%2Cname%3D%5Einference", StringComparison.Ordinal));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void A_next_that_does_not_advance_stops_with_PagingLoopDetected_instead_of_asking_again()
    {
        Sandbox.Send(HttpMethod.Put, "_sandbox/runai", new { stuckNext = true });

        var result = RunAs("Researcher", "Get-RunAiWorkload -PageSize 5");

        Assert.Equal("PagingLoopDetected" + GetId, Assert.Single(result.ErrorIds));
        Assert.True(result.OutputOf<RunAiWorkload>().Count <= 5);
        Assert.Single(ApiRequests(), r => r.StartsWith("GET /api/v1/workloads?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_id_is_RunAiWorkloadNotFound_and_the_other_ids_are_read()
    {
        var result = RunAs("Researcher", """
            $known = Get-RunAiWorkload -First 1
            $known
            $known.Id, $missing | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Get-RunAiWorkload
            """, ("missing", Guid.NewGuid()));

        Assert.Equal("RunAiWorkloadNotFound" + GetId, Assert.Single(result.ErrorIds));
        Assert.Equal(2, result.OutputOf<RunAiWorkload>().Count); // $known, then the one read by id
        Assert.Equal(result.OutputOf<RunAiWorkload>()[0].Id, result.OutputOf<RunAiWorkload>()[1].Id);
        Assert.Contains("Get-RunAiWorkload -Deleted", result.Errors.Single().Exception.Message, StringComparison.Ordinal);
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void Suspend_and_resume_take_piped_workloads_and_change_their_phase()
    {
        var result = RunAs("Researcher", """
            $running = Get-RunAiWorkload -Type Training -Phase Running
            $running
            $running | Suspend-RunAiWorkload -PassThru -Confirm:$false
            $running | Get-RunAiWorkloadPod
            $running | Resume-RunAiWorkload -PassThru
            """);

        Assert.Empty(result.ErrorIds);
        var written = result.OutputOf<RunAiWorkload>();
        var n = written.Count / 3; // listed, then suspended, then resumed; no pods while suspended
        Assert.True(n >= 2, "the seed has running trainings");
        Assert.Equal(n * 3, written.Count);
        Assert.Equal(written.Take(n).Select(w => w.Id), written.Skip(n).Take(n).Select(w => w.Id));
        Assert.All(written.Take(n), w => Assert.Equal("Running", w.Phase));
        Assert.All(written.Skip(n).Take(n), w => Assert.Equal("Stopped", w.Phase));
        Assert.All(written.Skip(2 * n), w => Assert.Equal("Running", w.Phase));
        Assert.Empty(result.OutputOf<RunAiWorkloadPod>());
        var posts = ApiRequests().Where(r => r.StartsWith("POST", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * n, posts.Count);
        Assert.All(posts.Take(n), p => Assert.Matches("^POST /api/v1/workloads/trainings/[0-9a-f-]{36}/suspend$", p));
        Assert.All(posts.Skip(n), p => Assert.Matches("^POST /api/v1/workloads/trainings/[0-9a-f-]{36}/resume$", p));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void An_inference_workload_is_RunAiWorkloadActionUnsupported_and_nothing_is_sent_for_it()
    {
        var result = RunAs("Researcher", "Get-RunAiWorkload -Type Inference -First 2 | Suspend-RunAiWorkload -Confirm:$false");

        Assert.Equal(new[] { "RunAiWorkloadActionUnsupported" + SuspendId, "RunAiWorkloadActionUnsupported" + SuspendId }, result.ErrorIds);
        Assert.Contains("Workspace, Training, Distributed", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiRequests(), r => r.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public void Remove_WhatIf_shows_the_DELETE_of_the_type_and_sends_nothing_and_Confirm_false_deletes()
    {
        var result = RunAs("Researcher", """
            $target = Get-RunAiWorkload -Type Distributed -First 1
            $target
            $target | Remove-RunAiWorkload -WhatIf
            Get-RunAiWorkload -Id $target.Id
            $target | Remove-RunAiWorkload -Confirm:$false
            Get-RunAiWorkload -Deleted
            Get-RunAiWorkload -Type Distributed
            """);

        Assert.Empty(result.ErrorIds);
        var workloads = result.OutputOf<RunAiWorkload>();
        var target = workloads[0];
        var whatIf = Assert.Single(result.WhatIf);
        Assert.Contains("DELETE " + new Uri(RunAiUrl, "api/v1/workloads/distributed/" + target.Id).AbsoluteUri, whatIf, StringComparison.Ordinal);
        Assert.Contains(target.Name, whatIf, StringComparison.Ordinal);
        Assert.Equal(target.Id, workloads[1].Id);
        Assert.Single(ApiRequests(), r => r.StartsWith("DELETE", StringComparison.Ordinal));
        var deleted = Assert.Single(workloads.Skip(2), w => w.DeletedAt is not null);
        Assert.Equal(target.Id, deleted.Id);
        Assert.DoesNotContain(workloads.Skip(3), w => w.Id == target.Id);
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void Removing_a_workload_that_does_not_exist_is_RunAiWorkloadNotFound()
    {
        var result = RunAs("Researcher", "Remove-RunAiWorkload -Type Training -Id $id -Confirm:$false", ("id", Guid.NewGuid()));

        Assert.Equal("RunAiWorkloadNotFound" + RemoveId, Assert.Single(result.ErrorIds));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void Pods_and_events_of_piped_workloads_follow_next_and_an_unknown_workload_is_RunAiWorkloadNotFound()
    {
        var result = RunAs("Researcher", """
            $distributed = Get-RunAiWorkload -Type Distributed -Phase Running
            $distributed
            $distributed | Get-RunAiWorkloadPod -PageSize 2
            Get-RunAiWorkload -Phase Failed -First 1 | Get-RunAiWorkloadEvent -PageSize 2
            Get-RunAiWorkload -Phase Failed -First 1 | Get-RunAiWorkloadEvent -OldestFirst
            Get-RunAiWorkloadEvent -WorkloadId $missing
            """, ("missing", Guid.NewGuid()));

        Assert.Equal("RunAiWorkloadNotFound,RedHatApi.Commands.RunAi.GetRunAiWorkloadEventCommand", Assert.Single(result.ErrorIds));
        var distributed = result.OutputOf<RunAiWorkload>().Where(w => w.Type == "Distributed").ToList();
        var pods = result.OutputOf<RunAiWorkloadPod>();
        Assert.Equal(distributed.Count * 3, pods.Count);
        Assert.All(pods, p => Assert.Contains(distributed, w => w.Id == p.WorkloadId && w.Name == p.WorkloadName));
        Assert.All(pods, p => Assert.False(string.IsNullOrEmpty(p.NodeName)));
        var events = result.OutputOf<RunAiWorkloadEvent>();
        Assert.Equal(6, events.Count);
        Assert.Equal(new[] { "BackOff", "Pulled", "Scheduled" }, events.Take(3).Select(e => e.Reason));
        Assert.Equal(new[] { "Scheduled", "Pulled", "BackOff" }, events.Skip(3).Select(e => e.Reason));
        Assert.Contains(ApiRequests(), r => r.Contains("/events?sortOrder=asc", StringComparison.Ordinal));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void An_Editor_application_is_refused_workloads_with_the_Researcher_hint()
    {
        var result = RunAs("Editor", "Get-RunAiWorkload");

        Assert.Equal("RunAiPermissionDenied" + GetId, Assert.Single(result.ErrorIds));
        Assert.Contains("Researcher", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }
}
