using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.Console;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.Console;

/// <summary>Export-RedHatInventory against the sandbox's export service.</summary>
public sealed class ConsoleExportTests : SandboxModuleTest, IDisposable
{
    private const string Id = ",RedHatApi.Commands.Console.ExportRedHatInventoryCommand";
    private readonly string _folder = Directory.CreateTempSubdirectory("redhatapi-export-").FullName;

    public ConsoleExportTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    private IReadOnlyList<string> ExportRequests() =>
        Sandbox.Requests().Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString())
            .Where(p => p.Contains("/api/export/v1/", StringComparison.Ordinal)).ToList();

    [Fact]
    public void An_export_runs_from_start_to_records_while_the_token_expires_during_the_wait()
    {
        // Tokens live one second and the export takes three: the wait outlives several tokens.
        Settings(new { accessTokenLifetimeSeconds = 1 });
        Connect();
        var expected = Run("Get-RedHatInventoryHost").OutputOf<InventoryHost>();
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { exportSeconds = 3 });
        Sandbox.ClearRequests();
        var result = Run("$before = (Get-RedHatApiSession).Statistics.TokenRefreshes; Export-RedHatInventory -Wait -PollIntervalSec 0.25; (Get-RedHatApiSession).Statistics.TokenRefreshes - $before");
        Assert.Empty(result.ErrorIds);
        var hosts = result.OutputOf<InventoryHost>();
        Assert.Equal(expected.Select(h => h.Id).OrderBy(i => i), hosts.Select(h => h.Id).OrderBy(i => i));
        var byId = expected.ToDictionary(h => h.Id);
        Assert.All(hosts, h => Assert.Equal(byId[h.Id].SubscriptionManagerId, h.SubscriptionManagerId));
        Assert.All(hosts, h => Assert.Equal(byId[h.Id].MacAddresses, h.MacAddresses));
        Assert.True(Convert.ToInt64(result.Output.Last().BaseObject, System.Globalization.CultureInfo.InvariantCulture) >= 2, "the token should have been renewed during the wait");

        // Pending, then running, then complete: the status was polled until it was, and the zip fetched once.
        var requests = ExportRequests();
        Assert.StartsWith("POST /api/export/v1/exports", requests[0], StringComparison.Ordinal);
        Assert.True(requests.Count(r => r.EndsWith("/status", StringComparison.Ordinal)) >= 3);
        Assert.Single(requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && !r.EndsWith("/status", StringComparison.Ordinal));
        Assert.Contains(result.Progress, p => p.StatusDescription.StartsWith("running", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "redhatapi-export-*.zip*"));
    }

    [Fact]
    public void Without_Wait_the_export_is_written_at_once_and_ExportId_picks_it_up_later_as_CSV_records()
    {
        Connect();
        var started = Run("Export-RedHatInventory -Format Csv -Name nightly").OutputOf<InventoryExport>().Single();
        Assert.Equal("pending", started.Status);
        Assert.Equal("csv", started.Format);
        Assert.Equal("nightly", started.Name);
        Assert.Equal(started.Created!.Value.AddDays(7), started.Expires);

        var result = Run("$e | Export-RedHatInventory -PollIntervalSec 0.25", new Dictionary<string, object?> { ["e"] = started });
        Assert.Empty(result.ErrorIds);
        var hosts = result.OutputOf<InventoryHost>();
        Assert.Equal(Run("Get-RedHatInventoryHost").OutputOf<InventoryHost>().Count, hosts.Count);
        Assert.Contains(hosts, h => h.MacAddresses.Count == 1 && h.SubscriptionManagerId is not null && h.Groups.Count == 1);
    }

    [Fact]
    public void Path_saves_a_valid_zip_and_an_existing_file_needs_Force()
    {
        Connect();
        var target = Path.Combine(_folder, "inventory.zip");
        var result = Run("Export-RedHatInventory -Format Csv -Path $p -PollIntervalSec 0.25", new Dictionary<string, object?> { ["p"] = target });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(target, result.OutputOf<FileInfo>().Single().FullName);
        using (var zip = ZipFile.OpenRead(target))
        {
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith(".csv", StringComparison.Ordinal));
        }

        var again = Run("Export-RedHatInventory -Path $p -PollIntervalSec 0.25", new Dictionary<string, object?> { ["p"] = target });
        Assert.Equal("InventoryExportFileExists" + Id, Assert.Single(again.ErrorIds));
        var forced = Run("Export-RedHatInventory -Path $p -PollIntervalSec 0.25 -Force", new Dictionary<string, object?> { ["p"] = target });
        Assert.Empty(forced.ErrorIds);

        var folder = Run("Export-RedHatInventory -Path $p -PollIntervalSec 0.25", new Dictionary<string, object?> { ["p"] = _folder }).OutputOf<FileInfo>().Single();
        Assert.Equal(_folder, folder.DirectoryName);
        Assert.EndsWith(".zip", folder.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_download_cut_part_way_resumes_with_a_range_request_on_the_console_host()
    {
        Connect();
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { exportSeconds = 0.2 });
        var started = Run("Export-RedHatInventory").OutputOf<InventoryExport>().Single();
        System.Threading.Thread.Sleep(400);

        // The export is complete: -ExportId reads its status twice (the look-up, the wait's first poll), then downloads.
        // The third request to the export is the download, cut after 2,000 bytes.
        Sandbox.AddFaultRule(new { method = "GET", pathContains = "/api/export/v1/exports/" + started.Id, cutAfterBytes = 2000, count = 3 });
        Sandbox.ClearRequests();
        var result = Run("Export-RedHatInventory -ExportId $id -Verbose", new Dictionary<string, object?> { ["id"] = started.Id });
        Assert.Empty(result.ErrorIds);
        Assert.Equal(Run("Get-RedHatInventoryHost").OutputOf<InventoryHost>().Count, result.OutputOf<InventoryHost>().Count);
        var downloads = Sandbox.Requests()
            .Where(r => r.GetProperty("pathAndQuery").GetString() == "/api/export/v1/exports/" + started.Id)
            .ToList();
        Assert.Equal(new[] { 200, 206 }, downloads.Select(r => r.GetProperty("status").GetInt32()));
        Assert.All(downloads, r => Assert.True(r.GetProperty("hadBearer").GetBoolean()));
        Assert.Contains(result.Verbose, v => v.Message.Contains("2000", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatIf_shows_the_request_and_starts_nothing()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Export-RedHatInventory -Wait -WhatIf");
        Assert.Empty(result.ErrorIds);
        Assert.StartsWith("What if: Performing the operation \"Export the inventory's systems as '", result.WhatIf.Single(), StringComparison.Ordinal);
        Assert.EndsWith("on target \"POST " + Sandbox.BaseUri.AbsoluteUri + "api/export/v1/exports\".", result.WhatIf.Single(), StringComparison.Ordinal);
        Assert.Empty(ExportRequests());
    }

    [Fact]
    public void A_failed_export_is_InventoryExportFailed_with_the_service_reason()
    {
        Connect();
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { failExports = true, exportSeconds = 0.5 });
        var result = Run("Export-RedHatInventory -Wait -PollIntervalSec 0.25");
        Assert.Equal("InventoryExportFailed" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("could not be exported", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_still_running_at_the_timeout_is_InventoryExportTimeout_naming_the_ExportId_to_resume()
    {
        Connect();
        Sandbox.Send(HttpMethod.Put, "_sandbox/console", new { exportSeconds = 60 });
        var result = Run("Export-RedHatInventory -Wait -PollIntervalSec 0.25 -TimeoutSec 1");
        Assert.Equal("InventoryExportTimeout" + Id, Assert.Single(result.ErrorIds));
        Assert.Contains("-ExportId", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_older_than_seven_days_is_gone_InventoryExportNotFound()
    {
        Connect();
        var started = Run("Export-RedHatInventory").OutputOf<InventoryExport>().Single();
        Sandbox.Send(HttpMethod.Post, "_sandbox/console/exports/age", new { days = 7 });
        var result = Run("Export-RedHatInventory -ExportId $id", new Dictionary<string, object?> { ["id"] = started.Id });
        Assert.Equal("InventoryExportNotFound" + Id, Assert.Single(result.ErrorIds));
        Assert.Equal(started.Id, result.AllErrors.Single().TargetObject);
    }

    public new void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        base.Dispose();
    }
}
