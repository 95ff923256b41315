using System;
using System.Linq;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedInfraEnvTests : AssistedModuleTest
{
    private const string SampleInfraEnvId = "4f630ba3-0297-4d99-a7c7-f62e7bca1332";

    public AssistedInfraEnvTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void The_list_is_one_unpaged_request_and_every_cluster_s_infra_env_points_back_at_it()
    {
        Connect();
        var result = Run("Get-AssistedInfraEnv");
        Assert.Empty(result.ErrorIds);
        var envs = result.OutputOf<AssistedInfraEnv>();
        Assert.Equal(new[] { "GET /api/assisted-install/v2/infra-envs" }, AssistedRequests());

        // Every seeded cluster has one bound infra-env; the sample one is the sample payload.
        var clusters = Clusters();
        Assert.All(clusters, c => Assert.Single(envs, e => e.ClusterId == c.Id));
        var sample = envs.Single(e => e.Id == Guid.Parse(SampleInfraEnvId));
        Assert.Equal("testcluster_infra-env", sample.Name);
        Assert.Equal("full-iso", sample.ImageType);
        Assert.Equal("4.8", sample.OpenShiftVersion);
        Assert.True(sample.PullSecretSet);
        Assert.Equal(sample.Id, sample.InfraEnvId);

        // The link in download_url is a credential: it is not part of the object, only its expiry.
        Assert.True(sample.DownloadUrlExpiresAt > DateTimeOffset.UtcNow.AddHours(3));
        Assert.DoesNotContain(result.AllText(), t => t.Contains("image_token", StringComparison.Ordinal));
    }

    [Fact]
    public void ClusterId_filters_on_the_service_and_ids_bind_from_the_pipeline_with_per_input_not_found()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var filtered = Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", cluster.Id)));
        var env = Assert.Single(filtered.OutputOf<AssistedInfraEnv>());
        Assert.Equal(cluster.Id, env.ClusterId);
        Assert.Contains($"GET /api/assisted-install/v2/infra-envs?cluster_id={cluster.Id}", AssistedRequests());

        var unknown = Guid.NewGuid();
        var byId = Run("$ids | Get-AssistedInfraEnv", Vars(("ids", new object[] { unknown, env })));
        Assert.Equal(env.Id, Assert.Single(byId.OutputOf<AssistedInfraEnv>()).Id);
        var error = Assert.Single(byId.Errors);
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.GetAssistedInfraEnvCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void New_binds_the_cluster_from_the_pipeline_and_sends_only_what_was_given()
    {
        Connect();
        var cluster = Cluster("dev-insufficient");
        var result = Run("Get-AssistedCluster -Name dev-insufficient | New-AssistedInfraEnv -Name dev-iso -PullSecretPath $path -ImageType full-iso",
            Vars(("path", PullSecretPath)));
        Assert.Empty(result.ErrorIds);
        var env = Assert.Single(result.OutputOf<AssistedInfraEnv>());
        Assert.Equal("dev-iso", env.Name);
        Assert.Equal(cluster.Id, env.ClusterId);
        Assert.Equal("full-iso", env.ImageType);
        Assert.Equal("4.16", env.OpenShiftVersion);
        Assert.Contains(Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedInfraEnv>(), e => e.Id == env.Id);

        var (method, path, body) = Assert.Single(Bodies());
        Assert.Equal(("POST", "/api/assisted-install/v2/infra-envs"), (method, path));
        Assert.Equal(new[] { "cluster_id", "image_type", "name", "pull_secret" }, body.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(cluster.Id.ToString(), body.GetProperty("cluster_id").GetString());
        Assert.DoesNotContain(result.AllText(), t => t.Contains("c2FuZGJveDpzZWNyZXQtcHVsbA", StringComparison.Ordinal));
    }

    [Fact]
    public void New_without_a_cluster_is_unbound_and_an_unknown_cluster_is_ClusterNotFound()
    {
        Connect();
        var unbound = Run("New-AssistedInfraEnv spare -PullSecretPath $path -CpuArchitecture arm64 -OpenShiftVersion 4.17 -SshPublicKey 'ssh-ed25519 AAAA test'",
            Vars(("path", PullSecretPath)));
        var env = Assert.Single(unbound.OutputOf<AssistedInfraEnv>());
        Assert.Null(env.ClusterId);
        Assert.Equal("arm64", env.CpuArchitecture);
        Assert.Equal("ssh-ed25519 AAAA test", env.SshAuthorizedKey);
        Assert.Equal("ssh-ed25519 AAAA test", Bodies().Single().Body.GetProperty("ssh_authorized_key").GetString());

        var unknown = Guid.NewGuid();
        var missing = Run("New-AssistedInfraEnv orphan -PullSecretPath $path -ClusterId $id", Vars(("path", PullSecretPath), ("id", unknown)));
        var error = Assert.Single(missing.Errors);
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.NewAssistedInfraEnvCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
    }

    [Fact]
    public void New_with_a_bad_pull_secret_sends_nothing_and_WhatIf_shows_the_POST()
    {
        Connect();
        System.IO.File.WriteAllText(PullSecretPath, "{\"not\":\"auths\"}");
        var bad = Run("New-AssistedInfraEnv bad -PullSecretPath $path", Vars(("path", PullSecretPath)));
        Assert.Equal("InvalidPullSecret,RedHatApi.Commands.Assisted.NewAssistedInfraEnvCommand", Assert.Single(bad.ErrorIds));
        Assert.Empty(AssistedRequests());

        System.IO.File.WriteAllText(PullSecretPath, PullSecretJson);
        var whatIf = Run("New-AssistedInfraEnv what -PullSecretPath $path -WhatIf", Vars(("path", PullSecretPath)));
        Assert.Empty(whatIf.ErrorIds);
        Assert.Contains(whatIf.WhatIf, l => l.Contains("POST " + Sandbox.BaseUri + "api/assisted-install/v2/infra-envs", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());
        Assert.Empty(Bodies());
    }

    [Fact]
    public void Remove_refuses_while_hosts_are_registered_and_succeeds_once_they_are_gone()
    {
        Connect();
        var env = Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", Cluster("edge-sno").Id))).OutputOf<AssistedInfraEnv>().Single();
        var refused = Run("$e | Remove-AssistedInfraEnv -Confirm:$false", Vars(("e", env)));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("AssistedInfraEnvHasHosts,RedHatApi.Commands.Assisted.RemoveAssistedInfraEnvCommand", error.FullyQualifiedErrorId);
        Assert.Equal(env.Id, error.TargetObject);
        Assert.Contains("1 hosts are still associated", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Remove-AssistedHost", error.Exception.Message, StringComparison.Ordinal);

        var removed = Run("$e | Get-AssistedHost | Remove-AssistedHost -Confirm:$false; $e | Remove-AssistedInfraEnv -Confirm:$false", Vars(("e", env)));
        Assert.Empty(removed.ErrorIds);
        Assert.DoesNotContain(Run("Get-AssistedInfraEnv").OutputOf<AssistedInfraEnv>(), e => e.Id == env.Id);
        Assert.Contains($"DELETE /api/assisted-install/v2/infra-envs/{env.Id}", AssistedRequests());
    }

    [Fact]
    public void Remove_WhatIf_shows_the_DELETE_and_an_unknown_id_is_InfraEnvNotFound()
    {
        Connect();
        var spare = Run("New-AssistedInfraEnv spare -PullSecretPath $path", Vars(("path", PullSecretPath))).OutputOf<AssistedInfraEnv>().Single();
        Sandbox.ClearRequests();
        var whatIf = Run("$e | Remove-AssistedInfraEnv -WhatIf", Vars(("e", spare)));
        Assert.Contains(whatIf.WhatIf, l => l.Contains($"DELETE {Sandbox.BaseUri}api/assisted-install/v2/infra-envs/{spare.Id}", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());

        var unknown = Guid.NewGuid();
        var result = Run("Remove-AssistedInfraEnv -InfraEnvId $ids -Confirm:$false", Vars(("ids", new[] { unknown, spare.Id })));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.RemoveAssistedInfraEnvCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
        Assert.DoesNotContain(Run("Get-AssistedInfraEnv").OutputOf<AssistedInfraEnv>(), e => e.Id == spare.Id);
    }

    [Fact]
    public void The_discovery_link_is_fresh_signed_and_shown_masked()
    {
        Connect();
        var env = Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", Cluster("lab-ready").Id))).OutputOf<AssistedInfraEnv>().Single();
        var result = Run("$e | Get-AssistedDiscoveryIsoUrl; \"link: $($e | Get-AssistedDiscoveryIsoUrl)\"", Vars(("e", env)));
        Assert.Empty(result.ErrorIds);
        var link = Assert.Single(result.OutputOf<AssistedDiscoveryIsoUrl>());
        Assert.Equal(env.Id, link.InfraEnvId);
        Assert.Equal("localhost", link.Url.Host);
        Assert.Equal($"/api/assisted-images/images/{env.Id}", link.Url.AbsolutePath);
        Assert.Contains("type=minimal-iso", link.Url.Query, StringComparison.Ordinal);
        Assert.Matches("image_token=eyJ[^&]+", link.Url.Query);
        Assert.InRange(link.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddHours(3.9), DateTimeOffset.UtcNow.AddHours(4.1));

        // ToString (and the table view's RedactedUrl column) mask the token, so a link written as text never carries it.
        var token = link.Url.Query.Split("image_token=")[1].Split('&')[0];
        Assert.Contains("image_token=***", link.RedactedUrl, StringComparison.Ordinal);
        Assert.Contains(result.Output.Select(o => o.BaseObject).OfType<string>(), s => s.Contains("image_token=***", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Output.Select(o => o.BaseObject).OfType<string>(), s => s.Contains(token, StringComparison.Ordinal));
        Assert.Equal(2, AssistedRequests().Count(r => r == $"GET /api/assisted-install/v2/infra-envs/{env.Id}/downloads/image-url"));

        var unknown = Guid.NewGuid();
        var missing = Run("Get-AssistedDiscoveryIsoUrl -InfraEnvId $id", Vars(("id", unknown)));
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.GetAssistedDiscoveryIsoUrlCommand", Assert.Single(missing.ErrorIds));
    }
}
