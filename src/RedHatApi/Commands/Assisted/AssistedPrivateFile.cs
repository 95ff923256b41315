using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace RedHatApi.Commands.Assisted;

/// <summary>Files that hold credentials (kubeconfig, discovery ignition): readable by the current user only, written whole or not at all.</summary>
internal static class AssistedPrivateFile
{
    /// <summary>Writes a secret file: owner-only permissions before any byte lands, then a rename over the old file.</summary>
    internal static FileInfo Write(string target, byte[] content)
    {
        var temporary = target + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                OwnerOnly(temporary);
                file.Write(content, 0, content.Length);
            }

            if (File.Exists(target))
            {
                File.Delete(target);
            }

            File.Move(temporary, target);
            return new FileInfo(target);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// chmod 600 on Linux and macOS through File.SetUnixFileMode (.NET 7+, looked up at run time because the module
    /// targets netstandard2.0); Windows files inherit the user profile's ACL.
    /// </summary>
    private static void OwnerOnly(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return;
        }

        var modeType = typeof(File).Assembly.GetType("System.IO.UnixFileMode");
        var setMode = modeType is null ? null : typeof(File).GetMethod("SetUnixFileMode", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string), modeType }, null);
        setMode?.Invoke(null, new[] { path, Enum.ToObject(modeType!, 0x180) });
    }
}
