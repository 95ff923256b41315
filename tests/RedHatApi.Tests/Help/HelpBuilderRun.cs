using System;
using System.Diagnostics;
using System.IO;
using System.Xml.Linq;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Tests.Help;

/// <summary>
/// Runs tools/RedHatApi.HelpBuilder on markdown written to a temporary folder, as the build does. A child process,
/// not a reference: the builder's Markdig and YamlDotNet in this test process would be found before the module's
/// own YamlDotNet and hide its load isolation from the module tests.
/// </summary>
public sealed class HelpBuilderRun : IDisposable
{
    public const string HelpFileName = "Sample.dll-Help.xml";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "redhatapi-help-" + Guid.NewGuid().ToString("N"));

    public HelpBuilderRun()
    {
        Directory.CreateDirectory(Docs);
    }

    public string Docs => Path.Combine(_directory, "docs");

    public string Output => Path.Combine(_directory, "out");

    public int ExitCode { get; private set; }

    public string StandardError { get; private set; } = string.Empty;

    public string HelpFile => Path.Combine(Output, HelpFileName);

    public void Write(string fileName, string markdown) => File.WriteAllText(Path.Combine(Docs, fileName), markdown.Replace("\r\n", "\n", StringComparison.Ordinal));

    /// <summary>Runs the builder; returns this run for chaining.</summary>
    public HelpBuilderRun Run()
    {
        var builder = Path.Combine(RepoPaths.Root, "tools", "RedHatApi.HelpBuilder", "bin", RepoPaths.Configuration, "net10.0", "RedHatApi.HelpBuilder.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { builder, Docs, Output, HelpFileName })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("RedHatApi.HelpBuilder did not finish within 120 s");
        }

        StandardError = error.GetAwaiter().GetResult();
        ExitCode = process.ExitCode;
        return this;
    }

    /// <summary>The MAML written, after a successful run.</summary>
    public XDocument Maml()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException("RedHatApi.HelpBuilder failed: " + StandardError);
        }

        return XDocument.Load(HelpFile);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
