using System;

namespace RedHatApi.Transfers;

/// <summary>
/// Where one download stands, as <see cref="ResumableDownload"/> reports it: the file's name, the bytes in the file so
/// far (resumed bytes included), the whole length when the host announced it, and the speed of this run. The last
/// report of a download has <see cref="Completed"/> set.
/// </summary>
internal readonly struct DownloadProgress
{
    internal DownloadProgress(string fileName, long received, long? total, double bytesPerSecond, bool completed)
    {
        FileName = fileName;
        Received = received;
        Total = total;
        BytesPerSecond = bytesPerSecond;
        Completed = completed;
    }

    /// <summary>The name of the file being written (without its folder).</summary>
    internal string FileName { get; }

    /// <summary>Bytes in the file so far.</summary>
    internal long Received { get; }

    /// <summary>The whole file's length, when the host said.</summary>
    internal long? Total { get; }

    /// <summary>Bytes per second received by this run (bytes already on disk from an earlier run do not count).</summary>
    internal double BytesPerSecond { get; }

    /// <summary>True on the one report that ends the download's progress.</summary>
    internal bool Completed { get; }

    /// <summary>Percent of the whole file, when its length is known.</summary>
    internal int? Percent => Total is { } total && total > 0 ? (int)Math.Min(100, Received * 100 / total) : null;

    /// <summary>Seconds left at this run's speed, when the length and a speed are known.</summary>
    internal int? SecondsRemaining => Total is { } total && total > 0 && BytesPerSecond > 0
        ? (int)Math.Min(int.MaxValue, Math.Max(0, total - Received) / BytesPerSecond)
        : null;
}
