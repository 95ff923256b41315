using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Console;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Console;
using RedHatApi.Polling;
using RedHatApi.Properties;
using RedHatApi.Session;
using RedHatApi.Transfers;

namespace RedHatApi.Commands.Console;

/// <summary>
/// <para type="synopsis">Exports the console.redhat.com inventory through the export service: a consistent snapshot of every host.</para>
/// <para type="description">Asks the export service for the inventory's systems as JSON or CSV. Without -Wait or
/// -Path, writes the export and returns at once. With -Wait, waits for it with a progress bar (the token is renewed
/// as it nears expiry however long the wait), downloads the zip (resuming after a cut connection) and writes each
/// record as an InventoryHost; with -Path, saves the zip there instead. -ExportId picks up an export requested
/// earlier (the service keeps them 7 days).</para>
/// </summary>
[Cmdlet(VerbsData.Export, "RedHatInventory", DefaultParameterSetName = NewSet, SupportsShouldProcess = true)]
[OutputType(typeof(InventoryExport), typeof(InventoryHost), typeof(FileInfo))]
public sealed class ExportRedHatInventoryCommand : RedHatApiCmdlet
{
    private const string NewSet = "New";
    private const string ExistingSet = "Existing";

    /// <summary>json (default) or csv: the format of the records inside the zip.</summary>
    [Parameter(ParameterSetName = NewSet)]
    [ValidateSet("Json", "Csv")]
    public string Format { get; set; } = "Json";

    /// <summary>The export's name in the export service; default "RedHatApi inventory" and the UTC time.</summary>
    [Parameter(ParameterSetName = NewSet)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    /// <summary>An export requested earlier (an InventoryExport's Id): waits for it and downloads it.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ExistingSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public Guid ExportId { get; set; }

    /// <summary>Saves the zip to this folder (as &lt;export id&gt;.zip) or file instead of writing the records; implies -Wait.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Waits for the export, downloads it and writes its records.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>Overwrite the file -Path names when it exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Seconds to wait for the export (default 3600).</summary>
    [Parameter]
    [ValidateRange(1, 7 * 24 * 3600)]
    public int TimeoutSec { get; set; } = 3600;

    /// <summary>Seconds between status polls (default 5).</summary>
    [Parameter]
    [ValidateRange(0.1, 3600)]
    public double PollIntervalSec { get; set; } = 5;

    /// <inheritdoc />
    protected override object? ErrorTarget => ParameterSetName == ExistingSet ? ExportId : Name;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var client = ConsoleClient.For(session);
        var destination = Path is null ? null : ResolveDestination(Path);
        InventoryExport export;
        if (ParameterSetName == ExistingSet)
        {
            export = await client.GetExportAsync(ExportId, cancellationToken);
        }
        else
        {
            var name = Name ?? "RedHatApi inventory " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var request = client.StartExportRequest(name, Format.ToLowerInvariant());
            if (!ShouldProcessRequest(request, Text.Format(Strings.InventoryExportAction, name, Format.ToLowerInvariant())))
            {
                return;
            }

            export = await client.StartExportAsync(request, cancellationToken);
            WriteVerbose(Text.Format(Strings.InventoryExportStarted, export.Id, export.Status));
        }

        if (!Wait && destination is null && ParameterSetName == NewSet)
        {
            WriteObject(export);
            return;
        }

        export = await WaitAsync(client, export, cancellationToken);
        var target = destination ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "redhatapi-export-" + export.Id.ToString("D") + ".zip");
        using (var http = session.ConnectionFor(ApiName.Console).CreateClient())
        using (var download = new ResumableDownload(Job(client, export), http, target, Force || destination is null, session.Network.MaxRetries, session.Network.Timeout, DownloadProgressRecord.For(this)))
        {
            var file = await download.RunAsync(cancellationToken);
            if (destination is not null)
            {
                WriteObject(file);
                return;
            }

            try
            {
                foreach (var host in InventoryExportReader.Read(file.FullName, DateTimeOffset.UtcNow))
                {
                    WriteObject(host);
                }
            }
            finally
            {
                file.Delete();
            }
        }
    }

    /// <summary>Polls the export's status until it is complete (or partial), failed or the timeout passes.</summary>
    private async Task<InventoryExport> WaitAsync(ConsoleClient client, InventoryExport export, CancellationToken cancellationToken)
    {
        var activity = Text.Format(Strings.InventoryExportWaitActivity, export.Name, export.Id);
        var result = await Poller.RunAsync(
            new PollSchedule(TimeSpan.FromSeconds(PollIntervalSec), TimeSpan.FromSeconds(TimeoutSec), jitter: 0.1),
            ct => client.GetExportAsync(export.Id, ct),
            e => e.Status switch
            {
                "complete" or "partial" => PollVerdict.Done,
                "failed" => PollVerdict.Failed,
                _ => PollVerdict.Continue,
            },
            p => WriteProgress(new ProgressRecord(1, activity, Text.Format(Strings.InventoryExportWaitStatus, p.Value.Status, (int)p.Elapsed.TotalSeconds))),
            cancellationToken);
        WriteProgress(new ProgressRecord(1, activity, result.Last.Status) { RecordType = ProgressRecordType.Completed });
        var last = result.Last;
        switch (result.Outcome)
        {
            case PollOutcome.Failed:
                throw new RedHatApiException(ErrorIds.InventoryExportFailed, Text.Format(Strings.InventoryExportFailed, last.Name, last.Id, last.Message ?? "no reason given")) { Target = last.Id };
            case PollOutcome.TimedOut:
                throw new RedHatApiException(ErrorIds.InventoryExportTimeout, Text.Format(Strings.InventoryExportTimeout, last.Name, last.Id, TimeoutSec, last.Status)) { Target = last.Id };
        }

        if (last.Status == "partial")
        {
            WriteWarning(Text.Format(Strings.InventoryExportPartial, last.Name, last.Id, last.Message ?? "no reason given"));
        }

        return last;
    }

    /// <summary>The export's zip, from the console host (the link is the API's, so it carries the session's token there and nowhere else), checked as a zip with a data file.</summary>
    private static DownloadJob Job(ConsoleClient client, InventoryExport export) =>
        new(
            export.Id,
            _ => Task.FromResult(new DownloadLink(client.ExportDownloadUrl(export.Id), export.Id.ToString("D") + ".zip")),
            export.Id.ToString("D") + ".zip",
            ErrorIds.InventoryExportFileExists,
            ErrorIds.InventoryExportDownloadFailed,
            file => InventoryExportReader.Check(file.Path));

    /// <summary>The folder or file -Path names; its folder must exist.</summary>
    private string ResolveDestination(string path)
    {
        var resolved = GetUnresolvedProviderPathFromPSPath(path);
        var folder = Directory.Exists(resolved) ? resolved : System.IO.Path.GetDirectoryName(resolved);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            ThrowTerminatingError(ErrorMapper.ToErrorRecord(
                new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.InventoryExportPathInvalid, resolved)), path));
        }

        return resolved;
    }
}
