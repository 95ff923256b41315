using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using System.Text;
using Xunit;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// The pinned pwsh (a local dotnet tool, `.config/dotnet-tools.json`) and Pester (from the NuGet cache), as the
/// Pester suite and the README demo use them.
/// </summary>
public static class RealPwsh
{
    private static readonly Lazy<(string? PesterPath, string? Reason)> Probe = new(FindPester);

    /// <summary>tests/Pester, where every *.Tests.ps1 file is picked up.</summary>
    public static string PesterDirectory => Path.Combine(RepoPaths.Root, "tests", "Pester");

    /// <summary>The runner every Pester run goes through.</summary>
    public static string Runner => Path.Combine(PesterDirectory, "Invoke-PesterSuite.ps1");

    /// <summary>
    /// Why the Pester files cannot run here, or null. On CI (CI=true) it is always null: a missing pwsh or Pester
    /// then fails every Pester test instead of skipping it.
    /// </summary>
    public static string? UnavailableReason =>
        OnCi ? null : Probe.Value.Reason is { } reason ? "The pinned pwsh or Pester is unavailable: " + reason : null;

    private static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The names of the Pester files, one theory case each; a new file is picked up without a code change.</summary>
    public static IEnumerable<string> TestFiles() =>
        Directory.GetFiles(PesterDirectory, "*.Tests.ps1").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!;

    /// <summary>Whether a Pester file tags any Describe, Context or It with <paramref name="tag"/>.</summary>
    public static bool HasTag(string file, string tag)
    {
        var ast = Parser.ParseFile(Path.Combine(PesterDirectory, file), out _, out _);
        return ast.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>()
            .Where(c => c.GetCommandName() is "Describe" or "Context" or "It")
            .Any(c => c.CommandElements
                .SkipWhile(e => e is not CommandParameterAst { ParameterName: var name } || !name.Equals("Tag", StringComparison.OrdinalIgnoreCase))
                .Skip(1).Take(1)
                .Any(e => e.FindAll(v => v is StringConstantExpressionAst s && s.Value.Equals(tag, StringComparison.OrdinalIgnoreCase), true).Any()));
    }

    /// <summary>Pester.psd1 in the NuGet cache; fails the test when pwsh or Pester cannot be had (only reached on CI).</summary>
    public static string PesterPath
    {
        get
        {
            if (Probe.Value.Reason is { } reason)
            {
                Assert.Fail("The pinned pwsh or Pester cannot run: " + reason);
            }

            return Probe.Value.PesterPath!;
        }
    }

    private static (string? PesterPath, string? Reason) FindPester()
    {
        // Restores the pinned pwsh when it is missing (a no-op when it is there), so `dotnet test` needs nothing else.
        var (restoreCode, restoreOutput) = Dotnet(["tool", "restore"], TimeSpan.FromMinutes(5));
        if (restoreCode != 0)
        {
            return (null, "`dotnet tool restore` could not install the pinned pwsh (exit code " + restoreCode + "): " + Tail(restoreOutput, 10));
        }

        var (code, output) = Pwsh(["-File", Runner, "-Probe"], TimeSpan.FromMinutes(2));
        var path = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return code == 0 && path is not null && File.Exists(path)
            ? (path, null)
            : (null, "`dotnet pwsh` could not find Pester (exit code " + code + "): " + Tail(output, 10));
    }

    /// <summary>Runs `dotnet pwsh -NoProfile -NonInteractive` with the arguments, from the repository root; output is stdout and stderr.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments, TimeSpan timeout)
    {
        _ = PesterPath;
        return Pwsh(arguments, timeout);
    }

    /// <summary>How to start the pinned pwsh: `dotnet` with these arguments first, from the repository root.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        // From the repository root: `dotnet pwsh` finds the local tool through .config/dotnet-tools.json there.
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root };
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static (int ExitCode, string Output) Pwsh(IEnumerable<string> arguments, TimeSpan timeout) =>
        Wait(StartInfo(arguments), timeout);

    private static (int ExitCode, string Output) Dotnet(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Wait(info, timeout);
    }

    private static (int ExitCode, string Output) Wait(ProcessStartInfo info, TimeSpan timeout)
    {
        using var process = new ChildProcess(info);
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            return (-1, process.Log + Environment.NewLine + "(stopped after " + timeout.TotalMinutes + " min)");
        }

        return (process.ExitCode, process.Log);
    }

    private static string Tail(string text, int lines) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).TakeLast(lines));
}

/// <summary>The runner's JSON summary (see tests/Pester/Invoke-PesterSuite.ps1 -ResultPath).</summary>
public sealed record PesterSummary(
    string Pester,
    string PowerShell,
    int Passed,
    int Failed,
    int Skipped,
    int Inconclusive,
    int NotRun,
    double Seconds,
    IReadOnlyList<PesterFailure> Failures,
    IReadOnlyList<string> SkippedTests);

/// <summary>A failed test, block setup or file, as Pester reported it.</summary>
public sealed record PesterFailure(string Kind, string Name, string Message, string Location);

/// <summary>One run of one Pester file.</summary>
public sealed record PesterResult(string File, string[] Tags, int ExitCode, string Output, PesterSummary? Summary)
{
    /// <summary>Every test that matched the tags ran and passed, and the runner said so.</summary>
    public bool Succeeded => ExitCode == 0 && Summary is { Failures.Count: 0, Failed: 0 };

    /// <summary>A failure message that names every failed test with Pester's message and location.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var tags = string.Join(", ", Tags);
        if (Summary is null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{File} ({tags}): the Pester runner exited with code {ExitCode} and wrote no result. Its output:");
            text.AppendLine(Output);
            return text.ToString();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{File} ({tags}) under PowerShell {Summary.PowerShell}, Pester {Summary.Pester}: {Summary.Passed} passed, {Summary.Failed} failed, {Summary.Skipped} skipped (exit code {ExitCode}).");
        foreach (var failure in Summary.Failures)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"[{failure.Kind}] {failure.Name}");
            text.AppendLine("  " + failure.Message.Replace("\n", "\n  ", StringComparison.Ordinal));
            if (failure.Location.Length > 0)
            {
                text.AppendLine("  " + failure.Location.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return text.ToString();
    }
}
