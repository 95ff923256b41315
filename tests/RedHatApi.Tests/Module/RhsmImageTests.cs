using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

public sealed class RhsmImageTests : SandboxModuleTest, IDisposable
{
    private const string Rhel9X86 = "rhel-9-for-x86_64-baseos-isos";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rhsm-images-");

    public RhsmImageTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    public new void Dispose()
    {
        _dir.Delete(recursive: true);
        base.Dispose();
    }

    private Dictionary<string, object?> Dir => new() { ["dir"] = _dir.FullName };

    private static string Sha256Of(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    private static int LimitOf(System.Management.Automation.PSObject envelope) =>
        Convert.ToInt32(((System.Management.Automation.PSObject)envelope.Properties["pagination"].Value).Properties["limit"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string PathOf(JsonElement request) => request.GetProperty("pathAndQuery").GetString()!;

    private List<JsonElement> Requests(string pathPrefix) =>
        Sandbox.Requests().Where(r => PathOf(r).StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    private List<JsonElement> CdnRequests() => Requests("/content/origin/files/");

    private void ClearLog() => Sandbox.ClearRequests();

    private RhsmImage Boot94() =>
        Run("Get-RhsmImage -Version 9.4 -Arch x86_64").OutputOf<RhsmImage>().Single(i => i.Filename!.EndsWith("boot.iso", StringComparison.Ordinal));

    [Fact]
    public void A_content_set_lists_its_images_at_the_cap_of_100_per_page()
    {
        Connect();
        ClearLog();
        var result = Run($"Get-RhsmImage -ContentSet {Rhel9X86}");
        Assert.Empty(result.ErrorIds);
        var images = result.OutputOf<RhsmImage>();
        Assert.True(images.Count > 6, images.Count + " images");
        Assert.All(images, i => Assert.Equal("x86_64", i.Arch));
        Assert.All(images, i => Assert.StartsWith("rhel-9.", i.Filename, StringComparison.Ordinal));
        Assert.All(images, i => Assert.Matches("^[0-9a-f]{64}$", i.Checksum));
        Assert.All(images, i => Assert.Equal(Rhel9X86, i.ContentSet));
        Assert.All(images, i => Assert.Equal($"/management/v1/images/{i.Checksum}/download", i.DownloadHref!.OriginalString));
        Assert.Equal(images.Count, images.Select(i => i.Checksum).Distinct().Count());
        Assert.Contains(images, i => i.Filename!.EndsWith("dvd.iso", StringComparison.Ordinal));
        Assert.Contains(images, i => i.Filename!.EndsWith("kvm.qcow2", StringComparison.Ordinal));
        Assert.EndsWith("?limit=100&offset=0", PathOf(Assert.Single(Requests("/management/v1/images/cset/"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_set_pages_that_are_exactly_full_end_with_an_empty_page_and_lose_nothing()
    {
        Connect();
        var all = Run($"Get-RhsmImage -ContentSet {Rhel9X86}").OutputOf<RhsmImage>();
        Assert.True(all.Count % 3 == 0, "the seeded set should divide into pages of 3: " + all.Count);
        ClearLog();
        var paged = Run($"Get-RhsmImage -ContentSet {Rhel9X86} -PageSize 3").OutputOf<RhsmImage>();
        Assert.Equal(all.Select(i => i.Checksum), paged.Select(i => i.Checksum));

        // Pages are fetched a few ahead, so count offsets, not requests: each full page once, then the empty one.
        var offsets = Requests("/management/v1/images/cset/")
            .Select(r => int.Parse(PathOf(r).Split("offset=")[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(offsets.Count, offsets.Distinct().Count());
        Assert.Subset(offsets.ToHashSet(), Enumerable.Range(0, (all.Count / 3) + 1).Select(p => p * 3).ToHashSet());
    }

    [Fact]
    public void First_and_Skip_cut_the_content_set_listing()
    {
        Connect();
        var all = Run($"Get-RhsmImage -ContentSet {Rhel9X86}").OutputOf<RhsmImage>();
        var slice = Run($"Get-RhsmImage -ContentSet {Rhel9X86} -Skip 2 -First 4 -PageSize 3").OutputOf<RhsmImage>();
        Assert.Equal(all.Skip(2).Take(4).Select(i => i.Checksum), slice.Select(i => i.Checksum));
    }

    [Fact]
    public void The_API_default_page_is_25_and_an_over_cap_limit_is_capped_or_rejected()
    {
        Connect();
        var byDefault = Run("Invoke-RedHatApiRequest -Api Rhsm -Path images/cset/rhel-9-for-x86_64-baseos-isos").Output.Single();
        Assert.Equal(25, LimitOf(byDefault));
        var capped = Run("Invoke-RedHatApiRequest -Api Rhsm -Path images/cset/rhel-9-for-x86_64-baseos-isos -Query @{ limit = 500 }").Output.Single();
        Assert.Equal(100, LimitOf(capped));
        Settings(new { overCap = "Reject" });
        var rejected = Run("Invoke-RedHatApiRequest -Api Rhsm -Path images/cset/rhel-9-for-x86_64-baseos-isos -Query @{ limit = 101 }");
        Assert.Equal("HttpStatus400,RedHatApi.Commands.Session.InvokeRedHatApiRequestCommand", Assert.Single(rejected.ErrorIds));
    }

    [Fact]
    public void A_page_size_over_100_is_refused_before_anything_is_sent()
    {
        Connect();
        ClearLog();
        var result = Run($"Get-RhsmImage -ContentSet {Rhel9X86} -PageSize 101");
        Assert.Equal("ParameterArgumentValidationError,RedHatApi.Commands.Rhsm.GetRhsmImageCommand", Assert.Single(result.ErrorIds));
        Assert.Empty(Requests("/management/v1/images"));
    }

    [Fact]
    public void Version_and_arch_list_the_same_images_as_their_content_set()
    {
        Connect();
        var byVersion = Run("Get-RhsmImage -Version 9.4 -Arch aarch64").OutputOf<RhsmImage>();
        Assert.Equal(3, byVersion.Count);
        Assert.All(byVersion, i => Assert.Equal("aarch64", i.Arch));
        Assert.All(byVersion, i => Assert.StartsWith("rhel-9.4-aarch64-", i.Filename, StringComparison.Ordinal));
        Assert.All(byVersion, i => Assert.Equal("9.4", i.Version));
        var cset = Run("Get-RhsmImage -ContentSet rhel-9-for-aarch64-baseos-isos").OutputOf<RhsmImage>();
        Assert.All(byVersion, i => Assert.Contains(cset, c => c.Checksum == i.Checksum && c.Filename == i.Filename && c.DatePublished == i.DatePublished));
        var second = Run("Get-RhsmImage -Version 9.4 -Arch aarch64 -Skip 1 -First 1").OutputOf<RhsmImage>();
        Assert.Equal(byVersion[1].Checksum, Assert.Single(second).Checksum);
        Assert.Empty(Run("Get-RhsmImage -Version 7.9 -Arch aarch64").OutputOf<RhsmImage>());
    }

    [Fact]
    public void A_download_follows_the_307_without_the_bearer_and_matches_the_listed_checksum()
    {
        Connect();
        var image = Boot94();
        ClearLog();
        var result = Run("Get-RhsmImage -Version 9.4 -Arch x86_64 | Where-Object Filename -like '*boot.iso' | Save-RhsmImage -Path $dir", Dir);
        Assert.Empty(result.ErrorIds);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(Path.Combine(_dir.FullName, image.Filename!), file.FullName);
        Assert.Equal(image.Checksum, Sha256Of(file.FullName));
        Assert.Equal(new[] { image.Filename }, _dir.GetFiles().Select(f => f.Name));
        Assert.Contains(result.Progress, p => p.PercentComplete >= 0 && p.StatusDescription.Contains("/s", StringComparison.Ordinal));

        var api = Assert.Single(Requests("/management/v1/images/"), r => PathOf(r).EndsWith("/download", StringComparison.Ordinal));
        Assert.Equal(307, api.GetProperty("status").GetInt32());
        Assert.True(api.GetProperty("hadBearer").GetBoolean());
        var cdn = Assert.Single(CdnRequests());
        Assert.StartsWith("localhost", cdn.GetProperty("host").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, cdn.GetProperty("status").GetInt32());
        Assert.False(cdn.GetProperty("hadBearer").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cdn.GetProperty("authScheme").ValueKind);
    }

    [Fact]
    public void The_download_host_rejects_a_bearer_so_a_leak_could_not_pass_unnoticed()
    {
        Connect();
        var image = Boot94();
        var token = Run("Get-RedHatApiToken -Api Rhsm -AsPlainText").Output.Single().ToString();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var ask = new HttpRequestMessage(HttpMethod.Get, new Uri(Sandbox.BaseUri, $"management/v1/images/{image.Checksum}/download"));
        ask.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var redirect = http.Send(ask);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        using var leak = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location);
        leak.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var rejected = http.Send(leak);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains(CdnRequests(), r => r.GetProperty("hadBearer").GetBoolean() && r.GetProperty("status").GetInt32() == 400);
    }

    [Fact]
    public void A_cut_download_resumes_with_a_Range_request_and_the_file_comes_out_whole()
    {
        Connect();
        var image = Boot94();
        Sandbox.AddFaultRule(new { pathContains = "/content/origin/files/", cutAfterBytes = 300_000 });
        ClearLog();
        var result = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir -Verbose", Dir);
        Assert.Empty(result.ErrorIds);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(image.Checksum, Sha256Of(file.FullName));
        Assert.Contains(result.Verbose, v => v.Message.Contains("interrupted at byte 300000", StringComparison.Ordinal));
        Assert.Contains(result.Verbose, v => v.Message.Contains("/content/origin/files/", StringComparison.Ordinal));
        Assert.All(result.AllText(), t => Assert.DoesNotMatch("_auth_=[0-9]", t));

        // Only a request with a Range header is answered 206; the first, cut, answer was the whole-file 200.
        var cdn = CdnRequests();
        Assert.Equal(new[] { 200, 206 }, cdn.Select(r => r.GetProperty("status").GetInt32()));
        Assert.All(cdn, r => Assert.False(r.GetProperty("hadBearer").GetBoolean()));
        Assert.Equal(2, Requests("/management/v1/images/").Count(r => PathOf(r).EndsWith("/download", StringComparison.Ordinal)));
        Assert.Empty(_dir.GetFiles("*.partial"));
    }

    [Fact]
    public void A_download_that_keeps_failing_is_RhsmDownloadFailed_and_a_rerun_resumes_from_the_partial_file()
    {
        // No retries at all: the first cut ends the command, as a long outage would after its retries.
        Assert.Empty(Run("Connect-RedHatApi -Sandbox $sandbox -MaxRetries 0").ErrorIds);
        var image = Boot94();
        Sandbox.AddFaultRule(new { pathContains = "/content/origin/files/", cutAfterBytes = 250_000 });
        var failed = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir", Dir);
        Assert.Equal("RhsmDownloadFailed,RedHatApi.Commands.Rhsm.SaveRhsmImageCommand", Assert.Single(failed.ErrorIds));
        var message = failed.AllErrors.Single().Exception.Message;
        Assert.Contains("250000", message, StringComparison.Ordinal);
        Assert.Contains("run the same command again to resume", message, StringComparison.Ordinal);
        var partial = Assert.Single(_dir.GetFiles("*.partial"));
        Assert.Equal(250_000, partial.Length);
        Assert.Empty(failed.OutputOf<FileInfo>());

        ClearLog();
        var rerun = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir", Dir);
        Assert.Empty(rerun.ErrorIds);
        Assert.Equal(image.Checksum, Sha256Of(Assert.Single(rerun.OutputOf<FileInfo>()).FullName));
        Assert.Equal(206, Assert.Single(CdnRequests()).GetProperty("status").GetInt32());
        Assert.Empty(_dir.GetFiles("*.partial"));
    }

    [Fact]
    public void A_server_that_ignores_Range_restarts_the_file_cleanly_from_byte_0()
    {
        Connect();
        var image = Boot94();
        File.WriteAllBytes(Path.Combine(_dir.FullName, image.Filename + ".partial"), new byte[123_456]);
        Sandbox.AddFaultRule(new { pathContains = "/content/origin/files/", ignoreRange = true });
        ClearLog();
        var result = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir", Dir);
        Assert.Empty(result.ErrorIds);
        Assert.Equal(image.Checksum, Sha256Of(Assert.Single(result.OutputOf<FileInfo>()).FullName));
        Assert.Equal(200, Assert.Single(CdnRequests()).GetProperty("status").GetInt32());
    }

    [Fact]
    public void A_partial_file_that_is_already_whole_is_verified_and_renamed_after_a_416()
    {
        Connect();
        var image = Boot94();
        Assert.Empty(Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir", Dir).ErrorIds);
        var saved = Path.Combine(_dir.FullName, image.Filename!);
        File.Move(saved, saved + ".partial");
        ClearLog();
        var result = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir", Dir);
        Assert.Empty(result.ErrorIds);
        Assert.Equal(image.Checksum, Sha256Of(saved));
        Assert.Equal(416, Assert.Single(CdnRequests()).GetProperty("status").GetInt32());
        Assert.Empty(_dir.GetFiles("*.partial"));
    }

    [Fact]
    public void A_checksum_mismatch_deletes_the_download_and_says_so()
    {
        Connect();
        var image = Boot94();
        Sandbox.AddFaultRule(new { pathContains = "/content/origin/files/", corrupt = true });
        var result = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $dir", Dir);
        Assert.Equal("RhsmImageChecksumMismatch,RedHatApi.Commands.Rhsm.SaveRhsmImageCommand", Assert.Single(result.ErrorIds));
        Assert.Contains(image.Checksum, result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Empty(result.OutputOf<FileInfo>());
        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void An_unknown_checksum_is_RhsmImageNotFound_and_the_next_image_is_still_saved()
    {
        Connect();
        var image = Boot94();
        var unknown = new string('a', 64);
        var result = Run("$ids | Save-RhsmImage -Path $dir", new Dictionary<string, object?>(Dir) { ["ids"] = new[] { unknown, image.Checksum } });
        Assert.Equal("RhsmImageNotFound,RedHatApi.Commands.Rhsm.SaveRhsmImageCommand", Assert.Single(result.ErrorIds));
        Assert.Equal(unknown, result.AllErrors.Single().TargetObject);
        Assert.Equal(image.Filename, Assert.Single(result.OutputOf<FileInfo>()).Name);
    }

    [Fact]
    public void An_existing_file_needs_Force_and_a_file_path_names_the_file()
    {
        Connect();
        var image = Boot94();
        var target = Path.Combine(_dir.FullName, "golden.iso");
        File.WriteAllText(target, "keep me");
        var vars = new Dictionary<string, object?> { ["target"] = target };
        var refused = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $target", vars);
        Assert.Equal("RhsmImageFileExists,RedHatApi.Commands.Rhsm.SaveRhsmImageCommand", Assert.Single(refused.ErrorIds));
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.Empty(CdnRequests());

        var forced = Run($"Save-RhsmImage -Checksum {image.Checksum} -Path $target -Force", vars);
        Assert.Empty(forced.ErrorIds);
        Assert.Equal(target, Assert.Single(forced.OutputOf<FileInfo>()).FullName);
        Assert.Equal(image.Checksum, Sha256Of(target));
    }

    [Fact]
    public void WhatIf_shows_the_request_and_writes_and_sends_nothing()
    {
        Connect();
        var image = Boot94();
        ClearLog();
        var result = Run("Get-RhsmImage -Version 9.4 -Arch x86_64 | Save-RhsmImage -Path $dir -WhatIf", Dir);
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.OutputOf<FileInfo>());
        Assert.Empty(_dir.GetFiles());
        Assert.DoesNotContain(Requests("/management/v1/images/"), r => PathOf(r).EndsWith("/download", StringComparison.Ordinal));
        Assert.Empty(CdnRequests());
        Assert.Contains(image.Checksum, Run("Get-RhsmImage -Version 9.4 -Arch x86_64").OutputOf<RhsmImage>().Select(i => i.Checksum));
    }

    [Fact]
    public void A_missing_folder_is_a_clear_InvalidParameter()
    {
        Connect();
        var result = Run($"Save-RhsmImage -Checksum {new string('b', 64)} -Path \"$dir/no/such/folder/x.iso\"", Dir);
        Assert.Equal("InvalidParameter,RedHatApi.Commands.Rhsm.SaveRhsmImageCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("does not exist", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }
}
