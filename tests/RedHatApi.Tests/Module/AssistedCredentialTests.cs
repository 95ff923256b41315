using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedCredentialTests : AssistedModuleTest, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-kubeconfig-");

    public AssistedCredentialTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    /// <summary>A credential file as the API serves it, read with the session's own token.</summary>
    private string RawFile(Guid clusterId, string fileName)
    {
        var token = Run("Get-RedHatApiToken -Api Assisted -AsPlainText").Output.Single().BaseObject.ToString();
        using var http = new HttpClient { BaseAddress = new Uri(Sandbox.BaseUri, "api/assisted-install/v2/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"clusters/{clusterId}/downloads/credentials?file_name={fileName}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = http.Send(request);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public void An_installed_cluster_gives_kubeadmin_as_a_PSCredential_and_the_password_is_in_no_stream()
    {
        Connect();
        var cluster = Cluster("prod-east");
        var result = Run("Get-AssistedCluster -Name prod-east | Get-AssistedClusterCredential -Verbose -Debug; " +
            "$c = Get-AssistedClusterCredential -ClusterId $id; $c.ToString(); $c.Credential.GetNetworkCredential().Password.Length",
            Vars(("id", cluster.Id)));
        Assert.Empty(result.ErrorIds);
        var credential = result.OutputOf<AssistedClusterCredential>().First();
        Assert.Equal(cluster.Id, credential.ClusterId);
        Assert.Equal("kubeadmin", credential.UserName);
        Assert.Equal(new Uri("https://console-openshift-console.apps.prod-east.example.com/"), credential.ConsoleUrl);
        Assert.Equal(23, result.OutputOf<int>().Single());

        var password = credential.Credential.GetNetworkCredential().Password;
        Assert.Matches("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$", password);
        Assert.Equal(password, RawFile(cluster.Id, "kubeadmin-password"));
        Assert.DoesNotContain(result.AllText(), t => t.Contains(password, StringComparison.Ordinal));
        Assert.Contains(result.Output.Select(o => o.BaseObject).OfType<string>(), s => s.StartsWith("kubeadmin @ https://console-openshift-console.apps.prod-east", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_installation_made_them_there_are_none_and_the_error_names_the_state()
    {
        Connect();
        var ready = Cluster("lab-ready");
        var unknown = Guid.NewGuid();
        var result = Run("Get-AssistedClusterCredential -ClusterId $ids", Vars(("ids", new[] { ready.Id, unknown })));
        Assert.Empty(result.Output);
        Assert.Equal(
            new[] { "AssistedClusterCredentialsNotAvailable,RedHatApi.Commands.Assisted.GetAssistedClusterCredentialCommand", "AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedClusterCredentialCommand" },
            result.ErrorIds);
        var error = result.Errors[0];
        Assert.Equal(ready.Id, error.TargetObject);
        Assert.Contains("in state 'ready'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Wait-AssistedCluster", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(unknown, result.Errors[1].TargetObject);
    }

    [Fact]
    public void The_kubeconfig_is_saved_as_served_owner_only_and_never_shown()
    {
        Connect();
        var cluster = Cluster("prod-east");
        var result = Run("Get-AssistedCluster -Name prod-east | Save-AssistedClusterKubeconfig -Path $dir -Verbose -Debug", Vars(("dir", _dir.FullName)));
        Assert.Empty(result.ErrorIds);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(Path.Combine(_dir.FullName, "kubeconfig-prod-east"), file.FullName);
        var content = File.ReadAllText(file.FullName);
        Assert.Equal(RawFile(cluster.Id, "kubeconfig"), content);
        Assert.Contains("server: https://api.prod-east.example.com:6443", content, StringComparison.Ordinal);
        Assert.Contains($"GET /api/assisted-install/v2/clusters/{cluster.Id}/downloads/credentials?file_name=kubeconfig", AssistedRequests());
        Assert.Equal(new[] { file.Name }, _dir.GetFiles().Select(f => f.Name));

        // The client key is the secret part: in the file, nowhere else.
        var key = content.Split("client-key-data: ")[1].Split('\n')[0].Trim();
        Assert.True(key.Length > 40);
        Assert.DoesNotContain(result.AllText(), t => t.Contains(key, StringComparison.Ordinal));
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file.FullName));
        }
    }

    [Fact]
    public void Neither_kubeconfig_exists_while_the_cluster_prepares_and_the_error_names_the_file_and_state()
    {
        Install(600_000);
        Connect();
        var cluster = Cluster("lab-ready");
        Run("Start-AssistedClusterInstallation -ClusterId $id", Vars(("id", cluster.Id)));
        var target = Path.Combine(_dir.FullName, "kc");

        // Still preparing: neither file exists yet.
        var early = Run("Save-AssistedClusterKubeconfig -ClusterId $id -Path $t -NoIngress", Vars(("id", cluster.Id), ("t", target)));
        var error = Assert.Single(early.Errors);
        Assert.Equal("AssistedClusterCredentialsNotAvailable,RedHatApi.Commands.Assisted.SaveAssistedClusterKubeconfigCommand", error.FullyQualifiedErrorId);
        Assert.Contains("kubeconfig-noingress", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("in state 'preparing-for-installation'", error.Exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void The_noingress_kubeconfig_differs_an_existing_file_needs_Force_and_WhatIf_sends_nothing()
    {
        Connect();
        var cluster = Cluster("prod-east");
        var target = Path.Combine(_dir.FullName, "kc");
        File.WriteAllText(target, "old");
        var vars = Vars(("id", cluster.Id), ("t", target));

        var refused = Run("Save-AssistedClusterKubeconfig -ClusterId $id -Path $t -NoIngress", vars);
        Assert.Equal("AssistedFileExists,RedHatApi.Commands.Assisted.SaveAssistedClusterKubeconfigCommand", Assert.Single(refused.ErrorIds));
        Assert.Equal("old", File.ReadAllText(target));

        Sandbox.ClearRequests();
        var whatIf = Run("Save-AssistedClusterKubeconfig -ClusterId $id -Path $t -NoIngress -Force -WhatIf", vars);
        Assert.Contains(whatIf.WhatIf, l => l.Contains($"GET {Sandbox.BaseUri}api/assisted-install/v2/clusters/{cluster.Id}/downloads/credentials?file_name=kubeconfig-noingress", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());
        Assert.Equal("old", File.ReadAllText(target));

        var forced = Run("Save-AssistedClusterKubeconfig -ClusterId $id -Path $t -NoIngress -Force", vars);
        Assert.Empty(forced.ErrorIds);
        var noIngress = File.ReadAllText(target);
        Assert.Equal(RawFile(cluster.Id, "kubeconfig-noingress"), noIngress);
        Assert.NotEqual(RawFile(cluster.Id, "kubeconfig"), noIngress);
        Assert.Empty(_dir.GetFiles("*.tmp"));

        var missing = Run("Save-AssistedClusterKubeconfig -ClusterId $id -Path $t", Vars(("id", cluster.Id), ("t", Path.Combine(_dir.FullName, "none", "kc"))));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SaveAssistedClusterKubeconfigCommand", Assert.Single(missing.ErrorIds));
    }

    [Fact]
    public void A_whole_installation_ends_with_credentials_that_work_for_the_cluster()
    {
        Install(100);
        Connect();
        var result = Run("Get-AssistedCluster -Name edge-sno | Start-AssistedClusterInstallation -PassThru | Wait-AssistedCluster -Status installed -PollIntervalSec 0.1 -TimeoutSec 30 | Get-AssistedClusterCredential");
        Assert.Empty(result.ErrorIds);
        var credential = Assert.Single(result.OutputOf<AssistedClusterCredential>());
        Assert.Equal(Cluster("edge-sno").Id, credential.ClusterId);
        Assert.Contains("edge-sno", credential.ConsoleUrl!.Host, StringComparison.Ordinal);
    }
}
