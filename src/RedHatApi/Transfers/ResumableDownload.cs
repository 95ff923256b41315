using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Downloads;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;

namespace RedHatApi.Transfers;

/// <summary>
/// One file download from a pre-signed link, shared by Save-RhsmImage and Save-AssistedDiscoveryIso: a fresh link
/// from the API per attempt (links are short-lived), bytes appended to <c>&lt;file&gt;.partial</c> while hashing them,
/// <c>Range</c> resumes after an interruption (and on a re-run), a bounded number of attempts without progress, then
/// the job's check of the whole file (its SHA-256 and length) and a rename into place.
/// </summary>
/// <remarks>
/// Engine code, testable without a runspace: it never touches a cmdlet. Progress goes to an
/// <see cref="IProgress{T}"/> (at most four reports a second, then one <see cref="DownloadProgress.Completed"/>
/// report), and the "resuming" lines go to the log sink, which writes them to the Verbose stream of the cmdlet whose
/// call this is. Both are called from engine threads; the cmdlet's progress sink moves them to the pipeline thread.
/// Waits between attempts and the progress clock come from a <see cref="TimeProvider"/>, so tests need not sleep.
/// </remarks>
internal sealed class ResumableDownload : IDisposable
{
    private const int BufferSize = 81920;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    private readonly DownloadJob _job;
    private readonly HttpClient _plain;
    private readonly string _destination;
    private readonly bool _force;
    private readonly int _maxRetries;
    private readonly TimeSpan _readTimeout;
    private readonly IProgress<DownloadProgress>? _progress;
    private readonly TimeProvider _time;
    private long _started;
    private IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _hashed;
    private long _receivedThisRun;
    private long? _total;
    private TimeSpan? _lastProgress;

    /// <summary>Prepares one download; nothing is fetched until <see cref="RunAsync"/>.</summary>
    /// <param name="job">What to fetch and how to check it.</param>
    /// <param name="plain">A client without the API's auth handler: the link is its own credential.</param>
    /// <param name="destination">A folder (the file takes the link's or the job's name) or a file path.</param>
    /// <param name="force">Overwrite a file that exists.</param>
    /// <param name="maxRetries">Attempts in a row that may fail without moving the file forward.</param>
    /// <param name="readTimeout">How long a read may stall before the attempt counts as interrupted.</param>
    /// <param name="progress">Receives progress reports, on engine threads; null for none.</param>
    /// <param name="time">The clock and timers (pauses between attempts, progress pacing); the system's by default.</param>
    internal ResumableDownload(
        DownloadJob job,
        HttpClient plain,
        string destination,
        bool force,
        int maxRetries,
        TimeSpan readTimeout,
        IProgress<DownloadProgress>? progress = null,
        TimeProvider? time = null)
    {
        _job = job;
        _plain = plain;
        _destination = destination;
        _force = force;
        _maxRetries = Math.Max(0, maxRetries);
        _readTimeout = readTimeout;
        _progress = progress;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Downloads, verifies and renames into place; returns the saved file.</summary>
    internal async Task<FileInfo> RunAsync(CancellationToken cancellationToken)
    {
        _started = _time.GetTimestamp();
        string? target = null;
        string? partial = null;
        var failures = 0;
        while (true)
        {
            // A 404 here is the API's not-found error, and an API failure is the API's own error: neither is retried.
            var link = await _job.FreshLink(cancellationToken).ConfigureAwait(false);
            if (target is null)
            {
                target = TargetFor(link);
                partial = target + ".partial";
                if (File.Exists(target) && !_force)
                {
                    throw PerInput(_job.FileExistsErrorId, Text.Format(Strings.DownloadFileExists, target));
                }
            }

            var before = File.Exists(partial) ? new FileInfo(partial).Length : 0;
            try
            {
                await TransferAsync(link, partial!, before, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (Exception ex) when (IsInterruption(ex, cancellationToken))
            {
                var now = File.Exists(partial) ? new FileInfo(partial).Length : 0;

                // Attempts that moved the file forward do not count against the bound: a long download over a
                // flaky line keeps going while it makes progress, and stops after -MaxRetries attempts that did not.
                failures = now > before ? 1 : failures + 1;
                if (failures > _maxRetries)
                {
                    throw DownloadFailed(Path.GetFileName(target), now, partial!, ex);
                }

                LogSink.Verbose(Text.Format(Strings.DownloadResuming, Path.GetFileName(target), now, Reason(ex), failures, _maxRetries));
                await _time.Delay(Backoff(failures), cancellationToken).ConfigureAwait(false);
            }
        }

        Complete(target);
        Verify(partial!);
        if (File.Exists(target))
        {
            File.Delete(target);
        }

        File.Move(partial!, target);
        return new FileInfo(target);
    }

    public void Dispose() => _hash.Dispose();

    /// <summary>One attempt: GET the link from where the .partial file stops, and append until the body ends.</summary>
    private async Task TransferAsync(DownloadLink link, string partial, long offset, CancellationToken cancellationToken)
    {
        if (_hashed != offset)
        {
            await RehashAsync(partial, offset, cancellationToken).ConfigureAwait(false);
        }

        using var transfer = await BearerFreeTransfer.OpenAsync(_plain, link.Href, offset, _job.FailedErrorId, cancellationToken).ConfigureAwait(false);
        _total = transfer.Total ?? _total;
        if (transfer.Start != _hashed)
        {
            // The server sent the whole file (200): the part on disk is replaced.
            ResetHash();
        }

        using var file = new FileStream(partial, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        file.SetLength(transfer.Start);
        file.Seek(transfer.Start, SeekOrigin.Begin);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var buffer = new byte[BufferSize];
        while (true)
        {
            var read = await ReadAsync(transfer.Body, buffer, idle, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            _hash.AppendData(buffer, 0, read);
            _hashed += read;
            _receivedThisRun += read;
            Progress(Path.GetFileName(partial.Substring(0, partial.Length - ".partial".Length)));
        }

        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_total is { } total && _hashed != total)
        {
            throw new Interrupted(new IOException(Text.Format(Strings.DownloadShort, _hashed, total)));
        }
    }

    /// <summary>A read with an idle timeout (-TimeoutSec), so a stalled body counts as an interruption, not a hang.</summary>
    private async Task<int> ReadAsync(Stream body, byte[] buffer, CancellationTokenSource idle, CancellationToken cancellationToken)
    {
        if (_readTimeout > TimeSpan.Zero && _readTimeout != Timeout.InfiniteTimeSpan)
        {
            idle.CancelAfter(_readTimeout);
        }

        try
        {
            return await body.ReadAsync(buffer, 0, buffer.Length, idle.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new Interrupted(ex);
        }
    }

    /// <summary>Re-reads the part on disk into a fresh hash (a re-run, or a write that failed part-way).</summary>
    private async Task RehashAsync(string partial, long length, CancellationToken cancellationToken)
    {
        ResetHash();
        if (length == 0)
        {
            return;
        }

        using var file = new FileStream(partial, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        var buffer = new byte[BufferSize];
        int read;
        while (_hashed < length && (read = await file.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, length - _hashed), cancellationToken).ConfigureAwait(false)) > 0)
        {
            _hash.AppendData(buffer, 0, read);
            _hashed += read;
        }
    }

    private void ResetHash()
    {
        _hash.Dispose();
        _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _hashed = 0;
    }

    /// <summary>Runs the job's check of the whole file (its SHA-256, length, content); a failed check deletes the file.</summary>
    private void Verify(string partial)
    {
        var file = new DownloadedFile(partial, Hex(_hash.GetHashAndReset()), _hashed, _total);
        _hashed = 0;
        if (_job.Verify(file) is not { } failure)
        {
            return;
        }

        File.Delete(partial);
        throw new RedHatApiException(failure.ErrorId, failure.Message, failure.InnerException)
        {
            StatusCode = failure.StatusCode,
            Target = _job.Target,
            IsPerInput = true,
        };
    }

    private void Progress(string name)
    {
        if (_progress is null)
        {
            return;
        }

        var elapsed = _time.GetElapsedTime(_started);
        if (_lastProgress is { } last && elapsed - last < ProgressInterval)
        {
            return;
        }

        _lastProgress = elapsed;
        var speed = elapsed.TotalSeconds > 0 ? _receivedThisRun / elapsed.TotalSeconds : 0;
        _progress.Report(new DownloadProgress(name, _hashed, _total, speed, completed: false));
    }

    /// <summary>Ends the progress of a download that reported any.</summary>
    private void Complete(string name)
    {
        if (_lastProgress is not null)
        {
            _progress?.Report(new DownloadProgress(Path.GetFileName(name), _hashed, _total, 0, completed: true));
        }
    }

    /// <summary>The file to write: -Path itself, or the name the link (or the job) gives the file inside the -Path folder.</summary>
    private string TargetFor(DownloadLink link)
    {
        if (!Directory.Exists(_destination))
        {
            return _destination;
        }

        var name = Path.GetFileName(link.Filename ?? Uri.UnescapeDataString(link.Href.Segments.LastOrDefault() ?? string.Empty));
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            name = _job.FallbackFileName;
        }

        return Path.Combine(_destination, name);
    }

    private static bool IsInterruption(Exception ex, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && (ex is Interrupted || (ex is RedHatApiException api && BearerFreeTransfer.IsTransient(api)));

    private RedHatApiException DownloadFailed(string name, long received, string partial, Exception ex) =>
        new(
            _job.FailedErrorId,
            Text.Format(Strings.DownloadFailed, name, received, _total?.ToString(CultureInfo.CurrentCulture) ?? Strings.DownloadSizeUnknown, Reason(ex), partial),
            ex is Interrupted ? ex.InnerException : ex)
        {
            StatusCode = (ex as RedHatApiException)?.StatusCode,
            Target = _job.Target,
            IsPerInput = true,
        };

    private RedHatApiException PerInput(string errorId, string message) =>
        new(errorId, message) { Target = _job.Target, IsPerInput = true };

    private static string Reason(Exception ex)
    {
        var message = (ex is Interrupted ? ex.InnerException! : ex).Message.Trim();
        return message.EndsWith(".", StringComparison.Ordinal) ? message : message + ".";
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, failures - 1)));

    private static string Hex(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The body stopped before its end (dropped, reset, stalled): resumable.</summary>
    private sealed class Interrupted : Exception
    {
        internal Interrupted(Exception inner)
            : base(inner.Message, inner)
        {
        }
    }
}
