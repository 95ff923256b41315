using System;
using System.Linq;
using System.Text.Json;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedOperatorTests : AssistedModuleTest
{
    public AssistedOperatorTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private static string[] OlmOperators(JsonElement body) =>
        body.GetProperty("olm_operators").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public void Enabling_sends_the_whole_list_with_the_others_kept_and_their_properties()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        Run("Enable-AssistedOperator -ClusterId $id -Name lvm -Properties @{ device_class = 'vg2'; thin = $true; size = 3 }", vars);
        var first = Bodies().Last(b => b.Method == "PATCH").Body;
        Assert.Equal(new[] { "olm_operators" }, first.EnumerateObject().Select(p => p.Name));
        var properties = JsonDocument.Parse(first.GetProperty("olm_operators")[0].GetProperty("properties").GetString()!).RootElement;
        Assert.Equal("vg2", properties.GetProperty("device_class").GetString());
        Assert.True(properties.GetProperty("thin").GetBoolean());
        Assert.Equal(3, properties.GetProperty("size").GetInt32());

        var result = Run("Get-AssistedCluster -Name lab-ready | Enable-AssistedOperator -Name cnv -PassThru", vars);
        Assert.Empty(result.ErrorIds);
        var second = Bodies().Last(b => b.Method == "PATCH").Body;
        Assert.Equal(new[] { "lvm", "cnv" }, OlmOperators(second));
        Assert.Contains("vg2", second.GetProperty("olm_operators")[0].GetProperty("properties").GetString(), StringComparison.Ordinal);

        // The service adds what cnv depends on (lso); the built-in console stays.
        var operators = result.OutputOf<AssistedClusterOperator>();
        Assert.Equal(new[] { "cnv", "lso", "lvm" }, operators.Where(o => o.Type == "olm").Select(o => o.Name).OrderBy(n => n));
        Assert.Contains(operators, o => o.Name == "console" && o.Type == "builtin");
        Assert.Equal("openshift-storage", operators.Single(o => o.Name == "lvm").Namespace);
    }

    [Fact]
    public void WhatIf_shows_the_PATCH_and_the_resulting_list_and_Disable_of_an_operator_not_enabled_sends_nothing()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        Run("Enable-AssistedOperator -ClusterId $id -Name lvm, mce", vars);
        Sandbox.ClearRequests();

        var whatIf = Run("Disable-AssistedOperator -ClusterId $id -Name lvm -WhatIf", vars);
        var line = Assert.Single(whatIf.WhatIf);
        Assert.Contains($"PATCH {Sandbox.BaseUri}api/assisted-install/v2/clusters/{cluster.Id}", line, StringComparison.Ordinal);
        Assert.Contains("to [mce] (disable lvm)", line, StringComparison.Ordinal);
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PATCH", StringComparison.Ordinal));

        var missing = Run("Disable-AssistedOperator -ClusterId $id -Name lvm, odf", vars);
        var error = Assert.Single(missing.Errors);
        Assert.Equal("AssistedOperatorNotEnabled,RedHatApi.Commands.Assisted.DisableAssistedOperatorCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'odf'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("lvm, mce", error.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PATCH", StringComparison.Ordinal));

        var disabled = Run("Disable-AssistedOperator -ClusterId $id -Name LVM -PassThru", vars);
        Assert.Equal(new[] { "mce" }, disabled.OutputOf<AssistedClusterOperator>().Where(o => o.Type == "olm").Select(o => o.Name));
    }

    [Fact]
    public void An_installed_cluster_is_a_state_conflict_an_unknown_operator_is_refused_and_bad_properties_send_nothing()
    {
        Connect();
        var installed = Run("Get-AssistedCluster -Name prod-east | Enable-AssistedOperator -Name lvm");
        var conflict = Assert.Single(installed.Errors);
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.EnableAssistedOperatorCommand", conflict.FullyQualifiedErrorId);
        Assert.Contains("state 'installed'", conflict.Exception.Message, StringComparison.Ordinal);

        var vars = Vars(("id", Cluster("lab-ready").Id));
        var unknown = Run("Enable-AssistedOperator -ClusterId $id -Name no-such-operator", vars);
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.EnableAssistedOperatorCommand", Assert.Single(unknown.ErrorIds));

        Sandbox.ClearRequests();
        var bad = Run("Enable-AssistedOperator -ClusterId $id -Name lvm -Properties '[1, 2]'", vars);
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.EnableAssistedOperatorCommand", Assert.Single(bad.ErrorIds));
        Assert.Empty(AssistedRequests());
    }

    [Fact]
    public void The_catalogue_lists_operators_their_settings_and_bundles()
    {
        Connect();
        var all = Run("Get-AssistedSupportedOperator").OutputOf<AssistedSupportedOperator>();
        Assert.Contains(all, o => o.Name == "lvm");
        Assert.All(all, o => Assert.Null(o.Properties));

        var named = Run("Get-AssistedSupportedOperator -Name odf, 'lv*', no-such, 'zz*'");
        Assert.Equal("AssistedOperatorNotFound,RedHatApi.Commands.Assisted.GetAssistedSupportedOperatorCommand", Assert.Single(named.ErrorIds));
        Assert.Equal("no-such", named.Errors[0].TargetObject);
        var operators = named.OutputOf<AssistedSupportedOperator>();
        Assert.Equal(new[] { "odf", "lvm" }, operators.Select(o => o.Name));
        var mode = operators[0].Properties!.Single(p => p.Name == "deployment_mode");
        Assert.Equal(new[] { "compact", "standard" }, mode.Options);
        Assert.Equal("odf", mode.OperatorName);

        var bundles = Run("Get-AssistedOperatorBundle; Get-AssistedOperatorBundle -Id virtualization -SingleNode; Get-AssistedOperatorBundle -OpenShiftVersion 4.15; Get-AssistedOperatorBundle -Id nope");
        Assert.Equal("AssistedOperatorBundleNotFound,RedHatApi.Commands.Assisted.GetAssistedOperatorBundleCommand", Assert.Single(bundles.ErrorIds));
        var list = bundles.OutputOf<AssistedOperatorBundle>();
        Assert.Equal(new[] { "virtualization", "openshift-ai", "virtualization", "virtualization" }, list.Select(b => b.Id));
        Assert.Contains("lvm", list[2].Operators);
        Assert.DoesNotContain("lvm", list[0].Operators);
        Assert.Contains("GET /api/assisted-install/v2/operators/bundles/virtualization?feature_ids=SNO", AssistedRequests());
        Assert.Contains("GET /api/assisted-install/v2/operators/bundles?openshift_version=4.15", AssistedRequests());
    }
}
