using System;
using System.IO;
using System.Linq;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Set-AssistedHost's disk, pool, installer arguments and ignition; host install, reset and validation reset; day-2 hosts; the host filters.</summary>
public sealed class AssistedHostActionTests : AssistedModuleTest, IDisposable
{
    private const string Ignition = "{\"ignition\":{\"version\":\"3.2.0\"},\"storage\":{\"files\":[{\"path\":\"/etc/motd\",\"contents\":{\"source\":\"data:,lab\"}}]}}";
    private const string VdaId = "/dev/disk/by-path/pci-0000:00:06.0";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-host-");

    public AssistedHostActionTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    private AssistedHost FirstHost(string cluster) =>
        Run("Get-AssistedHost -ClusterId $id", Vars(("id", Cluster(cluster).Id))).OutputOf<AssistedHost>().OrderBy(h => h.HostName).First();

    private string HostPath(AssistedHost host) => $"/api/assisted-install/v2/infra-envs/{host.InfraEnvId}/hosts/{host.Id}";

    [Fact]
    public void Set_sends_disk_and_pool_in_the_host_PATCH_and_installer_arguments_and_ignition_as_their_own()
    {
        Connect();
        var host = FirstHost("lab-ready");
        var result = Run(
            "$h | Set-AssistedHost -InstallationDisk vda -MachineConfigPool infra -InstallerArgument '--append-karg','nameserver=192.0.2.53' -Ignition $ign -PassThru",
            Vars(("h", host), ("ign", Ignition)));
        NoErrors(result);
        var updated = Assert.Single(result.OutputOf<AssistedHost>());
        Assert.Equal((VdaId, "/dev/vda", "infra"), (updated.InstallationDiskId, updated.InstallationDiskPath, updated.MachineConfigPoolName));
        Assert.Equal(new[] { "--append-karg", "nameserver=192.0.2.53" }, updated.InstallerArgs);

        var bodies = Bodies();
        Assert.Equal(
            new[] { ("PATCH", HostPath(host)), ("PATCH", HostPath(host) + "/installer-args"), ("PATCH", HostPath(host) + "/ignition") },
            bodies.Select(b => (b.Method, b.Path)));
        var patch = bodies[0].Body;
        Assert.Equal(new[] { "disks_selected_config", "machine_config_pool_name" }, patch.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        var disk = Assert.Single(patch.GetProperty("disks_selected_config").EnumerateArray());
        Assert.Equal((VdaId, "install"), (disk.GetProperty("id").GetString(), disk.GetProperty("role").GetString()));
        Assert.Equal(2, bodies[1].Body.GetProperty("args").GetArrayLength());
        Assert.Equal(Ignition, bodies[2].Body.GetProperty("config").GetString());

        // The override reads back, and the host's ignition file carries it merged into the pointer config.
        var read = Run("$h | Get-AssistedHostIgnition; $h | Save-AssistedHostIgnition -Path $dir", Vars(("h", host), ("dir", _dir.FullName)));
        NoErrors(read);
        var ignition = Assert.Single(read.OutputOf<AssistedHostIgnition>());
        Assert.True(ignition.IsSet);
        Assert.Equal(Ignition, ignition.Config);
        var file = Assert.Single(read.OutputOf<FileInfo>());
        Assert.Equal(host.Id + ".ign", file.Name);
        var text = File.ReadAllText(file.FullName);
        Assert.Contains("/etc/motd", text, StringComparison.Ordinal);
        Assert.Contains("config/master", text, StringComparison.Ordinal);
        Assert.Contains($"GET /api/assisted-install/v2/infra-env/{host.InfraEnvId}/hosts/{host.Id}/downloads/ignition", AssistedRequests());
    }

    [Fact]
    public void WhatIf_shows_every_request_and_changes_nothing()
    {
        Connect();
        var host = FirstHost("lab-ready");
        Sandbox.ClearRequests();
        var result = Run(
            "$h | Set-AssistedHost -InstallationDisk $disk -HostRole worker -InstallerArgument @() -Ignition $ign -PassThru -WhatIf; " +
            "$h | Reset-AssistedHostValidation -ValidationId ntp-synced -WhatIf; $h | Start-AssistedHostInstallation -WhatIf; $h | Reset-AssistedHost -WhatIf; " +
            "$h | Add-AssistedClusterHost -ClusterId $h.ClusterId -WhatIf; $h | Remove-AssistedClusterHost -WhatIf; Save-AssistedHostIgnition -InfraEnvId $h.InfraEnvId -HostId $h.Id -Path $dir -WhatIf",
            Vars(("h", host), ("ign", Ignition), ("disk", VdaId), ("dir", _dir.FullName)));
        NoErrors(result);
        Assert.Empty(result.Output);
        var url = Sandbox.BaseUri + "api/assisted-install/v2/infra-envs/" + host.InfraEnvId + "/hosts/" + host.Id;
        foreach (var request in new[]
        {
            "PATCH " + url, "PATCH " + url + "/installer-args", "PATCH " + url + "/ignition", "PATCH " + url + "/actions/reset-validation/ntp-synced",
            "POST " + url + "/actions/install", "POST " + url + "/actions/reset", "POST " + url + "/actions/bind", "POST " + url + "/actions/unbind",
        })
        {
            Assert.Contains(result.WhatIf, l => l.Contains(request + "\"", StringComparison.Ordinal));
        }

        Assert.Contains(result.WhatIf, l => l.Contains("GET " + Sandbox.BaseUri + "api/assisted-install/v2/infra-env/" + host.InfraEnvId + "/hosts/" + host.Id + "/downloads/ignition", StringComparison.Ordinal));

        // A disk id needs no lookup, so nothing at all reached the service.
        Assert.Empty(AssistedRequests());
        Assert.Empty(_dir.GetFiles());
        Assert.Equal("master", FirstHost("lab-ready").Role);
    }

    [Fact]
    public void Each_refusal_has_its_ErrorId_and_sends_no_change()
    {
        Connect();
        var host = FirstHost("lab-ready");
        var noDisk = Run("$h | Set-AssistedHost -InstallationDisk sdz -HostRole worker", Vars(("h", host)));
        var error = Assert.Single(noDisk.Errors);
        Assert.Equal("AssistedHostDiskNotFound,RedHatApi.Commands.Assisted.SetAssistedHostCommand", error.FullyQualifiedErrorId);
        Assert.Equal(host.Id, error.TargetObject);
        Assert.Contains("vda (/dev/vda)", error.Exception.Message, StringComparison.Ordinal);

        // The DVD drive is in the inventory but cannot hold an installation.
        Assert.Equal("AssistedHostDiskNotFound,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(Run("$h | Set-AssistedHost -InstallationDisk sr0", Vars(("h", host))).ErrorIds));

        var notJson = Run("$h | Set-AssistedHost -Ignition 'not json'", Vars(("h", host)));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(notJson.ErrorIds));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(Run("$h | Set-AssistedHost", Vars(("h", host))).ErrorIds));
        Assert.Empty(Bodies());

        // Valid JSON that is no ignition config: the service refuses it.
        var noVersion = Run("$h | Set-AssistedHost -Ignition '{}'", Vars(("h", host)));
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(noVersion.ErrorIds));

        var unknown = Guid.NewGuid();
        var missing = Run("Set-AssistedHost -InfraEnvId $e -HostId $id -InstallerArgument '-n'", Vars(("e", host.InfraEnvId), ("id", unknown)));
        Assert.Equal("AssistedHostNotFound,RedHatApi.Commands.Assisted.SetAssistedHostCommand", Assert.Single(missing.ErrorIds));

        // Installing hosts cannot change: AssistedHostStateConflict names the operation and the state.
        var installed = FirstHost("prod-east");
        var late = Run("$h | Set-AssistedHost -InstallerArgument '-n'", Vars(("h", installed)));
        var conflict = Assert.Single(late.Errors);
        Assert.Equal("AssistedHostStateConflict,RedHatApi.Commands.Assisted.SetAssistedHostCommand", conflict.FullyQualifiedErrorId);
        Assert.Contains("set the installer arguments of host " + installed.Id, conflict.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("'installed'", conflict.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_validation_makes_a_failed_check_pending_and_an_unknown_id_is_refused()
    {
        Connect();
        var host = Run("Get-AssistedHost -InfraEnvId 4f630ba3-0297-4d99-a7c7-f62e7bca1332").OutputOf<AssistedHost>()
            .First(h => h.FailedValidations.Any(v => v.Id == "ntp-synced"));
        var reset = Run("$h | Reset-AssistedHostValidation -ValidationId ntp-synced -PassThru", Vars(("h", host)));
        NoErrors(reset);
        var after = Assert.Single(reset.OutputOf<AssistedHost>());
        Assert.Equal("pending", after.Validations.Single(v => v.Id == "ntp-synced").Status);
        Assert.Contains($"PATCH {HostPath(host)}/actions/reset-validation/ntp-synced", AssistedRequests());

        var unknown = Run("$h | Reset-AssistedHostValidation -ValidationId no-such-check", Vars(("h", host)));
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.ResetAssistedHostValidationCommand", Assert.Single(unknown.ErrorIds));
    }

    [Fact]
    public void A_day_2_host_registers_with_an_installed_cluster_that_accepts_hosts_and_installs_on_its_own()
    {
        Install(100);
        Connect();
        var cluster = Cluster("prod-east");
        var env = Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedInfraEnv>().Single();

        // A ready cluster is no day-2 cluster, and a known host of it cannot install alone.
        var notInstalled = Run("Get-AssistedCluster -Name lab-ready | Enable-AssistedClusterHostAddition");
        Assert.Equal("AssistedClusterStateConflict,RedHatApi.Commands.Assisted.EnableAssistedClusterHostAdditionCommand", Assert.Single(notInstalled.ErrorIds));
        var alone = Run("$h | Start-AssistedHostInstallation", Vars(("h", FirstHost("lab-ready"))));
        var conflict = Assert.Single(alone.Errors);
        Assert.Equal("AssistedHostStateConflict,RedHatApi.Commands.Assisted.StartAssistedHostInstallationCommand", conflict.FullyQualifiedErrorId);
        Assert.Contains("'known'", conflict.Exception.Message, StringComparison.Ordinal);

        var adding = Run("$c | Enable-AssistedClusterHostAddition -PassThru", Vars(("c", cluster)));
        NoErrors(adding);
        Assert.Equal("adding-hosts", Assert.Single(adding.OutputOf<AssistedCluster>()).Status);
        Assert.Contains($"POST /api/assisted-install/v2/clusters/{cluster.Id}/actions/allow-add-hosts", AssistedRequests());

        // The new worker boots the discovery image (the agent registers it), reports in, and installs.
        var hostId = Guid.NewGuid();
        var flow = Run(
            "Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps | Out-Null; Register-AssistedHost -InfraEnvId $e -HostId $h | Out-Null; " +
            "for ($i = 0; $i -lt 200 -and -not (Get-AssistedHost -InfraEnvId $e -HostId $h -Status known)) { [System.Threading.Thread]::Sleep(50) }; " +
            "Start-AssistedHostInstallation -InfraEnvId $e -HostId $h -PassThru; " +
            "for ($i = 0; $i -lt 200 -and -not (Get-AssistedHost -InfraEnvId $e -HostId $h -Status added-to-existing-cluster)) { [System.Threading.Thread]::Sleep(50) }; " +
            "Get-AssistedHost -InfraEnvId $e -HostId $h",
            Vars(("ps", SeededPullSecret()), ("e", env.Id), ("h", hostId)));
        NoErrors(flow);
        var states = flow.OutputOf<AssistedHost>().Select(h => h.Status).ToList();
        Assert.Equal(new[] { "installing-in-progress", "added-to-existing-cluster" }, states);
    }

    [Fact]
    public void A_host_whose_installation_failed_resets_into_discovery_and_a_known_host_cannot()
    {
        Install(50);
        Connect();
        var cluster = Cluster("fail-install-demo");
        var failed = Run(
            "$c | Start-AssistedClusterInstallation; for ($i = 0; $i -lt 200 -and (Get-AssistedCluster -ClusterId $c.Id).Status -ne 'error') { [System.Threading.Thread]::Sleep(50) }; " +
            "$c | Get-AssistedHost -Status error",
            Vars(("c", cluster)));
        NoErrors(failed);
        var host = failed.OutputOf<AssistedHost>().First();

        var reset = Run("$h | Reset-AssistedHost -Confirm:$false -PassThru", Vars(("h", host)));
        NoErrors(reset);
        Assert.Equal("resetting", Assert.Single(reset.OutputOf<AssistedHost>()).Status);
        Assert.Contains($"POST {HostPath(host)}/actions/reset", AssistedRequests());
        var known = Run(
            "for ($i = 0; $i -lt 200 -and -not ($h | Get-AssistedHost -Status known)) { [System.Threading.Thread]::Sleep(50) }; Get-AssistedHost -InfraEnvId $h.InfraEnvId -HostId $h.Id",
            Vars(("h", host))).OutputOf<AssistedHost>().Single();
        Assert.Equal("known", known.Status);

        var again = Run("$h | Reset-AssistedHost -Confirm:$false", Vars(("h", host)));
        Assert.Equal("AssistedHostStateConflict,RedHatApi.Commands.Assisted.ResetAssistedHostCommand", Assert.Single(again.ErrorIds));
    }

    [Fact]
    public void Role_and_Status_filter_hosts_and_Owner_is_sent_as_the_API_filter()
    {
        Connect();
        var cluster = Cluster("dev-insufficient");
        string[] Statuses(string filter) =>
            Run("$c | Get-AssistedHost " + filter, Vars(("c", cluster))).OutputOf<AssistedHost>().Select(h => h.Status).ToArray();
        Assert.Equal(new[] { "insufficient" }, Statuses("-Status insufficient"));
        Assert.Empty(Statuses("-Role worker"));
        Assert.Equal(new[] { "known", "known" }, Statuses("-Role master -Status 'kn*'"));
        Assert.Equal(3, Statuses("-Role master,worker").Length);

        Sandbox.ClearRequests();
        var mine = Run("Get-AssistedCluster -Owner admin").OutputOf<AssistedCluster>();
        var none = Run("Get-AssistedCluster -Owner someone-else").OutputOf<AssistedCluster>();
        Assert.Equal(Clusters().Count, mine.Count);
        Assert.Empty(none);
        Assert.Contains("GET /api/assisted-install/v2/clusters?owner=someone-else", AssistedRequests());
    }

    /// <summary>The seeded account's pull secret in a file: the agent's credential, as a discovery image carries it.</summary>
    private string SeededPullSecret()
    {
        var path = Path.Combine(_dir.FullName, "seeded-pull-secret.json");
        File.WriteAllText(path, Sandbox.Credentials().GetProperty("pullSecret").GetString()!);
        return path;
    }

    /// <summary>Asserts a script wrote no error, showing the errors' messages when it did.</summary>
    private static void NoErrors(ScriptResult result) =>
        Assert.True(result.ErrorIds.Count == 0, string.Join(Environment.NewLine, result.AllErrors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception.Message)));
}
