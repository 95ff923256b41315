using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Polling;
using RedHatApi.Properties;
using RedHatApi.Session;
using RedHatApi.Transfers;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Exports the manifest of RHSM subscription allocations for Satellite, waits for it and downloads it.</para>
/// <para type="description">Starts the export job (GET /allocations/{uuid}/export), polls it until it names its export, downloads the zip into a .partial file with Range resumes after interruptions, checks that it is a manifest (consumer_export.zip and signature) and renames it into place.</para>
/// </summary>
[Cmdlet(VerbsData.Export, "RhsmAllocationManifest", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportRhsmAllocationManifestCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the allocations; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AllocationUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>A folder (the file is manifest_&lt;uuid&gt;.zip) or a file path; the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How long to wait for the export job, in seconds; 600 by default.</summary>
    [Parameter]
    [ValidateRange(1, 86400)]
    public int TimeoutSec { get; set; } = 600;

    /// <summary>Seconds between polls of the export job; 5 by default.</summary>
    [Parameter]
    [ValidateRange(1, 300)]
    public int PollIntervalSec { get; set; } = 5;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var client = RhsmClient.For(session);
        var destination = ResolveDestination();
        foreach (var uuid in Uuid)
        {
            var request = client.StartManifestExportRequest(uuid);
            if (!ShouldProcessRequest(request, Text.Format(Strings.ExportRhsmManifestAction, uuid, destination)))
            {
                continue;
            }

            await PerInputAsync(uuid, async () =>
            {
                var exportId = await WaitForExportAsync(client, uuid, request, cancellationToken);

                // The zip is on the API host and needs the bearer: the connection's own client adds it there only.
                var api = session.ConnectionFor(ApiName.Rhsm).CreateClient();
                using var download = new ResumableDownload(Job(client, uuid, exportId), api, destination, Force, session.Network.MaxRetries, session.Network.Timeout, DownloadProgressRecord.For(this));
                WriteObject(await download.RunAsync(cancellationToken));
            });
        }
    }

    /// <summary>Starts the export and polls its job with a progress bar until it names the export; a timeout is RhsmManifestExportTimeout.</summary>
    private async Task<string> WaitForExportAsync(RhsmClient client, Guid uuid, Client.ApiRequest request, CancellationToken cancellationToken)
    {
        var job = await client.StartManifestExportAsync(uuid, request, cancellationToken);
        var activity = Text.Format(Strings.ExportRhsmManifestActivity, uuid);
        var id = Math.Abs(uuid.GetHashCode() % 1000) + 1;

        // A record per report: hosts may keep the records they are given, so one is never changed after writing it.
        var last = new ProgressRecord(id, activity, Strings.ExportRhsmManifestWaiting);
        var result = await Poller.RunAsync(
            new PollSchedule(TimeSpan.FromSeconds(PollIntervalSec), TimeSpan.FromSeconds(TimeoutSec)),
            ct => client.PollManifestExportAsync(uuid, job, ct),
            exportId => exportId is null ? PollVerdict.Continue : PollVerdict.Done,
            progress =>
            {
                last = new ProgressRecord(id, activity, Text.Format(Strings.ExportRhsmManifestPolled, progress.Polls, (int)progress.Elapsed.TotalSeconds))
                {
                    SecondsRemaining = progress.Remaining is { } left ? (int)Math.Max(0, left.TotalSeconds) : -1,
                };
                WriteProgress(last);
            },
            cancellationToken);
        WriteProgress(new ProgressRecord(id, activity, last.StatusDescription) { RecordType = ProgressRecordType.Completed });
        return result.Outcome == PollOutcome.Done
            ? result.Last!
            : throw new RedHatApiException(ErrorIds.RhsmManifestExportTimeout, Text.Format(Strings.RhsmManifestExportTimeout, uuid, TimeoutSec, job)) { Target = uuid, IsPerInput = true };
    }

    /// <summary>The folder or file -Path names, as a file-system path; the current folder when -Path is absent.</summary>
    private string ResolveDestination()
    {
        var path = Path is null
            ? SessionState.Path.CurrentFileSystemLocation.ProviderPath
            : GetUnresolvedProviderPathFromPSPath(Path);
        var folder = Directory.Exists(path) ? path : System.IO.Path.GetDirectoryName(path);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            ThrowTerminatingError(ErrorMapper.ToErrorRecord(
                new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.RhsmManifestPathInvalid, path)), Path));
        }

        return path;
    }

    /// <summary>One manifest: the export's URL on every attempt (it does not expire like a signed link), and the manifest check.</summary>
    private static DownloadJob Job(RhsmClient client, Guid uuid, string exportId)
    {
        var name = "manifest_" + uuid.ToString("D") + ".zip";
        return new(
            uuid,
            _ => Task.FromResult(new DownloadLink(client.ManifestUrl(uuid, exportId), name)),
            name,
            ErrorIds.RhsmManifestFileExists,
            ErrorIds.RhsmManifestDownloadFailed,
            file => ManifestCheck.Problem(file.Path) is { } problem
                ? new RedHatApiException(ErrorIds.RhsmManifestInvalid, Text.Format(Strings.RhsmManifestInvalid, uuid, problem))
                : null);
    }
}
