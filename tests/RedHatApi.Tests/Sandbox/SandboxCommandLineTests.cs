using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Sandbox;

/// <summary>
/// The sandbox's command line, now assembled from its API families: every flag users and scripts pass keeps
/// working and is documented in --help; unknown flags and bad values end it with exit code 2.
/// </summary>
public sealed class SandboxCommandLineTests
{
    /// <summary>Every flag the sandbox has ever had: scripts, tests and the README pass them.</summary>
    public static readonly string[] Flags =
    {
        "--port", "--systems", "--seed", "--token-lifetime", "--rotate-refresh-tokens", "--over-cap", "--tls", "--image-bytes",
        "--latency-ms", "--error-rate", "--error-status", "--throttle-rate", "--retry-after", "--drop-rate", "--malformed-rate",
        "--assisted-step-ms", "--assisted-fail-installs", "--cluster", "--cluster-flavor", "--cluster-no-token-secrets",
        "--cluster-max-token-expiration", "--cluster-oauth-token-lifetime", "--ironic-nodes", "--ironic-basic", "--ironic-restrict-lookup",
        "--runai-projects", "--runai-departments", "--runai-clusters", "--runai-nodes", "--runai-token-lifetime", "--runai-realm", "--runai-no-v2",
        "--inventory-extra-hosts", "--inventory-drift", "--inventory-rename-every", "--console-no-group", "--export-seconds", "--export-fail",
        "--rhsm-auto-delete-days",
    };

    [Fact]
    public void Help_lists_every_flag_once_with_each_family_and_what_kubectl_can_do()
    {
        var (code, output, _) = RunSandbox("--help");
        Assert.Equal(0, code);
        var flagLines = output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("--", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(Flags.OrderBy(f => f, StringComparer.Ordinal), flagLines.OrderBy(f => f, StringComparer.Ordinal));
        foreach (var heading in new[] { "Server and faults:", "Red Hat SSO:", "RHSM:", "Assisted Installer:", "OpenShift cluster:", "OpenStack Ironic:", "NVIDIA Run:ai:", "console.redhat.com:" })
        {
            Assert.Contains(heading, output, StringComparison.Ordinal);
        }

        Assert.Contains("kubectl", output, StringComparison.Ordinal);
        Assert.Contains("/_sandbox/reset", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-such-flag")]
    [InlineData("--systems", "many")]
    [InlineData("--over-cap", "sometimes")]
    [InlineData("--cluster-flavor")]
    public void A_bad_command_line_ends_with_exit_code_2_and_says_why(params string[] arguments)
    {
        var (code, _, error) = RunSandbox(arguments);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [UnixFact]
    public void SIGTERM_stops_the_sandbox_with_exit_code_0()
    {
        var dll = Path.Combine(RepoPaths.Root, "src", "RedHatApi.Sandbox", "bin", RepoPaths.Configuration, "net10.0", "RedHatApi.Sandbox.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add("0");
        using var sandbox = Process.Start(info)!;
        try
        {
            // The banner ends with the PowerShell line; by then the host is running.
            string? line;
            do
            {
                line = sandbox.StandardOutput.ReadLine();
            }
            while (line is not null && !line.TrimStart().StartsWith("PowerShell", StringComparison.Ordinal));

            Assert.NotNull(line);
            using (var kill = Process.Start("kill", new[] { "-TERM", sandbox.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            {
                kill.WaitForExit();
            }

            Assert.True(sandbox.WaitForExit(30_000), "the sandbox was still running 30 s after SIGTERM");
            Assert.Equal(0, sandbox.ExitCode);
        }
        finally
        {
            if (!sandbox.HasExited)
            {
                sandbox.Kill(entireProcessTree: true);
            }
        }
    }

    private static (int ExitCode, string Output, string Error) RunSandbox(params string[] arguments)
    {
        var dll = Path.Combine(RepoPaths.Root, "src", "RedHatApi.Sandbox", "bin", RepoPaths.Configuration, "net10.0", "RedHatApi.Sandbox.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the sandbox did not exit: " + string.Join(' ', arguments));
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A fact about POSIX signals: skipped on Windows, which has no SIGTERM.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "POSIX signals do not exist on Windows";
        }
    }
}
