using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using RedHatApi.HelpBuilder;

// RedHatApi.HelpBuilder <docs folder> <output folder> <help file name>
// Converts every cmdlet markdown file of the docs folder into one MAML file and every about_*.help.md into
// about_*.help.txt. Errors are written as "file(line): error RHAHELP: message", the form MSBuild shows as build
// errors, and the exit code is 1; nothing is written then, so a broken file never replaces good help.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: RedHatApi.HelpBuilder <docs folder> <output folder> <help file name, e.g. RedHatApi.dll-Help.xml>");
    return 2;
}

var (docs, output, helpFileName) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), args[2]);
var commands = new List<CommandHelp>();
var abouts = new List<(string Name, string Text)>();
var failures = 0;
foreach (var file in Directory.EnumerateFiles(docs, "*.md").Order(StringComparer.Ordinal))
{
    try
    {
        var markdown = File.ReadAllText(file);
        var name = Path.GetFileName(file);
        if (name.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
        {
            abouts.Add((Path.ChangeExtension(name, ".txt"), AboutTopicWriter.Write(markdown, file)));
        }
        else if (CommandHelpReader.IsCommandHelp(markdown))
        {
            commands.Add(CommandHelpReader.Read(markdown, file));
        }
    }
    catch (HelpBuildException e)
    {
        Console.Error.WriteLine(e.Message);
        failures++;
    }
}

if (failures > 0)
{
    return 1;
}

Directory.CreateDirectory(output);
var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
using (var writer = XmlWriter.Create(Path.Combine(output, helpFileName), settings))
{
    MamlWriter.Write(commands).Save(writer);
}

foreach (var (name, text) in abouts)
{
    File.WriteAllText(Path.Combine(output, name), text, new UTF8Encoding(false));
}

Console.WriteLine($"RedHatApi help -> {output} ({commands.Count} cmdlets, {abouts.Count} about topics)");
return 0;
