using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class AssistedDownloadTests : AssistedModuleTest, IDisposable
{
    private const string ImagePath = "/api/assisted-images/images/";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assisted-iso-");

    public AssistedDownloadTests(SandboxFixture fixture)
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

    private System.Collections.Generic.List<JsonElement> ImageRequests() =>
        Sandbox.Requests().Where(r => r.GetProperty("pathAndQuery").GetString()!.StartsWith(ImagePath, StringComparison.Ordinal)).ToList();

    /// <summary>The image bytes as the image service serves them, fetched with a fresh link and no bearer.</summary>
    private byte[] Served(Guid infraEnvId)
    {
        var link = Run("Get-AssistedDiscoveryIsoUrl -InfraEnvId $id", Vars(("id", infraEnvId))).OutputOf<AssistedDiscoveryIsoUrl>().Single();
        using var http = new HttpClient();
        return http.GetByteArrayAsync(link.Url).GetAwaiter().GetResult();
    }

    [Fact]
    public void The_ISO_is_fetched_without_the_bearer_from_the_image_host_and_saved_whole()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        Sandbox.ClearRequests();
        var result = Run("Get-AssistedInfraEnv -ClusterId $c | Save-AssistedDiscoveryIso -Path $dir", Vars(("c", env.ClusterId), ("dir", _dir.FullName)));
        Assert.Empty(result.ErrorIds);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(Path.Combine(_dir.FullName, "discovery_image_lab-ready_infra-env.iso"), file.FullName);
        Assert.Equal(new[] { file.Name }, _dir.GetFiles().Select(f => f.Name));
        Assert.Contains(result.Progress, p => p.StatusDescription.Contains("/s", StringComparison.Ordinal));

        var image = Assert.Single(ImageRequests());
        Assert.StartsWith("localhost", image.GetProperty("host").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, image.GetProperty("status").GetInt32());
        Assert.False(image.GetProperty("hadBearer").GetBoolean());
        Assert.Equal(JsonValueKind.Null, image.GetProperty("authScheme").ValueKind);
        Assert.Contains($"GET /api/assisted-install/v2/infra-envs/{env.Id}/downloads/image-url", AssistedRequests());

        // The bytes are the image host's, an ISO 9660 image (CD001 at 32769) of the length it announced.
        var bytes = File.ReadAllBytes(file.FullName);
        Assert.Equal(Served(env.Id), bytes);
        Assert.Equal("CD001", Encoding.ASCII.GetString(bytes, 32769, 5));
    }

    [Fact]
    public void The_image_host_rejects_a_bearer_so_a_leak_could_not_pass_unnoticed()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        var link = Run("Get-AssistedDiscoveryIsoUrl -InfraEnvId $id", Vars(("id", env.Id))).OutputOf<AssistedDiscoveryIsoUrl>().Single();
        var token = Run("Get-RedHatApiToken -Api Assisted -AsPlainText").Output.Single().ToString();
        using var http = new HttpClient();
        using var leak = new HttpRequestMessage(HttpMethod.Get, link.Url);
        leak.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var rejected = http.Send(leak);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);

        // And a link whose token was tampered with is refused.
        using var forged = http.Send(new HttpRequestMessage(HttpMethod.Get, link.Url.AbsoluteUri.Replace("type=minimal-iso", "type=minimal-iso&x=1", StringComparison.Ordinal).Replace("image_token=eyJ", "image_token=eyK", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public void A_cut_download_resumes_with_a_Range_request_and_no_stream_carries_the_link_s_token()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        Sandbox.AddFaultRule(new { pathContains = ImagePath, cutAfterBytes = 300_000 });
        Sandbox.ClearRequests();
        var result = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $dir -Verbose -Debug", Vars(("id", env.Id), ("dir", _dir.FullName)));
        Assert.Empty(result.ErrorIds);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Contains(result.Verbose, v => v.Message.Contains("interrupted at byte 300000", StringComparison.Ordinal));

        var images = ImageRequests();
        Assert.Equal(new[] { 200, 206 }, images.Select(r => r.GetProperty("status").GetInt32()));
        Assert.All(images, r => Assert.False(r.GetProperty("hadBearer").GetBoolean()));

        // Each attempt asked the API for a fresh link, and the request log shows the links with the token masked.
        Assert.Equal(2, AssistedRequests().Count(r => r.EndsWith("/downloads/image-url", StringComparison.Ordinal)));
        Assert.Contains(result.AllText(), t => t.Contains(ImagePath, StringComparison.Ordinal) && t.Contains("image_token=***", StringComparison.Ordinal));
        Assert.All(result.AllText(), t => Assert.DoesNotMatch("image_token=eyJ", t));
        Assert.Equal(Served(env.Id), File.ReadAllBytes(file.FullName));
        Assert.Empty(_dir.GetFiles("*.partial"));
    }

    [Fact]
    public void A_download_that_keeps_failing_is_AssistedDownloadFailed_and_a_rerun_resumes()
    {
        // No retries at all: the first cut ends the command, as a long outage would after its retries.
        Assert.Empty(Run("Connect-RedHatApi -Sandbox $sandbox -MaxRetries 0").ErrorIds);
        var env = InfraEnv("lab-ready");
        Sandbox.AddFaultRule(new { pathContains = ImagePath, cutAfterBytes = 200_000 });
        var failed = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $dir", Vars(("id", env.Id), ("dir", _dir.FullName)));
        var error = Assert.Single(failed.Errors);
        Assert.Equal("AssistedDownloadFailed,RedHatApi.Commands.Assisted.SaveAssistedDiscoveryIsoCommand", error.FullyQualifiedErrorId);
        Assert.Equal(env.Id, error.TargetObject);
        var partial = Assert.Single(_dir.GetFiles("*.partial"));
        Assert.Equal(200_000, partial.Length);

        Sandbox.ClearRequests();
        var rerun = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $dir", Vars(("id", env.Id), ("dir", _dir.FullName)));
        Assert.Empty(rerun.ErrorIds);
        var image = Assert.Single(ImageRequests());
        Assert.Equal(206, image.GetProperty("status").GetInt32());
        Assert.Equal(Served(env.Id), File.ReadAllBytes(Assert.Single(rerun.OutputOf<FileInfo>()).FullName));
    }

    [Fact]
    public void A_file_that_is_not_an_ISO_is_DiscoveryIsoInvalid_and_deleted()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        var target = Path.Combine(_dir.FullName, "corrupt.iso");

        // Something between the client and the image host answers 200 with a page of its own instead of the image.
        Sandbox.AddFaultRule(new { pathContains = ImagePath, status = 200 });
        var result = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $target", Vars(("id", env.Id), ("target", target)));
        var error = Assert.Single(result.Errors);
        Assert.Equal("AssistedDiscoveryIsoInvalid,RedHatApi.Commands.Assisted.SaveAssistedDiscoveryIsoCommand", error.FullyQualifiedErrorId);
        Assert.Contains("ISO 9660", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void ImageType_switches_the_infra_env_first_and_the_full_image_is_larger()
    {
        Connect();
        var env = InfraEnv("edge-sno");
        var minimal = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $p", Vars(("id", env.Id), ("p", Path.Combine(_dir.FullName, "minimal.iso")))).OutputOf<FileInfo>().Single();
        Sandbox.ClearRequests();
        var full = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -ImageType full-iso -Path $p", Vars(("id", env.Id), ("p", Path.Combine(_dir.FullName, "full.iso"))));
        Assert.Empty(full.ErrorIds);
        Assert.Equal(4 * minimal.Length, full.OutputOf<FileInfo>().Single().Length);
        var (method, path, body) = Assert.Single(Bodies());
        Assert.Equal(("PATCH", $"/api/assisted-install/v2/infra-envs/{env.Id}"), (method, path));
        Assert.Equal("full-iso", Assert.Single(body.EnumerateObject()).Value.GetString());
        Assert.Contains("type=full-iso", Assert.Single(ImageRequests()).GetProperty("pathAndQuery").GetString(), StringComparison.Ordinal);
        Assert.Equal("full-iso", Run("Get-AssistedInfraEnv -InfraEnvId $id", Vars(("id", env.Id))).OutputOf<AssistedInfraEnv>().Single().ImageType);
    }

    [Fact]
    public void WhatIf_shows_the_requests_and_sends_and_writes_nothing()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        Sandbox.ClearRequests();
        var result = Run("$e | Save-AssistedDiscoveryIso -ImageType full-iso -Path $dir -WhatIf", Vars(("e", env), ("dir", _dir.FullName)));
        Assert.Empty(result.ErrorIds);
        Assert.Contains(result.WhatIf, l => l.Contains($"PATCH {Sandbox.BaseUri}api/assisted-install/v2/infra-envs/{env.Id}", StringComparison.Ordinal));
        Assert.Contains(result.WhatIf, l => l.Contains($"GET {Sandbox.BaseUri}api/assisted-install/v2/infra-envs/{env.Id}/downloads/image-url", StringComparison.Ordinal));
        Assert.Empty(AssistedRequests());
        Assert.Empty(ImageRequests());
        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void An_existing_file_needs_Force_an_unknown_infra_env_is_per_input_and_a_missing_folder_is_refused()
    {
        Connect();
        var env = InfraEnv("lab-ready");
        var target = Path.Combine(_dir.FullName, "lab.iso");
        File.WriteAllText(target, "old");
        var refused = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $t", Vars(("id", env.Id), ("t", target)));
        Assert.Equal("AssistedFileExists,RedHatApi.Commands.Assisted.SaveAssistedDiscoveryIsoCommand", Assert.Single(refused.ErrorIds));
        Assert.Equal("old", File.ReadAllText(target));

        var unknown = Guid.NewGuid();
        var forced = Run("Save-AssistedDiscoveryIso -InfraEnvId $ids -Path $t -Force", Vars(("ids", new[] { unknown, env.Id }), ("t", target)));
        Assert.Equal("AssistedInfraEnvNotFound,RedHatApi.Commands.Assisted.SaveAssistedDiscoveryIsoCommand", Assert.Single(forced.ErrorIds));
        Assert.Equal(Served(env.Id), File.ReadAllBytes(target));

        Sandbox.ClearRequests();
        var missing = Run("Save-AssistedDiscoveryIso -InfraEnvId $id -Path $t", Vars(("id", env.Id), ("t", Path.Combine(_dir.FullName, "no-such-folder", "x.iso"))));
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Assisted.SaveAssistedDiscoveryIsoCommand", Assert.Single(missing.ErrorIds));
        Assert.Empty(AssistedRequests());
    }

    [Fact]
    public void A_new_cluster_becomes_ready_only_once_hosts_boot_from_its_discovery_image()
    {
        Install(150);
        Connect();
        var cluster = Run("New-AssistedCluster -Name lab-boot -OpenShiftVersion 4.16 -PullSecretPath $path -ControlPlaneCount 3", Vars(("path", PullSecretPath)))
            .OutputOf<AssistedCluster>().Single();
        Assert.Equal("insufficient", cluster.Status);

        // Without hosts it stays insufficient however long it waits.
        var waited = Run("Wait-AssistedCluster -ClusterId $id -Status ready -PollIntervalSec 0.1 -TimeoutSec 1", Vars(("id", cluster.Id)));
        Assert.Equal("AssistedWaitTimeout,RedHatApi.Commands.Assisted.WaitAssistedClusterCommand", Assert.Single(waited.ErrorIds));
        Assert.Empty(Run("Get-AssistedHost -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedHost>());

        var flow = Run(
            "$c | New-AssistedInfraEnv -Name lab-boot-iso -PullSecretPath $path | Save-AssistedDiscoveryIso -Path $dir | Out-Null; " +
            "$c | Get-AssistedHost; $c | Wait-AssistedCluster -Status ready -PollIntervalSec 0.1 -TimeoutSec 30 | Start-AssistedClusterInstallation -PassThru",
            Vars(("c", cluster), ("path", PullSecretPath), ("dir", _dir.FullName)));
        Assert.Empty(flow.ErrorIds);
        var hosts = flow.OutputOf<AssistedHost>();
        Assert.Equal(3, hosts.Count);
        Assert.All(hosts, h => Assert.Equal("discovering", h.Status));
        Assert.Equal("preparing-for-installation", flow.OutputOf<AssistedCluster>().Last().Status);
        Assert.All(Run("Get-AssistedHost -ClusterId $id", Vars(("id", cluster.Id))).OutputOf<AssistedHost>(), h => Assert.NotEqual("discovering", h.Status));
    }
}
