using System;
using System.Linq;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedHostTests : AssistedModuleTest
{
    private static readonly Guid SampleClusterId = Guid.Parse("948b8ba9-798f-4310-bb08-67a6b56ebdcc");
    private static readonly Guid SampleInfraEnvId = Guid.Parse("4f630ba3-0297-4d99-a7c7-f62e7bca1332");

    public AssistedHostTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private AssistedInfraEnv InfraEnvOf(AssistedCluster cluster) =>
        Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedInfraEnv>().Single();

    [Fact]
    public void The_sample_hosts_come_with_their_inventory_and_validations_parsed()
    {
        Connect();
        var result = Run("Get-AssistedHost -InfraEnvId $id", Vars(("id", SampleInfraEnvId)));
        Assert.Empty(result.ErrorIds);
        var hosts = result.OutputOf<AssistedHost>();
        Assert.Equal(new[] { $"GET /api/assisted-install/v2/infra-envs/{SampleInfraEnvId}/hosts" }, AssistedRequests());
        Assert.Equal(3, hosts.Count);
        Assert.All(hosts, h => Assert.Equal(SampleClusterId, h.ClusterId));
        Assert.All(hosts, h => Assert.Equal(SampleInfraEnvId, h.InfraEnvId));

        // Values of docs/user-guide/samples/hosts.json: inventory is JSON inside a string, parsed into properties.
        var master1 = hosts.Single(h => h.Id == Guid.Parse("632866c2-de48-4dd4-9c75-34daca833236"));
        Assert.Equal("test-infra-cluster-09987558-master-1", master1.HostName);
        Assert.Equal("known", master1.Status);
        Assert.Equal("master", master1.Role);
        Assert.Equal(4, master1.CpuCount);
        Assert.Equal("x86_64", master1.CpuArchitecture);
        Assert.StartsWith("Intel(R) Xeon(R) Gold 5218R", master1.CpuModel, StringComparison.Ordinal);
        Assert.Equal(17809014784, master1.MemoryBytes);
        Assert.Equal(16.6, master1.MemoryGiB);
        Assert.Equal(new[] { "sr0", "vda" }, master1.Disks.Select(d => d.Name));
        var vda = master1.Disks.Single(d => d.Name == "vda");
        Assert.True(vda.IsInstallationEligible);
        Assert.Equal(128849018880, vda.SizeBytes);
        var dvd = master1.Disks.Single(d => d.Name == "sr0");
        Assert.False(dvd.IsInstallationEligible);
        Assert.Contains("Disk is removable", dvd.NotEligibleReasons);
        Assert.Equal("/dev/vda", master1.InstallationDiskPath);
        var ens3 = master1.Interfaces.Single(i => i.Name == "ens3");
        Assert.Equal("02:00:00:71:9a:0f", ens3.MacAddress);
        Assert.Equal(new[] { "192.168.128.11/24" }, ens3.IPv4Addresses);
        Assert.Null(ens3.SpeedMbps);
        Assert.Equal("KVM", master1.ProductName);
        Assert.True(master1.IsVirtual);

        // validations_info: a host check the sample fails, and its passing ones.
        Assert.Contains(master1.FailedValidations, v => v.Category == "network" && v.Id == "ntp-synced");
        Assert.Contains(master1.Validations, v => v.Category == "hardware" && v.Id == "has-min-cpu-cores" && v.IsSuccess);
    }

    [Fact]
    public void Clusters_and_infra_envs_bind_from_the_pipeline_and_list_the_same_hosts()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var byCluster = Run("Get-AssistedCluster -Name lab-ready | Get-AssistedHost");
        Assert.Empty(byCluster.ErrorIds);
        Assert.Contains($"GET /api/assisted-install/v2/clusters/{cluster.Id}/hosts", AssistedRequests());
        var hosts = byCluster.OutputOf<AssistedHost>();
        Assert.Equal(3, hosts.Count);
        Assert.Equal(new[] { "lab-ready-master-0", "lab-ready-master-1", "lab-ready-master-2" }, hosts.Select(h => h.HostName).OrderBy(n => n));
        Assert.All(hosts, h => Assert.Equal("known", h.Status));
        Assert.Equal(cluster.HostCount, hosts.Count);

        Sandbox.ClearRequests();
        var env = InfraEnvOf(cluster);
        var byInfraEnv = Run("$e | Get-AssistedHost", Vars(("e", env)));
        Assert.Equal(hosts.Select(h => h.Id).OrderBy(i => i), byInfraEnv.OutputOf<AssistedHost>().Select(h => h.Id).OrderBy(i => i));
        Assert.Contains($"GET /api/assisted-install/v2/infra-envs/{env.Id}/hosts", AssistedRequests());
    }

    [Fact]
    public void HostId_picks_hosts_and_an_absent_one_is_a_per_input_HostNotFound()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var hosts = Run("Get-AssistedHost -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedHost>();
        var unknown = Guid.NewGuid();

        var inCluster = Run("Get-AssistedHost -ClusterId $id -HostId $hosts", Vars(("id", cluster.Id), ("hosts", new[] { unknown, hosts[1].Id })));
        Assert.Equal(hosts[1].Id, Assert.Single(inCluster.OutputOf<AssistedHost>()).Id);
        var error = Assert.Single(inCluster.Errors);
        Assert.Equal("AssistedHostNotFound,RedHatApi.Commands.Assisted.GetAssistedHostCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
        Assert.Contains(cluster.Id.ToString(), error.Exception.Message, StringComparison.Ordinal);

        var inInfraEnv = Run("Get-AssistedHost -InfraEnvId $env -HostId $hosts", Vars(("env", hosts[0].InfraEnvId), ("hosts", new[] { hosts[0].Id, unknown })));
        Assert.Equal(hosts[0].Id, Assert.Single(inInfraEnv.OutputOf<AssistedHost>()).Id);
        Assert.Equal("AssistedHostNotFound,RedHatApi.Commands.Assisted.GetAssistedHostCommand", Assert.Single(inInfraEnv.ErrorIds));
        Assert.Contains($"GET /api/assisted-install/v2/infra-envs/{hosts[0].InfraEnvId}/hosts/{hosts[0].Id}", AssistedRequests());

        var noCluster = Guid.NewGuid();
        var missing = Run("Get-AssistedHost -ClusterId $id", Vars(("id", noCluster)));
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedHostCommand", Assert.Single(missing.ErrorIds));
        var missingEnv = Run("Get-AssistedHost -InfraEnvId $id", Vars(("id", noCluster)));
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.GetAssistedHostCommand", Assert.Single(missingEnv.ErrorIds));
    }

    [Fact]
    public void An_undersized_host_keeps_its_cluster_insufficient_and_says_why()
    {
        Connect();
        var hosts = Run("Get-AssistedCluster -Name dev-insufficient | Get-AssistedHost").OutputOf<AssistedHost>();
        var small = Assert.Single(hosts, h => h.Status == "insufficient");
        Assert.Equal(8.0, small.MemoryGiB);
        Assert.Contains(small.FailedValidations, v => v.Id == "has-memory-for-role" && v.Message!.Contains("8.00 GiB", StringComparison.Ordinal));
        Assert.Contains("16.00 GiB", small.StatusInfo, StringComparison.Ordinal);
        Assert.Equal("insufficient", Cluster("dev-insufficient").Status);
    }

    [Fact]
    public void Set_sends_only_the_bound_parameters_and_a_worker_role_makes_the_cluster_insufficient()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var host = Run("Get-AssistedHost -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedHost>().OrderBy(h => h.HostName).First();
        var renamed = Run("$h | Set-AssistedHost -HostName node-a.lab.example.com -PassThru", Vars(("h", host)));
        Assert.Empty(renamed.ErrorIds);
        Assert.Equal("node-a.lab.example.com", Assert.Single(renamed.OutputOf<AssistedHost>()).HostName);
        var (method, path, body) = Assert.Single(Bodies());
        Assert.Equal(("PATCH", $"/api/assisted-install/v2/infra-envs/{host.InfraEnvId}/hosts/{host.Id}"), (method, path));
        Assert.Equal("node-a.lab.example.com", Assert.Single(body.EnumerateObject()).Value.GetString());
        Assert.Equal("ready", Cluster("lab-ready").Status);

        // Two control-plane hosts are not enough for three control-plane nodes.
        var worker = Run("$h | Set-AssistedHost -HostRole worker", Vars(("h", host)));
        Assert.Empty(worker.ErrorIds);
        Assert.Empty(worker.Output);
        var roleBody = Bodies().Last().Body;
        Assert.Equal("host_role", Assert.Single(roleBody.EnumerateObject()).Name);
        Assert.Equal("worker", roleBody.GetProperty("host_role").GetString());
        var after = Cluster("lab-ready");
        Assert.Equal("insufficient", after.Status);
        Assert.Contains(after.FailedValidations, v => v.Id == "sufficient-masters-count");
        Assert.Equal("worker", Run("Get-AssistedHost -InfraEnvId $e -HostId $h", Vars(("e", host.InfraEnvId), ("h", host.Id))).OutputOf<AssistedHost>().Single().Role);

        // Back to a master: ready again, and it can be installed.
        Run("$h | Set-AssistedHost -HostRole master", Vars(("h", host)));
        Assert.Equal("ready", Cluster("lab-ready").Status);
    }

    [Fact]
    public void Set_with_nothing_to_change_or_a_bad_name_sends_nothing_useful_and_says_so()
    {
        Connect();
        var host = Run("Get-AssistedCluster -Name lab-ready | Get-AssistedHost").OutputOf<AssistedHost>().First();
        var nothing = Run("$h | Set-AssistedHost", Vars(("h", host)));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(nothing.ErrorIds));
        Assert.DoesNotContain(AssistedRequests(), r => r.StartsWith("PATCH", StringComparison.Ordinal));

        var badRole = Run("$h | Set-AssistedHost -HostRole bootstrap", Vars(("h", host)));
        Assert.Equal("ParameterArgumentValidationError,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(badRole.ErrorIds));

        var badName = Run("$h | Set-AssistedHost -HostName Not_A_Hostname", Vars(("h", host)));
        var error = Assert.Single(badName.Errors);
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.SetAssistedHostCommand", error.FullyQualifiedErrorId);
        Assert.Equal(host.Id, error.TargetObject);
        Assert.Contains("Hostname Not_A_Hostname is invalid", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_on_an_installed_host_is_HostStateConflict_naming_its_state()
    {
        Connect();
        var host = Run("Get-AssistedCluster -Name prod-east | Get-AssistedHost").OutputOf<AssistedHost>().First();
        Assert.Equal("installed", host.Status);
        var result = Run("$h | Set-AssistedHost -HostRole worker", Vars(("h", host)));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedHostStateConflict,RedHatApi.Commands.Assisted.SetAssistedHostCommand", error.FullyQualifiedErrorId);
        Assert.Equal(host.Id, error.TargetObject);
        Assert.Contains("the host is in state 'installed'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("master", Run("Get-AssistedHost -InfraEnvId $e -HostId $h", Vars(("e", host.InfraEnvId), ("h", host.Id))).OutputOf<AssistedHost>().Single().Role);
    }

    [Fact]
    public void Set_and_Remove_WhatIf_show_the_request_and_send_nothing()
    {
        Connect();
        var host = Run("Get-AssistedCluster -Name lab-ready | Get-AssistedHost").OutputOf<AssistedHost>().First();
        Sandbox.ClearRequests();
        var result = Run("$h | Set-AssistedHost -HostRole worker -WhatIf; $h | Remove-AssistedHost -WhatIf", Vars(("h", host)));
        Assert.Empty(result.ErrorIds);
        var url = $"{Sandbox.BaseUri}api/assisted-install/v2/infra-envs/{host.InfraEnvId}/hosts/{host.Id}";
        Assert.Contains(result.WhatIf, l => l.Contains("PATCH " + url, StringComparison.Ordinal));
        Assert.Contains(result.WhatIf, l => l.Contains("DELETE " + url, StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());
        Assert.Empty(Bodies());
    }

    [Fact]
    public void Remove_deregisters_piped_hosts_goes_on_after_an_unknown_one_and_the_cluster_follows()
    {
        Connect();
        var hosts = Run("Get-AssistedCluster -Name edge-sno | Get-AssistedHost").OutputOf<AssistedHost>();
        var host = Assert.Single(hosts);
        var unknown = Guid.NewGuid();
        var result = Run("Remove-AssistedHost -InfraEnvId $e -HostId $ids -Confirm:$false", Vars(("e", host.InfraEnvId), ("ids", new[] { unknown, host.Id })));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedHostNotFound,RedHatApi.Commands.Assisted.RemoveAssistedHostCommand", error.FullyQualifiedErrorId);
        Assert.Equal(unknown, error.TargetObject);
        Assert.Contains($"DELETE /api/assisted-install/v2/infra-envs/{host.InfraEnvId}/hosts/{host.Id}", AssistedRequests());
        Assert.Empty(Run("Get-AssistedCluster -Name edge-sno | Get-AssistedHost").OutputOf<AssistedHost>());

        // Without its only host, single-node OpenShift cannot install.
        var cluster = Cluster("edge-sno");
        Assert.Equal("insufficient", cluster.Status);
        Assert.Equal(0, cluster.HostCount);
    }

    [Fact]
    public void Remove_while_the_cluster_installs_is_refused_with_the_service_s_reason()
    {
        Install(600_000);
        Connect();
        var host = Run("Get-AssistedCluster -Name edge-sno | Start-AssistedClusterInstallation -PassThru | Get-AssistedHost").OutputOf<AssistedHost>().Single();
        Assert.Equal("preparing-for-installation", host.Status);
        var result = Run("$h | Remove-AssistedHost -Confirm:$false", Vars(("h", host)));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.RemoveAssistedHostCommand", error.FullyQualifiedErrorId);
        Assert.Contains("preparing-for-installation state", error.Exception.Message, StringComparison.Ordinal);
        Assert.Single(Run("Get-AssistedCluster -Name edge-sno | Get-AssistedHost").OutputOf<AssistedHost>());
    }

    [Fact]
    public void An_installation_carries_its_hosts_to_installed()
    {
        Install(100);
        Connect();
        var result = Run("Get-AssistedCluster -Name edge-sno | Start-AssistedClusterInstallation -PassThru | Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 30 | Get-AssistedHost");
        Assert.Empty(result.ErrorIds);
        var host = Assert.Single(result.OutputOf<AssistedHost>());
        Assert.Equal("installed", host.Status);
        Assert.Equal("Done", host.InstallStage);
        Assert.Equal(100, host.InstallPercent);
    }
}
