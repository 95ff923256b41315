using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Set-AssistedInfraEnv, the infra-env files and their links, the signing key, -Name, and late binding of hosts.</summary>
public sealed class AssistedInfraEnvChangeTests : AssistedModuleTest, IDisposable
{
    private const string SshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOcIfSanDboxKeyForTests lab@example.com";
    private const string NetworkYaml = "interfaces:\n- name: eth0\n  type: ethernet\n  state: up\n  ipv4:\n    enabled: true\n    address:\n    - ip: 192.0.2.10\n      prefix-length: 24\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-env-");

    public AssistedInfraEnvChangeTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    private AssistedInfraEnv InfraEnv(string cluster) =>
        Run("Get-AssistedInfraEnv -ClusterId $id", Vars(("id", Cluster(cluster).Id))).OutputOf<AssistedInfraEnv>().Single();

    [Fact]
    public void Set_sends_exactly_the_given_fields_and_the_answer_masks_the_proxy_password()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        var result = Run(
            "$e | Set-AssistedInfraEnv -SshAuthorizedKey $key -HttpProxy 'http://proxyuser:Pr0xyPa55@proxy.example.com:3128' -NoProxy '.example.com' " +
            "-NtpSource ntp1.example.com,ntp2.example.com -StaticNetworkConfig @{ NetworkYaml = $yaml; MacInterfaceMap = @{ '52:54:00:aa:bb:01' = 'eth0' } } " +
            "-KernelArgument 'rd.net.timeout.carrier=60' -IgnitionConfigOverride '{\"ignition\":{\"version\":\"3.1.0\"}}' -PassThru",
            Vars(("e", env), ("key", SshKey), ("yaml", NetworkYaml)));
        NoErrors(result);
        var updated = Assert.Single(result.OutputOf<AssistedInfraEnv>());
        Assert.Equal(SshKey, updated.SshAuthorizedKey);
        Assert.Equal("http://proxyuser:****@proxy.example.com:3128", updated.HttpProxy);
        Assert.Equal(".example.com", updated.NoProxy);
        Assert.Equal(new[] { "ntp1.example.com", "ntp2.example.com" }, updated.NtpSources);
        Assert.True(updated.HasStaticNetworkConfig);
        Assert.Equal(new[] { "append rd.net.timeout.carrier=60" }, updated.KernelArguments);
        Assert.True(updated.HasIgnitionConfigOverride);
        Assert.DoesNotContain(result.AllText(), t => t.Contains("Pr0xyPa55", StringComparison.Ordinal));

        var (method, path, body) = Assert.Single(Bodies());
        Assert.Equal(("PATCH", "/api/assisted-install/v2/infra-envs/" + env.Id), (method, path));
        Assert.Equal(
            new[] { "ignition_config_override", "kernel_arguments", "ntp_sources", "proxy", "ssh_authorized_key", "static_network_config" },
            body.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(new[] { "http_proxy", "no_proxy" }, body.GetProperty("proxy").EnumerateObject().Select(p => p.Name));
        Assert.Equal("ntp1.example.com,ntp2.example.com", body.GetProperty("ntp_sources").GetString());
        var network = Assert.Single(body.GetProperty("static_network_config").EnumerateArray());
        Assert.Equal(NetworkYaml, network.GetProperty("network_yaml").GetString());
        var map = Assert.Single(network.GetProperty("mac_interface_map").EnumerateArray());
        Assert.Equal(("52:54:00:aa:bb:01", "eth0"), (map.GetProperty("mac_address").GetString(), map.GetProperty("logical_nic_name").GetString()));

        // An empty list clears: the kernel arguments go, the rest stays.
        var cleared = Run("$e | Set-AssistedInfraEnv -KernelArgument @() -PassThru", Vars(("e", env))).OutputOf<AssistedInfraEnv>().Single();
        Assert.Empty(cleared.KernelArguments);
        Assert.Equal(SshKey, cleared.SshAuthorizedKey);
        Assert.Equal(0, Bodies().Last().Body.GetProperty("kernel_arguments").GetArrayLength());
    }

    [Fact]
    public void Set_WhatIf_shows_the_PATCH_and_bad_input_is_refused_before_anything_is_sent()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        Sandbox.ClearRequests();
        var whatIf = Run("$e | Set-AssistedInfraEnv -ImageType minimal-iso -SshAuthorizedKey '' -WhatIf; $e | Reset-AssistedInfraEnvSigningKey -WhatIf", Vars(("e", env)));
        NoErrors(whatIf);
        Assert.Contains(whatIf.WhatIf, l => l.Contains("PATCH " + Sandbox.BaseUri + "api/assisted-install/v2/infra-envs/" + env.Id, StringComparison.Ordinal) && l.Contains("image_type, ssh_authorized_key", StringComparison.Ordinal));
        Assert.Contains(whatIf.WhatIf, l => l.Contains("POST " + Sandbox.BaseUri + "api/assisted-install/v2/infra-envs/" + env.Id + "/regenerate-signing-key", StringComparison.Ordinal));

        foreach (var bad in new[] { "", "-StaticNetworkConfig @{ NetworkYaml = 'x' }", "-IgnitionConfigOverride '[1]'" })
        {
            var refused = Run("$e | Set-AssistedInfraEnv " + bad, Vars(("e", env)));
            Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedInfraEnvCommand", Assert.Single(refused.ErrorIds));
        }

        Assert.Empty(AssistedRequests());

        var unknown = Run("Set-AssistedInfraEnv -InfraEnvId $id -NoProxy '*'", Vars(("id", Guid.NewGuid())));
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.SetAssistedInfraEnvCommand", Assert.Single(unknown.ErrorIds));
        var noVersion = Run("$e | Set-AssistedInfraEnv -IgnitionConfigOverride '{}'", Vars(("e", env)));
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.SetAssistedInfraEnvCommand", Assert.Single(noVersion.ErrorIds));
    }

    [Fact]
    public void Files_are_saved_private_and_a_file_the_infra_env_lacks_is_FileNotAvailable()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        Run("$e | Set-AssistedInfraEnv -SshAuthorizedKey $key -KernelArgument quiet -ImageType full-iso", Vars(("e", env), ("key", SshKey)));
        var saved = Run(
            "$e | Save-AssistedInfraEnvFile -FileName discovery.ign -Path $dir; $e | Save-AssistedInfraEnvFile -FileName ipxe-script -Path ([IO.Path]::Combine($dir, 'boot.ipxe')) -IpxeScriptType boot-order-control -MacAddress 52:54:00:aa:bb:01",
            Vars(("e", env), ("dir", _dir.FullName)));
        NoErrors(saved);
        var files = saved.OutputOf<FileInfo>();
        Assert.Equal(new[] { env.Id + "-discovery.ign", "boot.ipxe" }, files.Select(f => f.Name));
        Assert.Contains(SshKey, File.ReadAllText(files[0].FullName), StringComparison.Ordinal);
        var script = File.ReadAllText(files[1].FullName);
        Assert.StartsWith("#!ipxe", script, StringComparison.Ordinal);
        Assert.Contains(" quiet", script, StringComparison.Ordinal);
        Assert.Contains($"GET /api/assisted-install/v2/infra-envs/{env.Id}/downloads/files?file_name=ipxe-script&mac=52%3A54%3A00%3Aaa%3Abb%3A01&ipxe_script_type=boot-order-control", AssistedRequests());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(files[0].FullName));
        }

        var exists = Run("$e | Save-AssistedInfraEnvFile -FileName discovery.ign -Path $dir", Vars(("e", env), ("dir", _dir.FullName)));
        Assert.Equal("AssistedFileExists,RedHatApi.Commands.Assisted.SaveAssistedInfraEnvFileCommand", Assert.Single(exists.ErrorIds));

        // No static network configuration yet, and a full ISO has no minimal initrd.
        foreach (var file in new[] { "static-network-config", "minimal-initrd" })
        {
            var lacking = Run("$e | Save-AssistedInfraEnvFile -FileName " + file + " -Path $dir", Vars(("e", env), ("dir", _dir.FullName)));
            Assert.Equal("AssistedInfraEnvFileNotAvailable,RedHatApi.Commands.Assisted.SaveAssistedInfraEnvFileCommand", Assert.Single(lacking.ErrorIds));
        }

        var after = Run(
            "$e | Set-AssistedInfraEnv -ImageType minimal-iso -StaticNetworkConfig @{ NetworkYaml = $yaml; MacInterfaceMap = @{ '52:54:00:aa:bb:01' = 'eth0' } }; " +
            "$e | Save-AssistedInfraEnvFile -FileName static-network-config -Path $dir; $e | Save-AssistedInfraEnvFile -FileName minimal-initrd -Path $dir -WhatIf; $e | Save-AssistedInfraEnvFile -FileName minimal-initrd -Path $dir",
            Vars(("e", env), ("dir", _dir.FullName), ("yaml", NetworkYaml)));
        NoErrors(after);
        var (network, initrd) = (after.OutputOf<FileInfo>()[0], after.OutputOf<FileInfo>()[1]);
        Assert.Contains("192.0.2.10", File.ReadAllText(network.FullName), StringComparison.Ordinal);
        Assert.Equal(8192, initrd.Length);
        Assert.Contains(after.WhatIf, l => l.Contains("GET " + Sandbox.BaseUri + "api/assisted-install/v2/infra-envs/" + env.Id + "/downloads/minimal-initrd", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_file_link_works_without_a_token_until_the_signing_key_is_regenerated()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        var result = Run("$e | Get-AssistedInfraEnvFileUrl; $e | Get-AssistedDiscoveryIsoUrl", Vars(("e", env)));
        NoErrors(result);
        var link = Assert.Single(result.OutputOf<AssistedInfraEnvFileUrl>());
        var iso = Assert.Single(result.OutputOf<AssistedDiscoveryIsoUrl>());
        Assert.Equal("ipxe-script", link.FileName);
        Assert.True(link.ExpiresAt > DateTimeOffset.UtcNow);
        var token = link.Url.Query.Split('&').Single(p => p.StartsWith("image_token=", StringComparison.Ordinal))["image_token=".Length..];
        Assert.DoesNotContain(token, link.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, link.RedactedUrl, StringComparison.Ordinal);

        using var http = new HttpClient();
        Assert.StartsWith("#!ipxe", await http.GetStringAsync(link.Url), StringComparison.Ordinal);

        var regenerated = Run("$e | Reset-AssistedInfraEnvSigningKey -Confirm:$false", Vars(("e", env)));
        NoErrors(regenerated);
        Assert.Contains($"POST /api/assisted-install/v2/infra-envs/{env.Id}/regenerate-signing-key", AssistedRequests());
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(link.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(iso.Url, HttpCompletionOption.ResponseHeadersRead)).StatusCode);

        var fresh = Run("$e | Get-AssistedInfraEnvFileUrl -FileName discovery.ign", Vars(("e", env))).OutputOf<AssistedInfraEnvFileUrl>().Single();
        Assert.Contains(SshKeyOrEmpty(env), await http.GetStringAsync(fresh.Url), StringComparison.Ordinal);

        var missing = Run("Reset-AssistedInfraEnvSigningKey -InfraEnvId $id -Confirm:$false; Get-AssistedInfraEnvFileUrl -InfraEnvId $id", Vars(("id", Guid.NewGuid())));
        Assert.Equal(
            new[] { "AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.ResetAssistedInfraEnvSigningKeyCommand", "AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.GetAssistedInfraEnvFileUrlCommand" },
            missing.ErrorIds);
    }

    [Fact]
    public void Name_finds_infra_envs_by_name_or_pattern_and_a_missing_literal_name_is_an_error()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        var exact = Run("Get-AssistedInfraEnv -Name $n", Vars(("n", env.Name)));
        NoErrors(exact);
        Assert.Equal(env.Id, Assert.Single(exact.OutputOf<AssistedInfraEnv>()).Id);

        var pattern = Run("Get-AssistedInfraEnv 'LAB-*'").OutputOf<AssistedInfraEnv>();
        Assert.Contains(pattern, e => e.Id == env.Id);
        Assert.All(pattern, e => Assert.StartsWith("lab-", e.Name, StringComparison.OrdinalIgnoreCase));

        var missing = Run("Get-AssistedInfraEnv -Name no-such-env, 'none-*'");
        var error = Assert.Single(missing.Errors);
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.GetAssistedInfraEnvCommand", error.FullyQualifiedErrorId);
        Assert.Equal("no-such-env", error.TargetObject);
    }

    [Fact]
    public void Late_binding_hosts_bind_to_a_cluster_and_unbind_back_to_their_infra_env()
    {
        Install(100);
        Connect();
        var cluster = Run("New-AssistedCluster -Name lab-late -OpenShiftVersion 4.16 -PullSecretPath $p -ControlPlaneCount 1", Vars(("p", PullSecretPath))).OutputOf<AssistedCluster>().Single();
        var env = Run("New-AssistedInfraEnv -Name late-pool -PullSecretPath $p", Vars(("p", PullSecretPath))).OutputOf<AssistedInfraEnv>().Single();
        Assert.Null(env.ClusterId);
        var hostId = Guid.NewGuid();
        var registered = Run(
            "Connect-RedHatApi -Sandbox $sandbox -PullSecretPath $ps | Out-Null; Register-AssistedHost -InfraEnvId $e -HostId $h | Out-Null; " +
            "for ($i = 0; $i -lt 200 -and -not (Get-AssistedHost -InfraEnvId $e -Status known-unbound)) { [System.Threading.Thread]::Sleep(50) }; Get-AssistedHost -InfraEnvId $e",
            Vars(("ps", SeededPullSecret()), ("e", env.Id), ("h", hostId)));
        NoErrors(registered);
        var host = Assert.Single(registered.OutputOf<AssistedHost>());
        Assert.Equal(("known-unbound", (Guid?)null), (host.Status, host.ClusterId));

        // Unbound, it has no ignition yet; unbinding it again is a conflict.
        var noIgnition = Run("$h | Get-AssistedHostIgnition; $h | Remove-AssistedClusterHost -Confirm:$false", Vars(("h", host)));
        Assert.Equal(
            new[] { "AssistedHostStateConflict,RedHatApi.Commands.Assisted.GetAssistedHostIgnitionCommand", "AssistedHostStateConflict,RedHatApi.Commands.Assisted.RemoveAssistedClusterHostCommand" },
            noIgnition.ErrorIds);
        Assert.Contains("known-unbound", noIgnition.Errors[0].Exception.Message, StringComparison.Ordinal);

        var bound = Run("$h | Add-AssistedClusterHost -ClusterId $c -PassThru", Vars(("h", host), ("c", cluster.Id)));
        NoErrors(bound);
        Assert.Equal(("binding", (Guid?)cluster.Id), (bound.OutputOf<AssistedHost>().Single().Status, bound.OutputOf<AssistedHost>().Single().ClusterId));
        Assert.Equal(cluster.Id.ToString(), Bodies().Last().Body.GetProperty("cluster_id").GetString());
        var twice = Run("$h | Add-AssistedClusterHost -ClusterId $c", Vars(("h", host), ("c", cluster.Id)));
        Assert.Equal("AssistedHostStateConflict,RedHatApi.Commands.Assisted.AddAssistedClusterHostCommand", Assert.Single(twice.ErrorIds));

        // One stage later the host is known in the cluster, which has the one control-plane node it needs.
        var ready = Run(
            "for ($i = 0; $i -lt 200 -and (Get-AssistedCluster -ClusterId $c).Status -ne 'ready') { [System.Threading.Thread]::Sleep(50) }; Get-AssistedHost -ClusterId $c; Get-AssistedCluster -ClusterId $c",
            Vars(("c", cluster.Id)));
        Assert.Equal("known", Assert.Single(ready.OutputOf<AssistedHost>()).Status);
        Assert.Equal("ready", ready.OutputOf<AssistedCluster>().Single().Status);

        var unbound = Run("$h | Remove-AssistedClusterHost -Confirm:$false -PassThru; Get-AssistedHost -ClusterId $c", Vars(("h", host), ("c", cluster.Id)));
        NoErrors(unbound);
        var back = Assert.Single(unbound.OutputOf<AssistedHost>());
        Assert.Equal(("unbinding", (Guid?)null), (back.Status, back.ClusterId));
        Assert.Contains($"POST /api/assisted-install/v2/infra-envs/{env.Id}/hosts/{hostId}/actions/unbind", AssistedRequests());
        Assert.Equal("insufficient", Run("Get-AssistedCluster -ClusterId $c", Vars(("c", cluster.Id))).OutputOf<AssistedCluster>().Single().Status);

        // A host of an infra-env bound to a cluster cannot be unbound, and an unknown cluster cannot be joined.
        var seeded = Run("Get-AssistedCluster -Name lab-ready | Get-AssistedHost").OutputOf<AssistedHost>().First();
        var refused = Run("$s | Remove-AssistedClusterHost -Confirm:$false; $h | Add-AssistedClusterHost -ClusterId $x", Vars(("s", seeded), ("h", host), ("x", Guid.NewGuid())));
        Assert.Equal(
            new[] { "AssistedRequestInvalid,RedHatApi.Commands.Assisted.RemoveAssistedClusterHostCommand", "AssistedRequestInvalid,RedHatApi.Commands.Assisted.AddAssistedClusterHostCommand" },
            refused.ErrorIds);
    }

    private static string SshKeyOrEmpty(AssistedInfraEnv env) => env.SshAuthorizedKey ?? "\"core\"";

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
