using System.IO;
using System.Management.Automation;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>Where the Save-Assisted* cmdlets write: -Path as a folder or a file in an existing folder, checked before anything is sent.</summary>
internal static class AssistedFileTarget
{
    /// <summary>The file-system path -Path names (the current folder when absent); a missing folder is terminating InvalidParameter.</summary>
    internal static string Resolve(PSCmdlet cmdlet, string? path)
    {
        var resolved = path is null
            ? cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath
            : cmdlet.GetUnresolvedProviderPathFromPSPath(path);
        var folder = Directory.Exists(resolved) ? resolved : Path.GetDirectoryName(resolved);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            cmdlet.ThrowTerminatingError(ErrorMapper.ToErrorRecord(
                new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.AssistedPathInvalid, resolved)), path));
        }

        return resolved;
    }

    /// <summary>The file inside <paramref name="destination"/> when it is a folder, else <paramref name="destination"/> itself.</summary>
    internal static string FileIn(string destination, string name)
    {
        if (!Directory.Exists(destination))
        {
            return destination;
        }

        foreach (var c in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(c, '_');
        }

        return Path.Combine(destination, name);
    }
}
