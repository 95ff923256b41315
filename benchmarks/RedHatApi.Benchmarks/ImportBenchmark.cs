using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Benchmarks;

/// <summary>Cold import and first call, against a runspace opened without the module in the same process.</summary>
internal static class ImportBenchmark
{
    internal sealed record Result(double BaselineOpenMs, double ImportOpenMs, double FirstCallMs);

    internal static Result Run(SandboxProcess sandbox)
    {
        var baseline = Stopwatch.StartNew();
        using (var plain = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2()))
        {
            plain.Open();
        }

        var baselineMs = baseline.Elapsed.TotalMilliseconds;
        var import = Stopwatch.StartNew();
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepoPaths.ModuleManifest);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        var importMs = import.Elapsed.TotalMilliseconds;

        var call = Stopwatch.StartNew();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript("Connect-RedHatApi -Sandbox $args[0]; Get-RhsmSystem -First 1").AddArgument(sandbox.BaseUri).Invoke();
        return new Result(baselineMs, importMs, call.Elapsed.TotalMilliseconds);
    }
}
