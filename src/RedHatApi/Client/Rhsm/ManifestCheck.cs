using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace RedHatApi.Client.Rhsm;

/// <summary>
/// Whether a downloaded file is a Satellite manifest: a zip holding consumer_export.zip (itself a readable zip) and
/// its signature. Satellite rejects anything else only at import, long after the nightly job that fetched it.
/// </summary>
internal static class ManifestCheck
{
    /// <summary>Null when <paramref name="path"/> is a manifest; else what is wrong, in words for the error message.</summary>
    internal static string? Problem(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            var inner = zip.GetEntry("consumer_export.zip");
            if (inner is null || zip.GetEntry("signature") is null)
            {
                return "it holds " + (names.Count == 0 ? "no files" : string.Join(", ", names)) + ", not consumer_export.zip and signature";
            }

            using var stream = inner.Open();
            using var consumer = new ZipArchive(stream, ZipArchiveMode.Read);
            return consumer.Entries.Count == 0 ? "consumer_export.zip is empty" : null;
        }
        catch (InvalidDataException ex)
        {
            return "it is not a readable zip (" + ex.Message + ")";
        }
    }
}
