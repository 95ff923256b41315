using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;

namespace RedHatApi.Tests.Conventions;

/// <summary>Reads RedHatApi.psd1 with PowerShell's parser (Import-PowerShellDataFile is not in a Core runspace).</summary>
internal static class ManifestFile
{
    internal static Hashtable Read(string path)
    {
        var ast = Parser.ParseFile(path, out _, out var errors);
        if (errors.Length > 0)
        {
            throw new InvalidDataException(path + ": " + string.Join("; ", errors.Select(e => e.Message)));
        }

        var table = ast.Find(a => a is HashtableAst, searchNestedScriptBlocks: false) as HashtableAst
            ?? throw new InvalidDataException(path + " has no hashtable");
        return (Hashtable)table.SafeGetValue();
    }

    internal static string[] Strings(Hashtable manifest, string key) => manifest[key] switch
    {
        null => Array.Empty<string>(),
        string one => new[] { one },
        object[] many => many.Select(o => o.ToString()!).ToArray(),
        var other => throw new InvalidDataException($"{key} is a {other.GetType()}"),
    };
}
