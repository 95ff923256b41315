using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Tab completion of the Assisted content cmdlets, through TabExpansion2 against the sandbox.</summary>
public sealed class AssistedContentCompleterTests : AssistedModuleTest
{
    public AssistedContentCompleterTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    /// <summary>Presses Tab until something is offered (at most 20 s): the first press waits about a second for the listing.</summary>
    private IReadOnlyList<string> CompleteEventually(string line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var result = Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches", Vars(("line", line)));
            Assert.Null(result.Terminating);
            var offered = result.Output.Select(o => o.BaseObject).OfType<CompletionResult>().Select(r => r.CompletionText).ToList();
            if (offered.Count > 0 || DateTime.UtcNow > deadline)
            {
                return offered;
            }

            Thread.Sleep(250);
        }
    }

    [Fact]
    public void Operator_names_bundle_ids_and_versions_complete_from_the_catalogue()
    {
        Connect();
        Assert.Equal(new[] { "loki", "lso", "lvm" }, CompleteEventually("Enable-AssistedOperator -Name l").OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(new[] { "virtualization" }, CompleteEventually("Get-AssistedOperatorBundle -Id vi"));
        Assert.Equal(new[] { "4.17.3" }, CompleteEventually("Get-AssistedFeatureSupport -OpenShiftVersion 4.17"));
    }

    [Fact]
    public void Manifest_names_and_validation_ids_come_from_the_cluster_on_the_line()
    {
        Connect();
        var id = Cluster("lab-ready").Id;
        Run("Add-AssistedManifest -ClusterId $id -Content 'a: 1' -FileName 50-extra.yaml", Vars(("id", id)));
        Assert.Equal(new[] { "50-extra.yaml" }, CompleteEventually($"Remove-AssistedManifest -ClusterId {id} -FileName 50"));
        Assert.Equal(new[] { "ntp-server-configured" }, CompleteEventually($"Set-AssistedIgnoredValidation -ClusterId {id} -ClusterValidationId ntp"));
        Assert.Equal(new[] { "ntp-synced" }, CompleteEventually($"Set-AssistedIgnoredValidation -ClusterId {id} -HostValidationId ntp-s"));
    }
}
