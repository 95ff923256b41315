using System;
using System.Linq;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>What decides whether a cluster can install, and what a script checks first: ignored validations, preflight requirements, support levels.</summary>
public sealed class AssistedValidationTests : AssistedModuleTest
{
    public AssistedValidationTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Ignored_validations_replace_the_given_kind_keep_the_other_and_refuse_what_cannot_be_ignored()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        var empty = Assert.Single(Run("Get-AssistedIgnoredValidation -ClusterId $id", vars).OutputOf<AssistedIgnoredValidation>());
        Assert.Empty(empty.ClusterValidationIds);
        Assert.Empty(empty.HostValidationIds);

        Run("Set-AssistedIgnoredValidation -ClusterId $id -ClusterValidationId ntp-server-configured", vars);
        var after = Run("Set-AssistedIgnoredValidation -ClusterId $id -HostValidationId ntp-synced, has-default-route -PassThru", vars);
        var put = Bodies().Last(b => b.Method == "PUT").Body;
        Assert.Equal("[\"ntp-server-configured\"]", put.GetProperty("cluster-validation-ids").GetString());
        Assert.Equal("[\"ntp-synced\",\"has-default-route\"]", put.GetProperty("host-validation-ids").GetString());
        var lists = Assert.Single(after.OutputOf<AssistedIgnoredValidation>());
        Assert.Equal(new[] { "ntp-server-configured" }, lists.ClusterValidationIds);
        Assert.Equal(new[] { "ntp-synced", "has-default-route" }, lists.HostValidationIds);

        var refused = Run("Set-AssistedIgnoredValidation -ClusterId $id -HostValidationId connected, no-such-check", vars);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.SetAssistedIgnoredValidationCommand", error.FullyQualifiedErrorId);
        Assert.Contains("connected (cannot be ignored)", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-check (unknown)", error.Exception.Message, StringComparison.Ordinal);

        var cleared = Run("Set-AssistedIgnoredValidation -ClusterId $id -ClusterValidationId @() -HostValidationId all -PassThru", vars).OutputOf<AssistedIgnoredValidation>().Single();
        Assert.Empty(cleared.ClusterValidationIds);
        Assert.Equal(new[] { "all" }, cleared.HostValidationIds);

        Sandbox.ClearRequests();
        var nothing = Run("Set-AssistedIgnoredValidation -ClusterId $id", vars);
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedIgnoredValidationCommand", Assert.Single(nothing.ErrorIds));
        var whatIf = Run("Set-AssistedIgnoredValidation -ClusterId $id -HostValidationId ntp-synced -WhatIf", vars);
        Assert.Contains(whatIf.WhatIf, l => l.Contains($"PUT {Sandbox.BaseUri}api/assisted-install/v2/clusters/{cluster.Id}/ignored-validations", StringComparison.Ordinal));
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PUT", StringComparison.Ordinal));

        var installed = Run("Get-AssistedCluster -Name prod-east | Set-AssistedIgnoredValidation -HostValidationId ntp-synced");
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.SetAssistedIgnoredValidationCommand", Assert.Single(installed.ErrorIds));
    }

    [Fact]
    public void Preflight_requirements_are_one_row_per_component_and_role_and_follow_the_control_plane_size()
    {
        Connect();
        var result = Run("Get-AssistedCluster -Name lab-ready, edge-sno | Get-AssistedPreflightRequirement -Component ocp, 'o*' -Role master");
        Assert.Empty(result.ErrorIds);
        var rows = result.OutputOf<AssistedPreflightRequirement>();
        var ha = rows.Where(r => r.ClusterId == Cluster("lab-ready").Id).ToList();
        var sno = rows.Where(r => r.ClusterId == Cluster("edge-sno").Id).ToList();
        Assert.Equal(new[] { "ocp", "odf" }, ha.Select(r => r.Component));
        Assert.All(rows, r => Assert.Equal("master", r.Role));
        Assert.Equal(4, ha[0].CpuCores);
        Assert.Equal(8, sno[0].CpuCores);
        Assert.Equal(16384, ha[0].RamMib);
        Assert.Equal(10, ha[0].InstallationDiskSpeedThresholdMs);
        Assert.Equal(new[] { "lso" }, ha[1].Dependencies);
        Assert.Contains(ha[1].Qualitative, q => q.Contains("25 GB", StringComparison.Ordinal));

        // An enabled operator outside the usual list shows up too.
        Run("Get-AssistedCluster -Name lab-ready | Enable-AssistedOperator -Name metallb");
        Assert.Contains(Run("Get-AssistedCluster -Name lab-ready | Get-AssistedPreflightRequirement").OutputOf<AssistedPreflightRequirement>(), r => r.Component == "metallb");

        var unknown = Run("Get-AssistedPreflightRequirement -ClusterId $id", Vars(("id", Guid.NewGuid())));
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedPreflightRequirementCommand", Assert.Single(unknown.ErrorIds));
    }

    [Fact]
    public void Support_levels_follow_version_architecture_and_platform_and_a_cluster_lends_its_own()
    {
        Connect();
        var result = Run(
            "Get-AssistedFeatureSupport -OpenShiftVersion 4.15 -FeatureId OPENSHIFT_AI, LVM -Detailed; " +
            "Get-AssistedFeatureSupport -OpenShiftVersion 4.17.3 -CpuArchitecture arm64 -FeatureId CNV; " +
            "Get-AssistedFeatureSupport -OpenShiftVersion 4.17 -PlatformType none -FeatureId VIP_AUTO_ALLOC -Detailed");
        Assert.Empty(result.ErrorIds);
        var features = result.OutputOf<AssistedFeatureSupport>();
        var ai = features[0];
        Assert.Equal(("OPENSHIFT_AI", "unavailable", "openshiftVersion", "openshift-ai"), (ai.FeatureId, ai.SupportLevel, ai.Reason, ai.OperatorName));
        Assert.Equal(new[] { "PIPELINES", "SERVICEMESH", "SERVERLESS", "AUTHORINO" }, ai.Dependencies);
        Assert.False(ai.IsAvailable);
        Assert.True(features[1].IsAvailable);
        Assert.Equal(("CNV", "unavailable", "arm64"), (features[2].FeatureId, features[2].SupportLevel, features[2].CpuArchitecture));
        Assert.Equal("platform", features[3].Reason);
        Assert.Contains("GET /api/assisted-install/v2/support-levels/features?openshift_version=4.17.3&cpu_architecture=arm64", AssistedRequests());

        var cluster = Cluster("edge-sno");
        var fromCluster = Run("Get-AssistedFeatureSupport -ClusterId $id -FeatureId SNO", Vars(("id", cluster.Id))).OutputOf<AssistedFeatureSupport>().Single();
        Assert.Equal(cluster.OpenShiftVersion, fromCluster.OpenShiftVersion);

        var arch = Run("Get-AssistedOpenShiftVersion -Version 4.8* | Get-AssistedArchitectureSupport").OutputOf<AssistedArchitectureSupport>();
        Assert.Equal("unavailable", arch.Single(a => a.ArchitectureId == "S390X_ARCHITECTURE").SupportLevel);
        Assert.Equal("supported", arch.Single(a => a.ArchitectureId == "X86_64_ARCHITECTURE").SupportLevel);

        var bad = Run("Get-AssistedArchitectureSupport -OpenShiftVersion banana");
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.GetAssistedArchitectureSupportCommand", Assert.Single(bad.ErrorIds));
    }

    [Fact]
    public void The_service_catalogues_list_components_release_sources_and_domains()
    {
        Connect();
        var result = Run("Get-AssistedComponentVersion; Get-AssistedReleaseSource -OpenShiftVersion '4.1[67]'; Get-AssistedManagedDomain");
        Assert.Empty(result.ErrorIds);
        var components = result.OutputOf<AssistedComponentVersion>();
        Assert.Contains(components, c => c.Component == "discovery-agent" && c.Version.Contains("agent", StringComparison.Ordinal));
        Assert.All(components, c => Assert.Equal("v2.37.0", c.ReleaseTag));
        var sources = result.OutputOf<AssistedReleaseSource>();
        Assert.Equal(new[] { "4.16", "4.17" }, sources.Select(s => s.OpenShiftVersion));
        Assert.Equal(new[] { "stable", "candidate" }, sources[0].Channels["x86_64"]);
        Assert.Contains(result.OutputOf<AssistedManagedDomain>(), d => d.Domain == "sandbox-clusters.example.com" && d.Provider == "route53");
    }
}
