using System;
using System.IO;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Pester;

/// <summary>
/// The README's first command: tools/Invoke-SandboxScript.ps1 runs the nightly CMDB reconciliation in the pinned
/// real pwsh against a sandbox it starts, and hands the script's exit code to the scheduler.
/// </summary>
public sealed class ReadmeDemoTests : IDisposable
{
    private readonly string _report = Path.Combine(Path.GetTempPath(), "redhatapi-demo-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_report);

    private static (int ExitCode, string Output) RunDemo(params string[] scriptArguments) =>
        RealPwsh.Run(
            ["-File", Path.Combine(RepoPaths.Root, "tools", "Invoke-SandboxScript.ps1"), "-NoBuild",
             Path.Combine(RepoPaths.Root, "examples", "Invoke-RhsmCmdbReconciliation.ps1"), .. scriptArguments],
            TimeSpan.FromMinutes(5));

    [RealPwshFact]
    public void The_nightly_reconciliation_runs_in_real_pwsh_against_the_sandbox_and_exits_0()
    {
        var (code, output) = RunDemo("-OutputPath", _report);
        Assert.True(code == 0, output);
        Assert.Contains("Sandbox running at http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("need attention", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(_report);
        Assert.Equal("\"HostName\",\"Status\",\"Reason\",\"SystemUuid\",\"LastCheckin\",\"DaysSinceCheckin\",\"RhsmCount\",\"CmdbCount\",\"SourceApi\",\"RetrievedAt\"", lines[0]);
        Assert.True(lines.Length > 1, "the sample CMDB differs from the sandbox, so the report lists hosts");
    }

    [RealPwshFact]
    public void The_script_exit_code_reaches_the_caller()
    {
        Assert.Equal(2, RunDemo("-OutputPath", _report, "-FailOnDifference").ExitCode);
        var (code, output) = RunDemo("-OutputPath", _report, "-CmdbPath", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv"));
        Assert.Equal(1, code);
        Assert.Contains("RHSM reconciliation failed", output, StringComparison.Ordinal);
    }
}

/// <summary>A fact that is skipped, with the reason shown, when the pinned pwsh cannot be had here (never on CI).</summary>
public sealed class RealPwshFactAttribute : FactAttribute
{
    public RealPwshFactAttribute()
    {
        if (RealPwsh.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
