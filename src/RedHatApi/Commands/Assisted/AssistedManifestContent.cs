using System.IO;
using System.Management.Automation;
using System.Text;

namespace RedHatApi.Commands.Assisted;

/// <summary>The bytes of a manifest given as -Path (a file, sent as it is) or -Content (text, sent as UTF-8 without a BOM).</summary>
internal static class AssistedManifestContent
{
    /// <summary>The file name pattern the API accepts: no folder, a json, yaml or yml extension, or a yaml patch.</summary>
    internal const string FileNamePattern = @"^[^\\/]*\.(json|ya?ml(\.patch_?[a-zA-Z0-9_]*)?)$";

    /// <summary>The content bytes, or null when neither parameter was given.</summary>
    internal static byte[]? Read(PSCmdlet cmdlet, string? path, string? content)
    {
        if (path is not null)
        {
            return File.ReadAllBytes(Resolve(cmdlet, path));
        }

        return content is null ? null : new UTF8Encoding(false).GetBytes(content);
    }

    /// <summary>The file system path of an existing file (PowerShell's ItemNotFound error otherwise).</summary>
    internal static string Resolve(PSCmdlet cmdlet, string path) => cmdlet.GetResolvedProviderPathFromPSPath(path, out _)[0];
}
