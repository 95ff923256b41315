using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>The completers of the host and infra-env cmdlets: infra-env names, host statuses, and a host's own validation ids.</summary>
public sealed class AssistedHostCompleterTests : AssistedModuleTest
{
    public AssistedHostCompleterTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Host_statuses_complete_without_a_request()
    {
        Connect();
        Sandbox.ClearRequests();
        Assert.Equal(new[] { "installed", "installing", "installing-in-progress", "installing-pending-user-action" }, Complete("Get-AssistedHost -Status inst"));
        Assert.Empty(AssistedRequests());
    }

    [Fact]
    public void Infra_env_names_complete_from_the_listing()
    {
        Connect();
        var names = CompleteEventually("Get-AssistedInfraEnv -Name lab-");
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.StartsWith("lab-", n, StringComparison.Ordinal));
        Assert.Contains(Run("Get-AssistedInfraEnv").OutputOf<AssistedInfraEnv>().Single(e => e.Name.StartsWith("lab-ready", StringComparison.Ordinal)).Name, names);
    }

    [Fact]
    public void Validation_ids_are_those_of_the_host_on_the_line()
    {
        Connect();
        var host = Run("Get-AssistedHost -InfraEnvId 4f630ba3-0297-4d99-a7c7-f62e7bca1332").OutputOf<AssistedHost>()
            .First(h => h.FailedValidations.Any(v => v.Id == "ntp-synced"));
        var line = $"Reset-AssistedHostValidation -InfraEnvId {host.InfraEnvId} -HostId {host.Id} -ValidationId ";
        var ids = CompleteEventually(line);
        Assert.Equal(host.Validations.Select(v => v.Id).Distinct().OrderBy(i => i), ids.OrderBy(i => i));
        Assert.Equal(new[] { "ntp-synced" }, Complete(line + "ntp"));

        // Without the host on the line there is nothing to offer.
        Assert.Empty(Complete("Reset-AssistedHostValidation -ValidationId "));
    }

    private IReadOnlyList<string> Complete(string line)
    {
        var result = Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches", Vars(("line", line)));
        Assert.Null(result.Terminating);
        return result.Output.Select(o => o.BaseObject).OfType<CompletionResult>().Select(r => r.CompletionText).ToList();
    }

    /// <summary>Presses Tab until something is offered (at most 20 s): a press waits about a second for a listing, then the cache answers.</summary>
    private IReadOnlyList<string> CompleteEventually(string line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var offered = Complete(line);
            if (offered.Count > 0 || DateTime.UtcNow > deadline)
            {
                return offered;
            }

            Thread.Sleep(250);
        }
    }
}
