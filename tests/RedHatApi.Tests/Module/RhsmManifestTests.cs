using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Export-RhsmAllocationManifest and Set-RhsmAllocation against the sandbox's allocations.</summary>
public sealed class RhsmManifestTests : RhsmAllocationTestBase, IDisposable
{
    private const string ExportId = ",RedHatApi.Commands.Rhsm.ExportRhsmAllocationManifestCommand";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rha-manifest-");

    public RhsmManifestTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private Dictionary<string, object?> Dir => Vars(("dir", _dir.FullName));

    private Guid AnAllocation() => AllAllocations().First().Uuid;

    private IReadOnlyList<System.Text.Json.JsonElement> Downloads() =>
        Sandbox.Requests().Where(r => r.GetProperty("pathAndQuery").GetString()!.Contains("/export/", StringComparison.Ordinal)).ToList();

    private static void AssertManifest(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        Assert.NotNull(zip.GetEntry("signature"));
        using var inner = new ZipArchive(zip.GetEntry("consumer_export.zip")!.Open());
        Assert.Contains(inner.Entries, e => e.FullName == "export/consumer.json");
    }

    [Fact]
    public void The_export_job_is_polled_until_done_and_the_manifest_is_saved()
    {
        Connect();
        var uuid = AnAllocation();
        ClearRequests();
        var result = Run($"Export-RhsmAllocationManifest -Uuid {uuid} -Path $dir -PollIntervalSec 1", Dir);
        Assert.Empty(result.ErrorIds);
        var file = Assert.Single(result.OutputOf<FileInfo>());
        Assert.Equal(Path.Combine(_dir.FullName, $"manifest_{uuid}.zip"), file.FullName);
        AssertManifest(file.FullName);
        var requests = AllocationRequests();
        Assert.Equal($"GET {AllocationsPath}/{uuid}/export", requests[0]);
        Assert.Equal(3, requests.Count(r => r.Contains("/exportJob/", StringComparison.Ordinal)));
        Assert.Contains(result.Progress, p => p.StatusDescription.Contains("poll 1", StringComparison.Ordinal));
        Assert.Empty(_dir.GetFiles("*.partial"));
    }

    [Fact]
    public void A_cut_download_resumes_with_a_Range_request_and_the_manifest_comes_out_whole()
    {
        Connect();
        var uuid = AnAllocation();
        Sandbox.AddFaultRule(new { pathContains = "/export/", cutAfterBytes = 200_000 });
        ClearRequests();
        var result = Run($"Export-RhsmAllocationManifest -Uuid {uuid} -Path $dir -PollIntervalSec 1 -Verbose", Dir);
        Assert.Empty(result.ErrorIds);
        AssertManifest(Assert.Single(result.OutputOf<FileInfo>()).FullName);
        Assert.Contains(result.Verbose, v => v.Message.Contains("interrupted at byte 200000", StringComparison.Ordinal));
        Assert.Equal(new[] { 200, 206 }, Downloads().Select(r => r.GetProperty("status").GetInt32()));
    }

    [Fact]
    public void A_file_that_is_not_a_manifest_is_RhsmManifestInvalid_and_deleted()
    {
        Connect();
        var uuid = AnAllocation();
        Sandbox.AddFaultRule(new { pathContains = "/export/", malformed = true });
        var result = Run($"Export-RhsmAllocationManifest -Uuid {uuid} -Path $dir -PollIntervalSec 1", Dir);
        Assert.Equal("RhsmManifestInvalid" + ExportId, Assert.Single(result.ErrorIds));
        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void An_export_that_does_not_finish_in_time_is_RhsmManifestExportTimeout()
    {
        Connect();
        var uuid = AnAllocation();
        Sandbox.Send(HttpMethod.Put, "_sandbox/rhsm/settings", new { manifestPolls = 100 });
        var result = Run($"Export-RhsmAllocationManifest -Uuid {uuid} -Path $dir -PollIntervalSec 1 -TimeoutSec 2", Dir);
        Assert.Equal("RhsmManifestExportTimeout" + ExportId, Assert.Single(result.ErrorIds));
        Assert.Contains("-TimeoutSec", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Empty(_dir.GetFiles());
    }

    [Fact]
    public void An_existing_file_is_kept_without_Force_and_an_unknown_allocation_is_reported_per_input()
    {
        Connect();
        var uuid = AnAllocation();
        File.WriteAllText(Path.Combine(_dir.FullName, $"manifest_{uuid}.zip"), "old");
        var missing = Guid.NewGuid();
        var result = Run($"'{missing}', '{uuid}' | Export-RhsmAllocationManifest -Path $dir -PollIntervalSec 1", Dir);
        Assert.Equal(new[] { "RhsmAllocationNotFound" + ExportId, "RhsmManifestFileExists" + ExportId }, result.ErrorIds);
        Assert.Equal("old", File.ReadAllText(Path.Combine(_dir.FullName, $"manifest_{uuid}.zip")));
    }

    [Fact]
    public void WhatIf_shows_the_export_request_and_sends_nothing()
    {
        Connect();
        var uuid = AnAllocation();
        ClearRequests();
        var result = Run($"Export-RhsmAllocationManifest -Uuid {uuid} -Path $dir -WhatIf", Dir);
        Assert.Empty(result.ErrorIds);
        Assert.Contains(result.WhatIf, l => l.Contains("GET " + Sandbox.BaseUri + $"management/v1/allocations/{uuid}/export", StringComparison.Ordinal));
        Assert.Empty(AllocationRequests());
    }

    [Fact]
    public void Set_RhsmAllocation_switches_Simple_Content_Access_and_WhatIf_sends_nothing()
    {
        Connect();
        var uuid = AnAllocation();
        ClearRequests();
        var whatIf = Run($"Set-RhsmAllocation -Uuid {uuid} -SimpleContentAccess Disabled -WhatIf");
        Assert.Contains(whatIf.WhatIf, l => l.Contains("PUT " + Sandbox.BaseUri + $"management/v1/allocations/{uuid}", StringComparison.Ordinal));
        Assert.Empty(Mutations());

        var result = Run($"Get-RhsmAllocation -Uuid {uuid} | Set-RhsmAllocation -SimpleContentAccess Disabled -PassThru");
        Assert.Empty(result.ErrorIds);
        Assert.Equal("disabled", Assert.Single(result.OutputOf<RhsmAllocation>()).SimpleContentAccess);
        Assert.Equal("disabled", Details(uuid)!.SimpleContentAccess);
        Assert.Empty(Run($"Set-RhsmAllocation -Uuid {uuid} -SimpleContentAccess Enabled").ErrorIds);
        Assert.Equal("enabled", Details(uuid)!.SimpleContentAccess);
    }

    [Fact]
    public void Set_RhsmAllocation_on_an_unknown_allocation_is_RhsmAllocationNotFound()
    {
        Connect();
        var result = Run($"Set-RhsmAllocation -Uuid {Guid.NewGuid()} -SimpleContentAccess Enabled");
        Assert.Equal("RhsmAllocationNotFound,RedHatApi.Commands.Rhsm.SetRhsmAllocationCommand", Assert.Single(result.ErrorIds));
    }

    public new void Dispose()
    {
        base.Dispose();
        _dir.Delete(recursive: true);
    }
}
