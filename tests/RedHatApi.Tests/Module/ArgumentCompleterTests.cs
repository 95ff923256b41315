using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// The argument completers as PowerShell runs them: TabExpansion2 in a runspace with the built module, against the
/// sandbox, checking what is offered and what was sent.
/// </summary>
public sealed class ArgumentCompleterTests : SandboxModuleTest
{
    public ArgumentCompleterTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private IReadOnlyList<string> Complete(string line, IDictionary<string, object?>? variables = null)
    {
        var result = Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches", new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>()) { ["line"] = line });
        Assert.Null(result.Terminating);
        return result.Output.Select(o => o.BaseObject).OfType<CompletionResult>().Select(r => r.CompletionText).ToList();
    }

    /// <summary>
    /// Presses Tab until something is offered (at most 20 s): a press waits about a second for a listing, and on a
    /// loaded machine the first listing can take longer; a later press is then answered from the cache. Tests that
    /// use it also count requests, which shows no press sent a second one.
    /// </summary>
    private IReadOnlyList<string> CompleteEventually(string line, IDictionary<string, object?>? variables = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var offered = Complete(line, variables);
            if (offered.Count > 0 || DateTime.UtcNow > deadline)
            {
                return offered;
            }

            Thread.Sleep(250);
        }
    }

    private IReadOnlyList<string> ApiRequests() =>
        Sandbox.Requests().Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString())
            .Where(p => !p.Contains("/openid-connect/", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Without_a_session_nothing_is_offered_and_nothing_is_sent()
    {
        Sandbox.ClearRequests();
        Assert.Empty(Complete("Get-AssistedCluster -Name "));
        Assert.Empty(Complete("Get-RhsmSystem -Name web"));
        Assert.Empty(Complete("Get-RhsmSubscription -SubscriptionNumber "));
        Assert.Empty(Complete("Get-OpenShiftServiceAccount -Cluster "));
        Assert.Empty(Sandbox.Requests());
    }

    [Fact]
    public void Connection_names_complete_from_the_session_registry_without_a_request()
    {
        Connect();
        Sandbox.ClearRequests();
        var all = Complete("Invoke-RedHatApiRequest -Connection ");
        Assert.Contains("rhsm", all);
        Assert.Contains("assisted", all);
        Assert.Equal(new[] { "assisted" }, Complete("Disconnect-RedHatApi -Connection as"));
        Assert.Equal(new[] { "rhsm" }, Complete("Get-RedHatApiToken -Connection r"));
        Assert.Empty(ApiRequests());
    }

    [Fact]
    public void Cluster_names_complete_by_prefix_and_a_second_press_is_served_from_the_cache()
    {
        Connect();
        Sandbox.ClearRequests();
        Assert.Equal(new[] { "lab-ready" }, CompleteEventually("Get-AssistedCluster -Name lab"));
        Assert.Equal(new[] { "GET /api/assisted-install/v2/clusters" }, ApiRequests());

        var all = Complete("Get-AssistedCluster -Name ");
        Assert.Contains("edge-sno", all);
        Assert.Contains("lab-ready", all);
        Assert.Single(ApiRequests());
    }

    [Fact]
    public void Id_parameters_insert_the_id_of_the_name_typed()
    {
        Connect();
        var id = Run("(Get-AssistedCluster -Name edge-sno).Id").Output.Single().BaseObject.ToString()!;
        Assert.Equal(new[] { id }, CompleteEventually("Stop-AssistedClusterInstallation -ClusterId edge-s"));
    }

    [Fact]
    public void Rhsm_systems_are_asked_for_with_the_typed_name_one_page_only()
    {
        Connect();
        Sandbox.ClearRequests();
        var offered = CompleteEventually("Get-RhsmSystem -Name web-prod");
        Assert.NotEmpty(offered);
        Assert.All(offered, n => Assert.StartsWith("web-prod", n, StringComparison.Ordinal));
        Assert.Equal(new[] { "GET /management/v1/systems?limit=100&offset=0&filter=web-prod" }, ApiRequests());

        // The answer was a short page, so it holds every match of a longer prefix too.
        Assert.NotEmpty(Complete("Get-RhsmSystem -Name web-prod-00"));
        Assert.Single(ApiRequests());
    }

    [Fact]
    public void An_explicit_session_is_the_one_completed_from()
    {
        var created = Run("$global:other = Connect-RedHatApi -Sandbox $sandbox -NewSession; $global:other.Id");
        Assert.Empty(created.ErrorIds);
        Assert.Empty(Complete("Get-AssistedCluster -Name "));
        Assert.Contains("lab-ready", CompleteEventually("Get-AssistedCluster -Session $other -Name "));

        // A -Session whose value would take running a command to know is not replaced by the default session.
        Connect();
        Assert.Contains("lab-ready", CompleteEventually("Get-AssistedCluster -Name "));
        Assert.Empty(Complete("Get-AssistedCluster -Session (Get-Variable other -ValueOnly) -Name "));
        Run("Disconnect-RedHatApi -InputObject $other");
    }
}
