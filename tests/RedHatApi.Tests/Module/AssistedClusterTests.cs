using System;
using System.Linq;
using System.Security;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedClusterTests : AssistedModuleTest
{
    public AssistedClusterTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void The_list_is_one_unpaged_request_and_parses_the_sample_cluster()
    {
        Connect();
        var result = Run("Get-AssistedCluster");
        Assert.Empty(result.ErrorIds);
        var clusters = result.OutputOf<AssistedCluster>();
        Assert.True(clusters.Count >= 6);
        Assert.Equal(clusters.Count, clusters.Select(c => c.Id).Distinct().Count());
        Assert.Equal(new[] { "GET /api/assisted-install/v2/clusters" }, AssistedRequests());

        // The sample payload: validations_info is JSON inside a string and comes back as objects.
        var sample = clusters.Single(c => c.Id == Guid.Parse("948b8ba9-798f-4310-bb08-67a6b56ebdcc"));
        Assert.Equal("testcluster", sample.Name);
        Assert.Equal("4.8.23", sample.OpenShiftVersion);
        Assert.Equal("pending-for-input", sample.Status);
        Assert.Equal("User input required", sample.StatusInfo);
        Assert.Contains(sample.Validations, v => v.Category == "network" && v.Id == "api-vip-defined" && v.Status == "pending");
        Assert.Contains(sample.FailedValidations, v => v.Id == "sufficient-masters-count" && v.Status == "failure");
        Assert.DoesNotContain(sample.FailedValidations, v => v.IsSuccess);
        Assert.True(sample.PullSecretSet);
        Assert.Equal("baremetal", sample.PlatformType);

        // 2000-01-01 and 0001-01-01 are the service's "never": no install has started.
        Assert.Null(sample.InstallStartedAt);
        Assert.Null(sample.InstallCompletedAt);
        Assert.NotNull(sample.CreatedAt);
        Assert.Equal(TimeSpan.Zero, sample.CreatedAt!.Value.Offset);

        var installed = clusters.Single(c => c.Name == "prod-east");
        Assert.Equal("installed", installed.Status);
        Assert.Equal(100, installed.ProgressPercent);
        Assert.True(installed.InstallCompletedAt > installed.InstallStartedAt);
        Assert.All(installed.Validations, v => Assert.True(v.IsSuccess));
    }

    [Fact]
    public void Name_filters_with_wildcards_and_a_literal_name_that_matches_nothing_is_ClusterNotFound()
    {
        Connect();
        var result = Run("Get-AssistedCluster -Name 'EDGE*', 'lab-ready', 'no-such-cluster', 'nothing*'");
        Assert.Equal(new[] { "edge-sno", "lab-ready" }, result.OutputOf<AssistedCluster>().Select(c => c.Name).OrderBy(n => n));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedClusterCommand", error.FullyQualifiedErrorId);
        Assert.Equal("no-such-cluster", error.TargetObject);
    }

    [Fact]
    public void Ids_bind_from_the_pipeline_and_an_unknown_id_is_a_per_input_ClusterNotFound()
    {
        Connect();
        var known = Cluster("lab-ready");
        var unknown = Guid.NewGuid();
        var result = Run("$ids | Get-AssistedCluster", Vars(("ids", new object[] { unknown, known })));
        Assert.Equal(known.Id, Assert.Single(result.OutputOf<AssistedCluster>()).Id);
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedClusterCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains(unknown.ToString(), error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_registers_a_cluster_from_a_pull_secret_file_and_never_echoes_the_secret()
    {
        Connect();
        var result = Run("New-AssistedCluster -Name lab-two -OpenShiftVersion 4.16 -PullSecretPath $path -BaseDnsDomain example.net -ControlPlaneCount 1",
            Vars(("path", PullSecretPath)));
        Assert.Empty(result.ErrorIds);
        var cluster = Assert.Single(result.OutputOf<AssistedCluster>());
        Assert.Equal("lab-two", cluster.Name);
        Assert.Equal("4.16.21", cluster.OpenShiftVersion);
        Assert.Equal("example.net", cluster.BaseDnsDomain);
        Assert.Equal(1, cluster.ControlPlaneCount);
        Assert.True(cluster.PullSecretSet);
        Assert.Contains(Clusters(), c => c.Id == cluster.Id);
        Assert.DoesNotContain(result.AllText(), t => t.Contains("c2FuZGJveDpzZWNyZXQtcHVsbA", StringComparison.Ordinal));

        var (method, path, body) = Assert.Single(Bodies());
        Assert.Equal(("POST", "/api/assisted-install/v2/clusters"), (method, path));
        Assert.Equal(
            new[] { "base_dns_domain", "control_plane_count", "name", "openshift_version", "pull_secret" },
            body.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void New_takes_the_pull_secret_as_a_SecureString()
    {
        Connect();
        var secret = new SecureString();
        foreach (var c in PullSecretJson)
        {
            secret.AppendChar(c);
        }

        var result = Run("New-AssistedCluster lab-three 4.17.3 -PullSecret $secret", Vars(("secret", secret)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal("4.17.3", Assert.Single(result.OutputOf<AssistedCluster>()).OpenShiftVersion);
    }

    [Fact]
    public void A_pull_secret_that_is_not_the_console_document_is_InvalidPullSecret_and_nothing_is_sent()
    {
        Connect();
        System.IO.File.WriteAllText(PullSecretPath, "not json at all");
        var result = Run("New-AssistedCluster -Name lab-bad -OpenShiftVersion 4.16 -PullSecretPath $path", Vars(("path", PullSecretPath)));
        Assert.Equal("InvalidPullSecret,RedHatApi.Commands.Assisted.NewAssistedClusterCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("console.redhat.com", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(AssistedRequests());
    }

    [Fact]
    public void An_unsupported_version_is_AssistedRequestInvalid_with_the_service_s_reason()
    {
        Connect();
        var result = Run("New-AssistedCluster -Name lab-old -OpenShiftVersion 3.11 -PullSecretPath $path", Vars(("path", PullSecretPath)));
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.NewAssistedClusterCommand", Assert.Single(result.ErrorIds));
        var exception = Assert.IsType<RedHatApi.Errors.RedHatApiException>(result.Terminating!.Exception);
        Assert.Contains("Openshift version 3.11 for CPU architecture x86_64 is not supported", exception.Message, StringComparison.Ordinal);
        Assert.Equal("400", exception.ApiErrorCode);
    }

    [Fact]
    public void New_WhatIf_shows_the_POST_and_sends_nothing()
    {
        Connect();
        var result = Run("New-AssistedCluster -Name lab-what -OpenShiftVersion 4.16 -PullSecretPath $path -WhatIf", Vars(("path", PullSecretPath)));
        Assert.Empty(result.ErrorIds);
        Assert.Contains(result.WhatIf, l => l.Contains("POST " + Sandbox.BaseUri + "api/assisted-install/v2/clusters", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());
    }

    [Fact]
    public void Set_sends_only_the_parameters_that_were_bound()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var result = Run("$c | Set-AssistedCluster -BaseDnsDomain lab.example.org -ApiVip 192.168.10.5 -SchedulableMasters:$false -PassThru", Vars(("c", cluster)));
        Assert.Empty(result.ErrorIds);
        var updated = Assert.Single(result.OutputOf<AssistedCluster>());
        Assert.Equal("lab.example.org", updated.BaseDnsDomain);
        Assert.Equal(new[] { "192.168.10.5" }, updated.ApiVips);
        Assert.Equal(cluster.Name, updated.Name);

        var (method, path, body) = Assert.Single(Bodies());
        Assert.Equal("PATCH", method);
        Assert.Equal("/api/assisted-install/v2/clusters/" + cluster.Id, path);
        Assert.Equal(new[] { "api_vips", "base_dns_domain", "schedulable_masters" }, body.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.False(body.GetProperty("schedulable_masters").GetBoolean());
        Assert.Equal("192.168.10.5", body.GetProperty("api_vips")[0].GetProperty("ip").GetString());

        // A second call with one other parameter sends that one alone.
        Run("Set-AssistedCluster -ClusterId $id -Name lab-renamed", Vars(("id", cluster.Id)));
        var second = Bodies().Last().Body;
        Assert.Equal("lab-renamed", Assert.Single(second.EnumerateObject()).Value.GetString());
        Assert.Equal("lab-renamed", Run("Get-AssistedCluster -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedCluster>().Single().Name);
    }

    [Fact]
    public void Set_with_nothing_to_change_sends_nothing()
    {
        Connect();
        var result = Run("Set-AssistedCluster -ClusterId $id", Vars(("id", Cluster("lab-ready").Id)));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedClusterCommand", Assert.Single(result.ErrorIds));
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void Set_on_an_installed_cluster_is_ClusterStateConflict_naming_the_state()
    {
        Connect();
        var installed = Cluster("prod-east");
        var result = Run("Set-AssistedCluster -ClusterId $id -Name other", Vars(("id", installed.Id)));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.SetAssistedClusterCommand", error.FullyQualifiedErrorId);
        Assert.Equal(installed.Id, error.TargetObject);
        Assert.Contains("in state 'installed'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Stop-AssistedClusterInstallation", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_WhatIf_shows_the_PATCH_and_sends_nothing()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var result = Run("Set-AssistedCluster -ClusterId $id -Name x -WhatIf", Vars(("id", cluster.Id)));
        Assert.Contains(result.WhatIf, l => l.Contains("PATCH " + Sandbox.BaseUri + "api/assisted-install/v2/clusters/" + cluster.Id, StringComparison.Ordinal));
        Assert.Empty(Bodies());
    }

    [Fact]
    public void Remove_deletes_piped_clusters_and_goes_on_after_an_unknown_one()
    {
        Connect();
        var doomed = Cluster("dev-insufficient");
        var unknown = Guid.NewGuid();
        var result = Run("$ids | Remove-AssistedCluster -Confirm:$false", Vars(("ids", new object[] { unknown, doomed.Id })));
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.RemoveAssistedClusterCommand", Assert.Single(result.ErrorIds));
        Assert.DoesNotContain(Clusters(), c => c.Id == doomed.Id);
        Assert.Contains("DELETE /api/assisted-install/v2/clusters/" + doomed.Id, AssistedRequests());
    }

    [Fact]
    public void Remove_WhatIf_shows_the_DELETE_and_sends_nothing()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var result = Run("Get-AssistedCluster -Name lab-ready | Remove-AssistedCluster -WhatIf");
        Assert.Contains(result.WhatIf, l => l.Contains("DELETE " + Sandbox.BaseUri + "api/assisted-install/v2/clusters/" + cluster.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.Contains(Clusters(), c => c.Id == cluster.Id);
    }

    [Fact]
    public void OpenShift_versions_come_from_an_object_keyed_by_version()
    {
        Connect();
        var all = Run("Get-AssistedOpenShiftVersion").OutputOf<AssistedOpenShiftVersion>();
        Assert.True(all.Count >= 5);
        var recommended = Assert.Single(all, v => v.IsDefault);
        Assert.Equal(recommended.Version, Run("Get-AssistedOpenShiftVersion -Default").OutputOf<AssistedOpenShiftVersion>().Single().Version);
        Assert.All(Run("Get-AssistedOpenShiftVersion '4.15*'").OutputOf<AssistedOpenShiftVersion>(), v => Assert.StartsWith("4.15.", v.Version, StringComparison.Ordinal));
        var latest = Run("Get-AssistedOpenShiftVersion -OnlyLatest").OutputOf<AssistedOpenShiftVersion>();
        Assert.Equal(latest.Count, latest.Select(v => string.Join('.', v.Version.Split('.').Take(2))).Distinct().Count());
        Assert.True(latest.Count < all.Count);
        Assert.Contains(all, v => v.CpuArchitectures.Contains("arm64") && v.SupportLevel == "production");
    }
}
