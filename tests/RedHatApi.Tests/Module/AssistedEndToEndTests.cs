using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// A whole installation in the sandbox with cmdlets only, as an administrator would script it: cluster, infra-env,
/// discovery ISO, hosts registering by booting it, roles and installation disk, a custom manifest, an operator,
/// install, wait, kubeconfig.
/// </summary>
public sealed class AssistedEndToEndTests : AssistedModuleTest, IDisposable
{
    private const string ChronyManifest = """
        apiVersion: machineconfiguration.openshift.io/v1
        kind: MachineConfig
        metadata:
          name: 50-masters-chrony
          labels:
            machineconfiguration.openshift.io/role: master
        spec:
          config:
            ignition:
              version: 3.2.0
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-e2e-");

    public AssistedEndToEndTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    [Fact]
    public void A_cluster_installs_from_nothing_to_a_kubeconfig_with_cmdlets_only()
    {
        Install(100);
        Connect();
        var result = Run(
            """
            $cluster = New-AssistedCluster -Name e2e-lab -OpenShiftVersion 4.16 -BaseDnsDomain example.com -PullSecretPath $ps -ControlPlaneCount 3
            $infraEnv = $cluster | New-AssistedInfraEnv -Name e2e-lab-iso -PullSecretPath $ps
            $iso = $infraEnv | Save-AssistedDiscoveryIso -Path $dir

            # The hosts boot the ISO, register and report their inventory.
            for ($i = 0; $i -lt 200 -and @(Get-AssistedHost -ClusterId $cluster.Id -Status known).Count -lt 3) { [System.Threading.Thread]::Sleep(50) }
            $hosts = @(Get-AssistedHost -ClusterId $cluster.Id)

            $hosts | Set-AssistedHost -HostRole master -InstallationDisk vda
            Add-AssistedManifest -ClusterId $cluster.Id -Folder openshift -FileName 50-masters-chrony.yaml -Content $manifest | Out-Null
            Enable-AssistedOperator -ClusterId $cluster.Id -Name lvm | Out-Null

            $installed = $cluster | Wait-AssistedCluster -Status ready -PollIntervalSec 0.1 -TimeoutSec 60 |
                Start-AssistedClusterInstallation -PassThru |
                Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 120
            $kubeconfig = $cluster | Save-AssistedClusterKubeconfig -Path $dir

            [pscustomobject]@{
                Iso        = $iso
                Hosts      = $hosts
                Installed  = $installed
                Kubeconfig = $kubeconfig
                Final      = @(Get-AssistedHost -ClusterId $cluster.Id)
                Manifests  = @(Get-AssistedManifest -ClusterId $cluster.Id)
                Operators  = @(Get-AssistedClusterOperator -ClusterId $cluster.Id -Type olm)
            }
            """,
            Vars(("ps", PullSecretPath), ("dir", _dir.FullName), ("manifest", ChronyManifest)));
        Assert.True(result.ErrorIds.Count == 0, string.Join(Environment.NewLine, result.AllErrors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception.Message)));
        var run = Assert.Single(result.Output).Properties;

        // The image was fetched whole, and booting it registered the three hosts.
        var iso = Base<FileInfo>(run["Iso"].Value);
        Assert.True(iso.Length > 0);
        var hosts = All<AssistedHost>(run["Hosts"].Value);
        Assert.Equal(3, hosts.Count);

        // The cluster installed with the roles, disk, manifest and operator the script set.
        var installed = Base<AssistedCluster>(run["Installed"].Value);
        Assert.Equal(("installed", 100), (installed.Status, installed.ProgressPercent));
        var final = All<AssistedHost>(run["Final"].Value);
        Assert.All(final, h => Assert.Equal(("master", "installed", "/dev/vda"), (h.Role, h.Status, h.InstallationDiskPath)));
        var manifest = Assert.Single(All<AssistedManifest>(run["Manifests"].Value));
        Assert.Equal("50-masters-chrony.yaml", manifest.FileName);
        var operators = All<AssistedClusterOperator>(run["Operators"].Value).Select(o => o.Name).ToList();
        Assert.Contains("lvm", operators);

        var kubeconfig = Base<FileInfo>(run["Kubeconfig"].Value);
        Assert.Contains("clusters:", File.ReadAllText(kubeconfig.FullName), StringComparison.Ordinal);

        // Each step reached the service in the order of the script.
        var calls = AssistedRequests();
        int At(string fragment) => calls.ToList().FindIndex(c => c.Contains(fragment, StringComparison.Ordinal));
        var order = new[]
        {
            At("POST /api/assisted-install/v2/clusters"), At("POST /api/assisted-install/v2/infra-envs"), At("/downloads/image-url"),
            At("PATCH /api/assisted-install/v2/infra-envs/"), At("/manifests"), At("PATCH /api/assisted-install/v2/clusters/"),
            At("/actions/install"), At("/downloads/credentials?file_name=kubeconfig"),
        };
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.OrderBy(i => i), order);
    }

    private static T Base<T>(object? value) => (T)(value is PSObject wrapped ? wrapped.BaseObject : value)!;

    private static List<T> All<T>(object? value) =>
        ((IEnumerable)(value is PSObject wrapped ? wrapped.BaseObject : value)!).Cast<object>().Select(Base<T>).ToList();
}
