using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Downloads;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Downloads;

/// <summary>
/// One file download from a pre-signed link, shared by Save-RhsmImage and Save-AssistedDiscoveryIso: a fresh link
/// from the API per attempt (links are short-lived), bytes appended to <c>&lt;file&gt;.partial</c> while hashing them,
/// <c>Range</c> resumes after an interruption (and on a re-run), a bounded number of attempts without progress, then
/// the job's check of the whole file (its SHA-256 and length) and a rename into place.
/// </summary>
/// <remarks>
/// Cmdlet layer on purpose: its awaits resume on the pipeline pump, so progress and verbose lines are written on
/// the pipeline thread. The HTTP work itself (the API client, BearerFreeTransfer) runs in the engine.
/// </remarks>
internal sealed class ResumableDownload : IDisposable
{
    private const int BufferSize = 81920;
    private const int ActivityId = 0x5248;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(8);

    private readonly Cmdlet _cmdlet;
    private readonly DownloadJob _job;
    private readonly HttpClient _plain;
    private readonly string _destination;
    private readonly bool _force;
    private readonly int _maxRetries;
    private readonly TimeSpan _readTimeout;
    private readonly Stopwatch _watch = new();
    private IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _hashed;
    private long _receivedThisRun;
    private long? _total;
    private TimeSpan? _lastProgress;

    internal ResumableDownload(
        Cmdlet cmdlet, DownloadJob job, HttpClient plain, string destination, bool force, int maxRetries, TimeSpan readTimeout)
    {
        _cmdlet = cmdlet;
        _job = job;
        _plain = plain;
        _destination = destination;
        _force = force;
        _maxRetries = Math.Max(0, maxRetries);
        _readTimeout = readTimeout;
    }

    /// <summary>Downloads, verifies and renames into place; returns the saved file.</summary>
    internal async Task<FileInfo> RunAsync(CancellationToken cancellationToken)
    {
        _watch.Start();
        string? target = null;
        string? partial = null;
        var failures = 0;
        while (true)
        {
            // A 404 here is the API's not-found error, and an API failure is the API's own error: neither is retried.
            var link = await _job.FreshLink(cancellationToken);
            if (target is null)
            {
                target = TargetFor(link);
                partial = target + ".partial";
                if (File.Exists(target) && !_force)
                {
                    throw PerInput(_job.FileExistsErrorId, Text.Format(Strings.RhsmImageFileExists, target));
                }
            }

            var before = File.Exists(partial) ? new FileInfo(partial).Length : 0;
            try
            {
                await TransferAsync(link, partial!, before, cancellationToken);
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

                _cmdlet.WriteVerbose(Text.Format(Strings.RhsmDownloadResuming, Path.GetFileName(target), now, Reason(ex), failures, _maxRetries));
                await Task.Delay(Backoff(failures), cancellationToken);
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
            await RehashAsync(partial, offset, cancellationToken);
        }

        using var transfer = await BearerFreeTransfer.OpenAsync(_plain, link.Href, offset, _job.FailedErrorId, cancellationToken);
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
            var read = await ReadAsync(transfer.Body, buffer, idle, cancellationToken);
            if (read == 0)
            {
                break;
            }

            await file.WriteAsync(buffer, 0, read, cancellationToken);
            _hash.AppendData(buffer, 0, read);
            _hashed += read;
            _receivedThisRun += read;
            Progress(Path.GetFileName(partial.Substring(0, partial.Length - ".partial".Length)));
        }

        await file.FlushAsync(cancellationToken);
        if (_total is { } total && _hashed != total)
        {
            throw new Interrupted(new IOException(Text.Format(Strings.RhsmDownloadShort, _hashed, total)));
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
            return await body.ReadAsync(buffer, 0, buffer.Length, idle.Token);
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
        while (_hashed < length && (read = await file.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, length - _hashed), cancellationToken)) > 0)
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
        var elapsed = _watch.Elapsed;
        if (_lastProgress is { } last && elapsed - last < ProgressInterval)
        {
            return;
        }

        _lastProgress = elapsed;
        var speed = elapsed.TotalSeconds > 0 ? _receivedThisRun / elapsed.TotalSeconds : 0;
        var size = _total is { } total ? Size(total) : Strings.RhsmDownloadSizeUnknown;
        var record = new ProgressRecord(ActivityId, Text.Format(Strings.RhsmDownloadActivity, name), Text.Format(Strings.RhsmDownloadStatus, Size(_hashed), size, Size((long)speed)));
        if (_total is { } length && length > 0)
        {
            record.PercentComplete = (int)Math.Min(100, _hashed * 100 / length);
            if (speed > 0)
            {
                record.SecondsRemaining = (int)Math.Min(int.MaxValue, (length - _hashed) / speed);
            }
        }

        _cmdlet.WriteProgress(record);
    }

    private void Complete(string name)
    {
        if (_lastProgress is not null)
        {
            _cmdlet.WriteProgress(new ProgressRecord(ActivityId, Text.Format(Strings.RhsmDownloadActivity, Path.GetFileName(name)), "100%") { RecordType = ProgressRecordType.Completed });
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
            Text.Format(Strings.RhsmDownloadFailed, name, received, _total?.ToString(CultureInfo.CurrentCulture) ?? Strings.RhsmDownloadSizeUnknown, Reason(ex), partial),
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

    private static string Size(long bytes)
    {
        string[] units = { "B", "KB", "MB", "GB", "TB" };
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString(unit == 0 ? "0" : "0.0", CultureInfo.CurrentCulture) + " " + units[unit];
    }

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
