using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// The scheduled-job examples, run the way the README demo runs them: RedHatApi.ScriptHost (the PowerShell SDK,
/// so Import-Csv and Export-Csv exist) with its own sandbox, checked by exit code and output file.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class ExampleScriptTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "redhatapi-example-" + Guid.NewGuid().ToString("N") + ".csv");

    private static (int ExitCode, string StdOut, string StdErr) RunExample(string script, params string[] parameters)
    {
        var host = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tools", "RedHatApi.ScriptHost", "bin"), "RedHatApi.ScriptHost.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(host);
        info.ArgumentList.Add("--sandbox");
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "examples", script));
        foreach (var parameter in parameters)
        {
            info.ArgumentList.Add(parameter);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the example did not finish in two minutes");
        return (process.ExitCode, stdout, stderr.Result);
    }

    [Fact]
    public void The_nightly_reconciliation_writes_every_difference_and_exits_0()
    {
        var (code, stdout, stderr) = RunExample("Invoke-RhsmCmdbReconciliation.ps1", "-OutputPath", _output);
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(_output);
        Assert.Equal("\"HostName\",\"Status\",\"Reason\",\"SystemUuid\",\"LastCheckin\",\"DaysSinceCheckin\",\"RhsmCount\",\"CmdbCount\",\"SourceApi\",\"RetrievedAt\"", lines[0]);
        var statuses = lines.Skip(1).Select(l => l.Split("\",\"")[1]).ToList();
        Assert.DoesNotContain("Match", statuses);

        // The sample CMDB (examples/data/cmdb-hosts.csv) leaves out five registered hosts, lists three that never
        // registered and one host twice; the seeded sandbox also has stale systems and re-registrations.
        Assert.Equal(5, statuses.Count(s => s == "MissingInCmdb"));
        Assert.Equal(3, statuses.Count(s => s == "MissingInRhsm"));
        Assert.Contains("Stale", statuses);
        Assert.Contains("Duplicate", statuses);
        Assert.Contains("need attention", stdout, StringComparison.Ordinal);
        Assert.Contains("  Stale ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void With_AllSources_the_nightly_reconciliation_compares_every_source_and_keeps_its_exit_codes()
    {
        var (code, stdout, stderr) = RunExample("Invoke-RhsmCmdbReconciliation.ps1", "-OutputPath", _output, "-AllSources");
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(_output);
        Assert.StartsWith("\"HostName\",\"Status\",\"Reason\",\"SubscriptionManagerId\",", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"InventoryId\",\"InventoryLastSeen\",\"InventoryStatus\"", lines[0], StringComparison.Ordinal);
        var statuses = lines.Skip(1).Select(l => l.Split("\",\"")[1]).ToList();
        Assert.DoesNotContain("Match", statuses);

        // The five registered hosts the sample CMDB leaves out, and the three it lists that RHSM never saw.
        Assert.True(statuses.Count(s => s == "MissingInCmdb") >= 5, string.Join(",", statuses));
        Assert.Equal(3, statuses.Count(s => s is "Decommissioned" or "MissingInRhsm" or "LikelyAutoDeletedByRhsm"));
        Assert.Contains("Cmdb, Rhsm, Inventory, Assisted", stdout, StringComparison.Ordinal);
        Assert.Contains("need attention", stdout, StringComparison.Ordinal);

        var (failed, _, _) = RunExample("Invoke-RhsmCmdbReconciliation.ps1", "-OutputPath", _output, "-AllSources", "-FailOnDifference");
        Assert.Equal(2, failed);
        var (broken, _, error) = RunExample("Invoke-RhsmCmdbReconciliation.ps1", "-OutputPath", _output + ".x", "-AllSources", "-HostNameColumn", "fqdn");
        Assert.Equal(1, broken);
        Assert.Contains("InventoryPropertyNotFound", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_output + ".x"));
    }

    [Fact]
    public void A_failing_night_exits_1_with_the_ErrorId_and_writes_no_report()
    {
        var (code, _, stderr) = RunExample("Invoke-RhsmCmdbReconciliation.ps1", "-OutputPath", _output, "-HostNameColumn", "fqdn");
        Assert.Equal(1, code);
        Assert.Contains("InventoryPropertyNotFound", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_output));
    }

    [Fact]
    public void FailOnDifference_turns_differences_into_exit_code_2()
    {
        var (code, _, stderr) = RunExample("Invoke-RhsmCmdbReconciliation.ps1", "-OutputPath", _output, "-FailOnDifference");
        Assert.True(code == 2, stderr);
        Assert.True(File.Exists(_output));
    }

    public void Dispose()
    {
        File.Delete(_output);
        File.Delete(_output + ".partial");
    }
}
