using System;
using System.Linq;
using System.Text.Json;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedInstallConfigTests : AssistedModuleTest
{
    public AssistedInstallConfigTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    /// <summary>The overrides the last PATCH of install-config sent: a JSON string whose text is an object.</summary>
    private JsonElement LastOverrides() =>
        JsonDocument.Parse(Bodies().Last(b => b.Path.EndsWith("/install-config", StringComparison.Ordinal)).Body.GetProperty("install-config-params").GetString()!).RootElement;

    [Fact]
    public void Get_gives_the_generated_yaml_and_no_overrides_and_Raw_gives_the_text()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var result = Run("Get-AssistedCluster -Name lab-ready | Get-AssistedInstallConfig; Get-AssistedInstallConfig -ClusterId $id -Raw", Vars(("id", cluster.Id)));
        Assert.Empty(result.ErrorIds);
        var config = Assert.Single(result.OutputOf<AssistedInstallConfig>());
        Assert.Equal(cluster.Id, config.ClusterId);
        Assert.Null(config.Overrides);
        Assert.Contains("name: \"lab-ready\"", config.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("pullSecret", config.Content, StringComparison.Ordinal);
        Assert.Equal(config.Content, result.OutputOf<string>().Single());
    }

    [Fact]
    public void Set_merges_into_the_current_overrides_and_null_removes_a_field()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        Run("Set-AssistedInstallConfig -ClusterId $id -Override @{ fips = $true; networking = @{ networkType = 'OVNKubernetes'; clusterNetwork = @(@{ cidr = '10.128.0.0/14'; hostPrefix = 23 }) } }", vars);
        var first = LastOverrides();
        Assert.True(first.GetProperty("fips").GetBoolean());
        Assert.Equal(23, first.GetProperty("networking").GetProperty("clusterNetwork")[0].GetProperty("hostPrefix").GetInt32());

        var result = Run("Set-AssistedInstallConfig -ClusterId $id -Override '{\"fips\": null, \"networking\": {\"networkType\": \"OpenShiftSDN\"}}' -PassThru", vars);
        Assert.Empty(result.ErrorIds);
        var second = LastOverrides();
        Assert.False(second.TryGetProperty("fips", out _));
        Assert.Equal("OpenShiftSDN", second.GetProperty("networking").GetProperty("networkType").GetString());
        Assert.Equal("10.128.0.0/14", second.GetProperty("networking").GetProperty("clusterNetwork")[0].GetProperty("cidr").GetString());

        var config = Assert.Single(result.OutputOf<AssistedInstallConfig>());
        Assert.Contains("networkType: \"OpenShiftSDN\"", config.Content, StringComparison.Ordinal);
        Assert.Contains("fips: false", config.Content, StringComparison.Ordinal);

        Run("Set-AssistedInstallConfig -ClusterId $id -Override @{ publish = 'Internal' } -Replace", vars);
        Assert.Equal(new[] { "publish" }, LastOverrides().EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void WhatIf_shows_each_field_it_adds_changes_and_removes_and_an_unchanged_set_sends_nothing()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        Run("Set-AssistedInstallConfig -ClusterId $id -Override @{ fips = $true; publish = 'External' }", vars);
        Sandbox.ClearRequests();

        var whatIf = Run("Set-AssistedInstallConfig -ClusterId $id -Override @{ fips = $null; publish = 'Internal'; capabilities = @{ baselineCapabilitySet = 'None' } } -WhatIf", vars);
        var text = string.Join("\n", whatIf.HostLines);
        Assert.Contains($"PATCH {Sandbox.BaseUri}api/assisted-install/v2/clusters/{cluster.Id}/install-config", text, StringComparison.Ordinal);
        Assert.Contains("- fips: true", text, StringComparison.Ordinal);
        Assert.Contains("~ publish: \"External\" -> \"Internal\"", text, StringComparison.Ordinal);
        Assert.Contains("+ capabilities: {\"baselineCapabilitySet\":\"None\"}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PATCH", StringComparison.Ordinal));

        var same = Run("Set-AssistedInstallConfig -ClusterId $id -Override @{ fips = $true } -Verbose", vars);
        Assert.Empty(same.ErrorIds);
        Assert.Contains(same.Verbose, v => v.Message.Contains("nothing was sent", StringComparison.Ordinal));
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void The_service_refuses_unknown_fields_and_installed_clusters_and_text_that_is_no_object_sends_nothing()
    {
        Connect();
        var unknown = Run("Get-AssistedCluster -Name lab-ready | Set-AssistedInstallConfig -Override @{ notAField = 1 }");
        var error = Assert.Single(unknown.Errors);
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.SetAssistedInstallConfigCommand", error.FullyQualifiedErrorId);
        Assert.Contains("notAField", error.Exception.Message, StringComparison.Ordinal);

        var installed = Run("Get-AssistedCluster -Name prod-east | Set-AssistedInstallConfig -Override @{ fips = $true }");
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.SetAssistedInstallConfigCommand", Assert.Single(installed.ErrorIds));

        Sandbox.ClearRequests();
        var notObject = Run("Get-AssistedCluster -Name lab-ready | Set-AssistedInstallConfig -Override '[1]'");
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedInstallConfigCommand", Assert.Single(notObject.ErrorIds));
        Assert.DoesNotContain(AssistedRequests(), r => r.Contains("install-config", StringComparison.Ordinal));
    }
}
