using System;
using System.IO;
using System.Text;
using System.Text.Json;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Transfers;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// One cluster file fetched through the resumable engine: a fresh pre-signed link before every attempt (GET
/// …/downloads/files-presigned), the file named &lt;cluster name&gt;-&lt;file&gt; inside a folder, and a check of what arrived.
/// </summary>
internal static class AssistedClusterDownload
{
    /// <summary>Where a ustar header says "ustar" (a tar archive's magic).</summary>
    private const int TarMagicOffset = 257;

    /// <summary>The job for <paramref name="fileName"/> of one cluster; <paramref name="request"/> is the link request -WhatIf showed.</summary>
    internal static DownloadJob Job(AssistedClient client, Guid clusterId, string clusterName, string fileName, string savedName, ApiRequest request) =>
        new(
            clusterId,
            async ct =>
            {
                // The confirmed request, sent again before every attempt: links expire.
                var link = await client.GetClusterFileUrlAsync(clusterId, fileName, false, request, ct).ConfigureAwait(false);
                return new DownloadLink(link.Url, clusterName + "-" + savedName);
            },
            clusterId.ToString("D") + "-" + savedName,
            ErrorIds.AssistedFileExists,
            ErrorIds.AssistedDownloadFailed,
            file => Verify(file, fileName));

    /// <summary>The announced length, then the format: ignitions and metadata are JSON, logs a tar archive.</summary>
    private static RedHatApiException? Verify(DownloadedFile file, string fileName)
    {
        if (file.AnnouncedLength is { } announced && announced != file.Length)
        {
            return Invalid(Text.Format(Strings.AssistedClusterFileWrongLength, file.Length, announced));
        }

        if (fileName.EndsWith(".ign", StringComparison.Ordinal) || fileName.EndsWith(".json", StringComparison.Ordinal))
        {
            try
            {
                JsonDocument.Parse(File.ReadAllBytes(file.Path)).Dispose();
            }
            catch (JsonException ex)
            {
                return Invalid(ex.Message);
            }
        }
        else if (fileName == "logs" && !IsTar(file.Path))
        {
            return Invalid("not a tar archive");
        }

        return null;
    }

    private static bool IsTar(string path)
    {
        var magic = new byte[5];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length < TarMagicOffset + magic.Length)
        {
            return false;
        }

        stream.Seek(TarMagicOffset, SeekOrigin.Begin);
        var read = 0;
        int n;
        while (read < magic.Length && (n = stream.Read(magic, read, magic.Length - read)) > 0)
        {
            read += n;
        }

        return Encoding.ASCII.GetString(magic) == "ustar";
    }

    private static RedHatApiException Invalid(string why) =>
        new(ErrorIds.AssistedClusterFileInvalid, Text.Format(Strings.AssistedClusterFileInvalid, why));
}
