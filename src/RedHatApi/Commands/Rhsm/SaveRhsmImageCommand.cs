using System;
using System.IO;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Transfers;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Downloads RHEL images from RHSM and verifies their SHA-256.</para>
/// <para type="description">Asks RHSM for a short-lived download link (the 307 of GET /images/{checksum}/download), fetches it without the API token into a .partial file, resumes after interruptions with HTTP Range requests, checks the SHA-256 and renames the file into place.</para>
/// </summary>
[Cmdlet(VerbsData.Save, "RhsmImage", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveRhsmImageCommand : RedHatApiCmdlet
{
    /// <summary>SHA-256 checksums of the images; binds from Get-RhsmImage output by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidatePattern("^[0-9A-Fa-f]{64}$")]
    [Alias("Sha256")]
    public string[] Checksum { get; set; } = Array.Empty<string>();

    /// <summary>A folder (the file keeps the name RHSM gives it) or a file path; the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var client = RhsmClient.For(session);
        var destination = ResolveDestination();
        foreach (var raw in Checksum)
        {
            var checksum = raw.ToLowerInvariant();
            var request = client.ImageDownloadLinkRequest(checksum);
            if (!ShouldProcessRequest(request, Text.Format(Strings.SaveRhsmImageAction, checksum, destination)))
            {
                continue;
            }

            await PerInputAsync(checksum, async () =>
            {
                using var plain = session.CreateTokenEndpointHttpClient();
                using var download = new ResumableDownload(Job(client, checksum, request), plain, destination, Force, session.Network.MaxRetries, session.Network.Timeout, DownloadProgressRecord.For(this));
                WriteObject(await download.RunAsync(cancellationToken));
            });
        }
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
                new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.RhsmImagePathInvalid, path)), Path));
        }

        return path;
    }

    /// <summary>One image: a fresh 307 link from RHSM per attempt, and the SHA-256 RHSM lists as the check.</summary>
    private static DownloadJob Job(RhsmClient client, string checksum, ApiRequest linkRequest) =>
        new(
            checksum,
            async ct =>
            {
                var link = await client.GetImageDownloadLinkAsync(checksum, linkRequest, ct);
                return new DownloadLink(link.Href, link.Filename);
            },
            checksum + ".img",
            ErrorIds.RhsmImageFileExists,
            ErrorIds.RhsmDownloadFailed,
            file => string.Equals(file.Sha256, checksum, StringComparison.Ordinal)
                ? null
                : new RedHatApiException(ErrorIds.RhsmImageChecksumMismatch, Text.Format(Strings.RhsmImageChecksumMismatch, file.Path, file.Sha256, checksum)));
}
