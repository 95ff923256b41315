using System;
using System.Globalization;
using System.Management.Automation;
using RedHatApi.Properties;
using RedHatApi.Transfers;

namespace RedHatApi.Cmdlets;

/// <summary>How a download's progress reads in Write-Progress: one bar per file, its size, speed and time left.</summary>
internal static class DownloadProgressRecord
{
    private const int ActivityId = 0x5248;

    /// <summary>A progress sink that writes each report of a download as a progress record of <paramref name="cmdlet"/>.</summary>
    internal static IProgress<DownloadProgress> For(Cmdlet cmdlet) => new PipelineProgress<DownloadProgress>(p => cmdlet.WriteProgress(From(p)));

    /// <summary>The progress record for one report; the completed report closes the bar.</summary>
    internal static ProgressRecord From(DownloadProgress progress)
    {
        var activity = Text.Format(Strings.DownloadActivity, progress.FileName);
        if (progress.Completed)
        {
            return new ProgressRecord(ActivityId, activity, "100%") { RecordType = ProgressRecordType.Completed };
        }

        var size = progress.Total is { } total ? Size(total) : Strings.DownloadSizeUnknown;
        var record = new ProgressRecord(ActivityId, activity, Text.Format(Strings.DownloadStatus, Size(progress.Received), size, Size((long)progress.BytesPerSecond)));
        if (progress.Percent is { } percent)
        {
            record.PercentComplete = percent;
            if (progress.SecondsRemaining is { } seconds)
            {
                record.SecondsRemaining = seconds;
            }
        }

        return record;
    }

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
}
