using System;
using System.IO;
using System.Linq;
using System.Text;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedManifestTests : AssistedModuleTest, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-manifests-");

    public AssistedManifestTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    [Fact]
    public void A_file_goes_up_byte_for_byte_under_its_own_name_and_text_under_the_given_one()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var file = Path.Combine(_dir.FullName, "99-chrony.yaml");
        var bytes = Encoding.UTF8.GetBytes("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: chrony\r\n");
        File.WriteAllBytes(file, bytes);

        var result = Run(
            "Get-AssistedCluster -Name lab-ready | Add-AssistedManifest -Path $f -Folder openshift; " +
            "Add-AssistedManifest -ClusterId $id -Content 'kind: Namespace' -FileName 50-ns.yml",
            Vars(("f", file), ("id", cluster.Id)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal(new[] { "openshift/99-chrony.yaml", "manifests/50-ns.yml" }, result.OutputOf<AssistedManifest>().Select(m => m.Path));
        Assert.All(result.OutputOf<AssistedManifest>(), m => Assert.Equal("user", m.Source));

        var posts = Bodies().Where(b => b.Method == "POST" && b.Path.EndsWith("/manifests", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(bytes, Convert.FromBase64String(posts[0].Body.GetProperty("content").GetString()!));
        Assert.Equal("openshift", posts[0].Body.GetProperty("folder").GetString());
        Assert.Equal("kind: Namespace", Encoding.UTF8.GetString(Convert.FromBase64String(posts[1].Body.GetProperty("content").GetString()!)));

        var listed = Run("Get-AssistedManifest -ClusterId $id -IncludeContent -FileName *chrony*", Vars(("id", cluster.Id))).OutputOf<AssistedManifest>();
        Assert.Equal(Encoding.UTF8.GetString(bytes), Assert.Single(listed).Content);
    }

    [Fact]
    public void A_duplicate_or_an_installed_cluster_is_a_per_cluster_conflict_naming_the_state_and_the_pipeline_goes_on()
    {
        Connect();
        var ready = Cluster("lab-ready");
        var installed = Cluster("prod-east");
        var edge = Cluster("edge-sno");
        Run("Add-AssistedManifest -ClusterId $id -Content 'a: 1' -FileName a.yaml", Vars(("id", ready.Id)));

        var result = Run("Add-AssistedManifest -ClusterId $ids -Content 'a: 2' -FileName a.yaml", Vars(("ids", new[] { ready.Id, installed.Id, edge.Id })));
        Assert.Equal(
            new[] { "AssistedManifestConflict,RedHatApi.Commands.Assisted.AddAssistedManifestCommand", "AssistedManifestConflict,RedHatApi.Commands.Assisted.AddAssistedManifestCommand" },
            result.ErrorIds);
        Assert.Equal(ready.Id, result.Errors[0].TargetObject);
        Assert.Contains("already exists", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Set-AssistedManifest", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("state 'installed'", result.Errors[1].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(edge.Id, Assert.Single(result.OutputOf<AssistedManifest>()).ClusterId);
    }

    [Fact]
    public void Set_renames_and_rewrites_Remove_deletes_and_a_missing_manifest_is_ManifestNotFound()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var vars = Vars(("id", cluster.Id));
        Run("Add-AssistedManifest -ClusterId $id -Content 'a: 1' -FileName a.yaml", vars);

        var set = Run("Get-AssistedManifest -ClusterId $id | Set-AssistedManifest -NewFileName b.yaml -NewFolder openshift -Content 'b: 2' -PassThru", vars);
        Assert.Empty(set.ErrorIds);
        Assert.Equal("openshift/b.yaml", Assert.Single(set.OutputOf<AssistedManifest>()).Path);
        var patch = Bodies().Last(b => b.Method == "PATCH");
        Assert.Equal("a.yaml", patch.Body.GetProperty("file_name").GetString());
        Assert.Equal("b.yaml", patch.Body.GetProperty("updated_file_name").GetString());
        Assert.Equal("b: 2", Encoding.UTF8.GetString(Convert.FromBase64String(patch.Body.GetProperty("updated_content").GetString()!)));
        Assert.Equal("b: 2", Run("(Get-AssistedManifest -ClusterId $id -IncludeContent).Content", vars).OutputOf<string>().Single());

        var removed = Run("Get-AssistedManifest -ClusterId $id | Remove-AssistedManifest -Confirm:$false; Remove-AssistedManifest -ClusterId $id -FileName b.yaml -Folder openshift -Confirm:$false", vars);
        var error = Assert.Single(removed.Errors);
        Assert.Equal("AssistedManifestNotFound,RedHatApi.Commands.Assisted.RemoveAssistedManifestCommand", error.FullyQualifiedErrorId);
        Assert.Contains("openshift/b.yaml", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains($"DELETE /api/assisted-install/v2/clusters/{cluster.Id}/manifests?folder=openshift&file_name=b.yaml", AssistedRequests());
        Assert.Empty(Run("Get-AssistedManifest -ClusterId $id", vars).Output);

        var nothing = Run("Set-AssistedManifest -ClusterId $id -FileName b.yaml", vars);
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SetAssistedManifestCommand", Assert.Single(nothing.ErrorIds));
    }

    [Fact]
    public void WhatIf_shows_the_request_and_sends_nothing_and_a_bad_file_name_is_refused_before_sending()
    {
        Connect();
        var cluster = Cluster("lab-ready");
        var text = Path.Combine(_dir.FullName, "notes.txt");
        File.WriteAllText(text, "x");
        Sandbox.ClearRequests();

        var whatIf = Run("Add-AssistedManifest -ClusterId $id -Content 'a: 1' -FileName a.yaml -WhatIf; Remove-AssistedManifest -ClusterId $id -FileName a.yaml -WhatIf", Vars(("id", cluster.Id)));
        Assert.Contains(whatIf.WhatIf, l => l.Contains($"POST {Sandbox.BaseUri}api/assisted-install/v2/clusters/{cluster.Id}/manifests", StringComparison.Ordinal) && l.Contains("(4 bytes)", StringComparison.Ordinal));
        Assert.Contains(whatIf.WhatIf, l => l.Contains("DELETE ", StringComparison.Ordinal) && l.Contains("file_name=a.yaml", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());

        var refused = Run("Add-AssistedManifest -ClusterId $id -Path $f", Vars(("id", cluster.Id), ("f", text)));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.AddAssistedManifestCommand", Assert.Single(refused.ErrorIds));
        Assert.Contains("notes.txt", refused.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(AssistedRequests());

        var bad = Run("try { Add-AssistedManifest -ClusterId $id -Content 'x' -FileName 'dir/a.yaml' } catch { $_.FullyQualifiedErrorId }", Vars(("id", cluster.Id)));
        Assert.Equal("ParameterArgumentValidationError,RedHatApi.Commands.Assisted.AddAssistedManifestCommand", bad.OutputOf<string>().Single());
        Assert.Empty(AssistedRequests());
    }

    [Fact]
    public void An_unknown_cluster_is_ClusterNotFound_when_listing_and_invalid_JSON_is_refused_by_the_service()
    {
        Connect();
        var unknown = Guid.NewGuid();
        var list = Run("Get-AssistedManifest -ClusterId $id", Vars(("id", unknown)));
        Assert.Equal("AssistedClusterNotFound,RedHatApi.Commands.Assisted.GetAssistedManifestCommand", Assert.Single(list.ErrorIds));
        Assert.Equal(unknown, list.Errors[0].TargetObject);

        var json = Run("Add-AssistedManifest -ClusterId $id -Content '{not json' -FileName a.json", Vars(("id", Cluster("lab-ready").Id)));
        var error = Assert.Single(json.Errors);
        Assert.Equal("AssistedRequestInvalid,RedHatApi.Commands.Assisted.AddAssistedManifestCommand", error.FullyQualifiedErrorId);
        Assert.Contains("illegal JSON", error.Exception.Message, StringComparison.Ordinal);
    }
}
