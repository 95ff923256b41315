using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class GetRhsmSystemTests : SandboxModuleTest
{
    private const string Id = ",RedHatApi.Commands.Rhsm.GetRhsmSystemCommand";

    public GetRhsmSystemTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private IReadOnlyList<string> SystemRequests() =>
        Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!).Where(p => p.StartsWith("/management/v1/systems?", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Lists_every_system_as_typed_objects()
    {
        Connect();
        var result = Run("Get-RhsmSystem");
        Assert.Empty(result.ErrorIds);
        var systems = result.OutputOf<RhsmSystem>();
        Assert.Equal(250, systems.Count);
        Assert.Equal(250, systems.Select(s => s.Uuid).Distinct().Count());
        Assert.All(systems, s => Assert.NotEqual(Guid.Empty, s.Uuid));
        Assert.All(systems, s => Assert.NotNull(s.LastCheckin));
        Assert.Contains(systems, s => s.LastCheckin < DateTimeOffset.UtcNow.AddDays(-30));
        // The first page alone, then a window of pages ahead: at most three empty requests past the end.
        var requests = SystemRequests().Select(p => p.Split('?')[1]).ToList();
        Assert.Equal("limit=100&offset=0", requests[0]);
        Assert.Contains("limit=100&offset=100", requests);
        Assert.Contains("limit=100&offset=200", requests);
        Assert.InRange(requests.Count, 3, 6);
    }

    [Fact]
    public void First_and_Skip_page_on_the_server()
    {
        Connect();
        var result = Run("Get-RhsmSystem -Skip 10 -First 150 -PageSize 100");
        var systems = result.OutputOf<RhsmSystem>();
        Assert.Equal(150, systems.Count);
        Assert.Equal(new[] { "limit=100&offset=10", "limit=50&offset=110" }, SystemRequests().Select(p => p.Split('?')[1]).OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal));

        var all = Run("Get-RhsmSystem").OutputOf<RhsmSystem>();
        Assert.Equal(all.Skip(10).Take(150).Select(s => s.Uuid), systems.Select(s => s.Uuid));
    }

    [Fact]
    public void IncludeTotalCount_reports_an_unknown_total_because_RHSM_gives_none()
    {
        Connect();
        var result = Run("$all = Get-RhsmSystem -First 5 -IncludeTotalCount; $all[0].ToString(); $all.Count");
        Assert.Empty(result.ErrorIds);
        Assert.Equal("Unknown total count", result.Output[0].ToString());
        Assert.Equal(6, result.Output[1].BaseObject);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void PageSize_outside_the_endpoint_cap_is_refused_before_sending(int size)
    {
        Connect();
        var result = Run($"Get-RhsmSystem -PageSize {size}");
        Assert.StartsWith("ParameterArgumentValidationError", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Empty(SystemRequests());
    }

    [Fact]
    public void Uuids_bind_from_the_pipeline_by_property_name()
    {
        Connect();
        var result = Run("Get-RhsmSystem -First 3 | Get-RhsmSystem");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(3, result.OutputOf<RhsmSystem>().Count);
    }

    [Fact]
    public void An_unknown_uuid_is_a_non_terminating_RhsmSystemNotFound_and_the_pipeline_goes_on()
    {
        Connect();
        var known = Run("Get-RhsmSystem -First 1").OutputOf<RhsmSystem>().Single().Uuid;
        var unknown = Guid.NewGuid();
        var result = Run("Get-RhsmSystem -Uuid $ids", new Dictionary<string, object?> { ["ids"] = new[] { unknown, known } });
        Assert.Equal("RhsmSystemNotFound" + Id, Assert.Single(result.ErrorIds));
        Assert.Null(result.Terminating);
        Assert.Equal(unknown, result.Errors[0].TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Errors[0].CategoryInfo.Category);
        Assert.Equal(known, Assert.Single(result.OutputOf<RhsmSystem>()).Uuid);
    }

    [Fact]
    public void Without_a_session_it_fails_with_NotConnected_naming_Connect_RedHatApi()
    {
        var result = Run("Get-RhsmSystem");
        Assert.Equal("NotConnected" + Id, Assert.Single(result.ErrorIds));
        Assert.NotNull(result.Terminating);
        Assert.Contains("Connect-RedHatApi", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capped_page_is_not_mistaken_for_the_last_page()
    {
        Connect();

        // Invoke-RedHatApiRequest lets the limit exceed the cap; the sandbox caps silently and echoes limit 100.
        var result = Run("Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -PageSize 500");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(250, result.Output.Count);
        Assert.All(result.Output, o => Assert.Matches("^[0-9a-f-]{36}$", o.Properties["uuid"].Value.ToString()));
    }

    [Fact]
    public void A_limit_over_the_cap_rejected_by_the_server_is_a_clear_400()
    {
        Connect();
        Settings(new { overCap = "Reject" });
        var result = Run("Invoke-RedHatApiRequest -Api Rhsm -Path systems -All -PageSize 500");
        Assert.Equal("HttpStatus400,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("limit must be <= 100", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transient_503s_are_retried_and_never_surface()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", queryContains = "offset=100", status = 503, count = 2, retryAfterSeconds = 0.1 });
        var result = Run("Get-RhsmSystem -Verbose");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(250, result.OutputOf<RhsmSystem>().Count);
        Assert.Contains(result.Verbose, v => v.Message.Contains("retry 1 of 3", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.Message.StartsWith("GET http://127.0.0.1:", StringComparison.Ordinal) && v.Message.Contains("-> 200 (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_that_keeps_failing_ends_with_ListingIncomplete_and_the_Skip_to_resume()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", queryContains = "offset=200", status = 500, count = 10 });
        var result = Run("Get-RhsmSystem");
        Assert.Equal(200, result.OutputOf<RhsmSystem>().Count);
        Assert.Equal("ListingIncomplete" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("-Skip 200", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_JSON_is_InvalidResponse()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", malformed = true, count = 1 });
        var result = Run("Get-RhsmSystem");
        Assert.Equal("InvalidResponse" + Id, Assert.Single(result.ErrorIds));
    }

    [Fact]
    public void A_dropped_connection_is_retried_for_a_GET()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", queryContains = "offset=0", drop = true, count = 1 });
        var result = Run("Get-RhsmSystem -First 10");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(10, result.OutputOf<RhsmSystem>().Count);
    }

    [Fact]
    public void Rate_limits_are_waited_out_with_X_RateLimit_Delay()
    {
        Connect();
        Sandbox.AddFaultRule(new { pathContains = "/management/v1/systems", status = 429, count = 1, retryAfterSeconds = 0.5 });
        var result = Run("Get-RhsmSystem -First 1; (Get-RedHatApiSession).Statistics");
        Assert.Empty(result.ErrorIds);
        var stats = result.Output.Last().BaseObject as RedHatApi.Models.Session.RedHatApiSessionStatistics;
        Assert.NotNull(stats);
        Assert.Equal(1, stats!.ThrottledResponses);
        Assert.True(stats.SecondsWaited >= 0.45, "waited " + stats.SecondsWaited);
    }

    [Fact]
    public void Tokens_expiring_during_a_listing_are_refreshed_without_a_visible_error()
    {
        // A 2 s token is refreshed once half of it has passed. The first page goes alone and a window of at most 8
        // pages follows, so the 10 pages take at least three round trips of 1.5 s: each after the first needs a
        // fresh token, whatever the window and the machine's speed.
        Settings(new { accessTokenLifetimeSeconds = 2 });
        Connect();
        Sandbox.Send(System.Net.Http.HttpMethod.Put, "_sandbox/faults", new { latencyMs = 1500 });
        var result = Run("Get-RhsmSystem -PageSize 25; (Get-RedHatApiSession).Credentials");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(250, result.OutputOf<RhsmSystem>().Count);
        var rhsm = result.OutputOf<RedHatApi.Models.Session.RedHatApiCredential>().Single(c => c.ClientId == "rhsm-api");
        Assert.True(rhsm.RefreshCount >= 2, "refreshes: " + rhsm.RefreshCount);
    }
}
