using System;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Cluster files and logs: pre-signed links, fetched without the API's bearer through the resumable engine.</summary>
public sealed class AssistedClusterFileTests : AssistedModuleTest, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-files-");

    public AssistedClusterFileTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    /// <summary>The sandbox's record of the requests whose path starts with <paramref name="prefix"/>.</summary>
    private System.Collections.Generic.List<JsonElement> RequestsTo(string prefix) =>
        Sandbox.Requests().Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_file_is_fetched_with_the_links_key_alone_and_saved_as_served()
    {
        Connect();
        var cluster = Cluster("prod-east");
        Sandbox.ClearRequests();
        var result = Run("Get-AssistedCluster -Name prod-east | Save-AssistedClusterFile -FileName install-config.yaml -Path $dir; Save-AssistedClusterFile -ClusterId $id -FileName master.ign -Path $dir", Vars(("dir", _dir.FullName), ("id", cluster.Id)));
        Assert.Empty(result.ErrorIds);
        var files = result.OutputOf<FileInfo>();
        Assert.Equal(new[] { "prod-east-install-config.yaml", "prod-east-master.ign" }, files.Select(f => f.Name));
        Assert.Contains("name: \"prod-east\"", File.ReadAllText(files[0].FullName), StringComparison.Ordinal);
        using (var ignition = JsonDocument.Parse(File.ReadAllText(files[1].FullName)))
        {
            Assert.Equal("3.2.0", ignition.RootElement.GetProperty("ignition").GetProperty("version").GetString());
        }

        var path = $"/api/assisted-install/v2/clusters/{cluster.Id}";
        var downloads = RequestsTo(path + "/downloads/files?");
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, r =>
        {
            Assert.False(r.GetProperty("hadBearer").GetBoolean());
            Assert.Equal("url-key", r.GetProperty("tokenClient").GetString());
            Assert.Equal(200, r.GetProperty("status").GetInt32());
        });
        Assert.Equal(2, RequestsTo(path + "/downloads/files-presigned?").Count(r => r.GetProperty("hadBearer").GetBoolean()));
        Assert.Empty(_dir.GetFiles("*.partial"));

        // The key is in no output stream.
        Assert.DoesNotContain(result.AllText(), t => t.Contains("api_key=ey", StringComparison.Ordinal));
    }

    [Fact]
    public void Logs_are_a_tar_of_the_hosts_and_controller_and_one_host_can_be_asked_for()
    {
        Connect();
        var cluster = Cluster("prod-east");
        var hostId = Run("Get-AssistedHost -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedHost>()[0];
        var target = Path.Combine(_dir.FullName, "one.tar");
        var result = Run("Save-AssistedClusterLog -ClusterId $id -Path $dir; Save-AssistedClusterLog -ClusterId $id -LogsType host -HostId $h -Path $t", Vars(("id", cluster.Id), ("dir", _dir.FullName), ("h", hostId.Id), ("t", target)));
        Assert.Empty(result.ErrorIds);
        var files = result.OutputOf<FileInfo>();
        Assert.Equal("prod-east-logs-all.tar", files[0].Name);
        Assert.Equal(target, files[1].FullName);

        static string[] Entries(string file)
        {
            using var reader = new TarReader(File.OpenRead(file));
            return Enumerable.Range(0, 100).Select(_ => reader.GetNextEntry()).TakeWhile(e => e is not null).Select(e => e!.Name).ToArray();
        }

        var all = Entries(files[0].FullName);
        Assert.Contains("controller_logs/assisted-installer-controller.log", all);
        Assert.Equal(4, all.Length);
        Assert.Equal(new[] { hostId.HostName + "/installer.log" }, Entries(target));
        Assert.Contains($"GET /api/assisted-install/v2/clusters/{cluster.Id}/downloads/files-presigned?file_name=logs&logs_type=host&host_id={hostId.Id}", AssistedRequests());
    }

    [Fact]
    public void Before_the_installation_there_is_nothing_the_error_names_the_state_and_no_file_is_left()
    {
        Connect();
        var ready = Cluster("lab-ready");
        var unknown = Guid.NewGuid();
        var result = Run("Save-AssistedClusterFile -ClusterId $ids -FileName worker.ign -Path $dir; Save-AssistedClusterLog -ClusterId $ids[0] -Path $dir", Vars(("ids", new[] { ready.Id, unknown }), ("dir", _dir.FullName)));
        Assert.Equal(
            new[] { "AssistedClusterFileNotAvailable,RedHatApi.Commands.Assisted.SaveAssistedClusterFileCommand", "AssistedClusterNotFound,RedHatApi.Commands.Assisted.SaveAssistedClusterFileCommand", "AssistedClusterFileNotAvailable,RedHatApi.Commands.Assisted.SaveAssistedClusterLogCommand" },
            result.ErrorIds);
        Assert.Contains("worker.ign", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("state 'ready'", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(ready.Id, result.Errors[0].TargetObject);
        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void Files_appear_once_the_installation_starts()
    {
        Install(600_000);
        Connect();
        var cluster = Cluster("lab-ready");
        var result = Run("Start-AssistedClusterInstallation -ClusterId $id; Save-AssistedClusterFile -ClusterId $id -FileName metadata.json -Path $dir; Save-AssistedClusterLog -ClusterId $id -Path $dir", Vars(("id", cluster.Id), ("dir", _dir.FullName)));
        Assert.Equal(new[] { "AssistedClusterFileNotAvailable,RedHatApi.Commands.Assisted.SaveAssistedClusterLogCommand" }, result.ErrorIds);
        Assert.Contains("preparing-for-installation", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        var metadata = JsonDocument.Parse(File.ReadAllText(Assert.Single(result.OutputOf<FileInfo>()).FullName)).RootElement;
        Assert.Equal(cluster.Id.ToString(), metadata.GetProperty("clusterID").GetString());
    }

    [Fact]
    public void An_existing_file_needs_Force_and_WhatIf_sends_nothing()
    {
        Connect();
        var cluster = Cluster("prod-east");
        var target = Path.Combine(_dir.FullName, "meta.json");
        File.WriteAllText(target, "old");
        var vars = Vars(("id", cluster.Id), ("t", target));

        var refused = Run("Save-AssistedClusterFile -ClusterId $id -FileName metadata.json -Path $t", vars);
        Assert.Equal("AssistedFileExists,RedHatApi.Commands.Assisted.SaveAssistedClusterFileCommand", Assert.Single(refused.ErrorIds));
        Assert.Equal("old", File.ReadAllText(target));

        Sandbox.ClearRequests();
        var whatIf = Run("Save-AssistedClusterFile -ClusterId $id -FileName metadata.json -Path $t -Force -WhatIf; Save-AssistedClusterLog -ClusterId $id -Path $t -Force -WhatIf", vars);
        Assert.Contains(whatIf.WhatIf, l => l.Contains($"GET {Sandbox.BaseUri}api/assisted-install/v2/clusters/{cluster.Id}/downloads/files-presigned?file_name=metadata.json", StringComparison.Ordinal));
        Assert.Contains(whatIf.WhatIf, l => l.Contains("files-presigned?file_name=logs&logs_type=all", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());

        var forced = Run("Save-AssistedClusterFile -ClusterId $id -FileName metadata.json -Path $t -Force", vars);
        Assert.Empty(forced.ErrorIds);
        Assert.Contains("prod-east", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_link_masks_its_key_works_without_a_token_and_only_for_its_cluster()
    {
        Connect();
        var cluster = Cluster("prod-east");
        var result = Run("Get-AssistedClusterFileUrl -ClusterId $id -FileName metadata.json; Get-AssistedClusterFileUrl -ClusterId $id -CredentialFileName kubeconfig; Get-AssistedCluster -Name lab-ready | Get-AssistedClusterFileUrl -CredentialFileName kubeconfig", Vars(("id", cluster.Id)));
        Assert.Equal("AssistedClusterCredentialsNotAvailable,RedHatApi.Commands.Assisted.GetAssistedClusterFileUrlCommand", Assert.Single(result.ErrorIds));
        var links = result.OutputOf<AssistedClusterFileUrl>();
        Assert.Equal(new[] { "metadata.json", "kubeconfig" }, links.Select(l => l.FileName));
        Assert.All(links, l =>
        {
            Assert.Contains("api_key=ey", l.Url.Query, StringComparison.Ordinal);
            Assert.DoesNotContain("api_key=ey", l.ToString(), StringComparison.Ordinal);
            Assert.True(l.ExpiresAt > DateTimeOffset.UtcNow);
        });

        using var http = new HttpClient();
        var kubeconfig = await http.GetStringAsync(links[1].Url);
        Assert.Contains("server: https://api.prod-east.example.com:6443", kubeconfig, StringComparison.Ordinal);

        // The key names its cluster: another cluster's path with it is refused.
        var other = new Uri(links[0].Url.AbsoluteUri.Replace(cluster.Id.ToString(), Cluster("lab-ready").Id.ToString(), StringComparison.Ordinal));
        Assert.Equal(401, (int)(await http.GetAsync(other)).StatusCode);
    }
}
