using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Benchmarks;

/// <summary>
/// Streams a very large listing through a runspace and samples the managed heap while it runs: flat memory means
/// objects are written and released page by page instead of collected into a list.
/// </summary>
internal static class StreamingMemoryBenchmark
{
    internal sealed record Result(int Systems, double Seconds, double HeapAtStartMb, double HeapPeakMb, double HeapAtEndMb, long Counted);

    internal static Result Run(int systems)
    {
        using var sandbox = SandboxProcess.Start("--systems", systems.ToString(CultureInfo.InvariantCulture));
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepoPaths.ModuleManifest);
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript("Connect-RedHatApi -Sandbox $args[0]; $n = 0; Get-RhsmSystem | ForEach-Object { $n++ }; $n").AddArgument(sandbox.BaseUri);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = GC.GetTotalMemory(true) / 1048576.0;
        var peak = start;
        using var sampling = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false) / 1048576.0);
                Thread.Sleep(100);
            }
        });
        sampler.Start();
        var watch = Stopwatch.StartNew();
        var output = ps.Invoke();
        var seconds = watch.Elapsed.TotalSeconds;
        sampling.Cancel();
        sampler.Join();
        var end = GC.GetTotalMemory(true) / 1048576.0;
        return new Result(systems, seconds, start, peak, end, Convert.ToInt64(output[output.Count - 1].BaseObject, CultureInfo.InvariantCulture));
    }
}
