using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;

namespace RedHatApi.Transfers;

/// <summary>A pre-signed link to fetch without the API's bearer, and the file name the service suggests for it.</summary>
internal sealed record DownloadLink(Uri Href, string? Filename);

/// <summary>A whole downloaded file before it is renamed into place: where it is, its SHA-256 (hex), its length and the length the host announced.</summary>
internal sealed record DownloadedFile(string Path, string Sha256, long Length, long? AnnouncedLength);

/// <summary>
/// What one <see cref="ResumableDownload"/> fetches and how it reports: where a fresh link comes from, the name to
/// use when the link gives none, what the errors are about (their target and ids), and the check of the whole file.
/// </summary>
internal sealed class DownloadJob
{
    internal DownloadJob(
        object target,
        Func<CancellationToken, Task<DownloadLink>> freshLink,
        string fallbackFileName,
        string fileExistsErrorId,
        string failedErrorId,
        Func<DownloadedFile, RedHatApiException?> verify)
    {
        Target = target;
        FreshLink = freshLink;
        FallbackFileName = fallbackFileName;
        FileExistsErrorId = fileExistsErrorId;
        FailedErrorId = failedErrorId;
        Verify = verify;
    }

    /// <summary>The input the errors are about (a checksum, an infra-env id).</summary>
    internal object Target { get; }

    /// <summary>Asks the API for a new link; called before every attempt, because links expire.</summary>
    internal Func<CancellationToken, Task<DownloadLink>> FreshLink { get; }

    /// <summary>The file name inside a -Path folder when the link names none usable.</summary>
    internal string FallbackFileName { get; }

    /// <summary>Id of "the file exists and -Force was not given".</summary>
    internal string FileExistsErrorId { get; }

    /// <summary>Id of "the download stopped after its retries" (and of a status the host answered that no retry fixes).</summary>
    internal string FailedErrorId { get; }

    /// <summary>The check of the whole file: null when it passes, else the error (the file is then deleted).</summary>
    internal Func<DownloadedFile, RedHatApiException?> Verify { get; }
}
