using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace RedHatApi.ColdLoop;

/// <summary>
/// Where a cold module run spends its time, recorded inside the pwsh that runs it (benchmarks/ColdStart/Trace-ColdStart.ps1
/// loads this assembly before its clock starts): every method the JIT compiles, with its duration and namespace, from
/// the runtime's own events, and every assembly load. <see cref="Mark"/> names the step that starts; <see cref="Report"/>
/// sums JIT time and loads per step and per owner (RedHatApi, PowerShell, Polly, IdentityModel, the HTTP stack...).
/// </summary>
public sealed class StartupTrace : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private static readonly ConcurrentQueue<(long At, string Method, string Owner, double Ms, int Thread)> Jits = new();
    private static readonly ConcurrentQueue<(long At, string Name)> Loads = new();
    private static readonly ConcurrentDictionary<int, (long At, string Namespace, string Name)> Started = new();
    private static readonly List<(long At, string Step)> Steps = new();
    private static StartupTrace? _instance;

    /// <summary>Starts recording; call once, before the first step.</summary>
    public static void Start()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Loads.Enqueue((Stopwatch.GetTimestamp(), e.LoadedAssembly.GetName().Name ?? "?"));
        _instance = new StartupTrace();
    }

    /// <summary>Marks the start of a step, naming the thread that runs it (the pipeline thread).</summary>
    public static void Mark(string step)
    {
        lock (Steps)
        {
            Steps.Add((Stopwatch.GetTimestamp(), step + (OperatingSystem.IsLinux() ? $" (thread {gettid()})" : string.Empty)));
        }
    }

    [System.Runtime.InteropServices.DllImport("libc")]
#pragma warning disable CA5392, SYSLIB1054 // a diagnostic helper: libc's gettid, Linux only
    private static extern int gettid();
#pragma warning restore CA5392, SYSLIB1054

    /// <summary>Waits for the runtime's event dispatch to catch up and returns the report as text.</summary>
    public static string Report()
    {
        Mark("end");
        Thread.Sleep(1500);
        _instance?.Dispose();
        var text = new StringBuilder();
        var steps = Steps.ToList();
        string StepAt(long at) => steps.LastOrDefault(s => s.At <= at).Step ?? "before";
        foreach (var step in steps.Take(steps.Count - 1))
        {
            var jits = Jits.Where(j => StepAt(j.At) == step.Step).ToList();
            var loads = Loads.Where(l => StepAt(l.At) == step.Step).Select(l => l.Name).ToList();
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"## {step.Step}: {jits.Count} methods JIT-compiled in {jits.Sum(j => j.Ms):F0} ms; {loads.Count} assemblies loaded"));
            foreach (var owner in jits.GroupBy(j => j.Owner).OrderByDescending(g => g.Sum(j => j.Ms)).Take(30))
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  jit {owner.Key,-45} {owner.Count(),5} methods {owner.Sum(j => j.Ms),7:F1} ms"));
            }

            // REDHATAPI_TRACE_DETAIL=<owner prefix> lists that owner's methods with the JIT thread, to tell the
            // pipeline thread's work from background work.
            var detail = Environment.GetEnvironmentVariable("REDHATAPI_TRACE_DETAIL");
            if (!string.IsNullOrEmpty(detail))
            {
                foreach (var j in jits.Where(j => j.Owner.StartsWith(detail, StringComparison.Ordinal)).Take(40))
                {
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"    [{j.Thread}] {j.Method} {j.Ms:F1} ms"));
                }
            }

            if (loads.Count > 0)
            {
                text.AppendLine("  loads " + string.Join(", ", loads));
            }
        }

        return text.ToString();
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // MethodJittingStarted (145) then MethodLoadVerbose (143) on the same thread: the difference is the JIT time.
        var at = eventData.TimeStamp.Ticks;
        var thread = (int)eventData.OSThreadId;
        if (eventData.EventId == 145 && eventData.Payload is { Count: > 4 } started)
        {
            Started[thread] = (at, started[4] as string ?? string.Empty, started[5] as string ?? string.Empty);
        }
        else if (eventData.EventId == 143 && Started.TryRemove(thread, out var begin))
        {
            var ms = (at - begin.At) / (double)TimeSpan.TicksPerMillisecond;
            // Event time stamps are DateTime ticks; convert to Stopwatch ticks relative to now for the step lookup.
            var stopwatchAt = Stopwatch.GetTimestamp() - (long)((DateTime.UtcNow.Ticks - eventData.TimeStamp.ToUniversalTime().Ticks) / (double)TimeSpan.TicksPerSecond * Stopwatch.Frequency);
            Jits.Enqueue((stopwatchAt, begin.Namespace + "::" + begin.Name, OwnerOf(begin.Namespace), ms, thread));
        }
    }

    private static string OwnerOf(string ns)
    {
        var dot = ns.IndexOf('.', StringComparison.Ordinal);
        var second = dot < 0 ? -1 : ns.IndexOf('.', dot + 1);
        var third = second < 0 ? -1 : ns.IndexOf('.', second + 1);
        var cut = ns.StartsWith("RedHatApi", StringComparison.Ordinal) ? second : third;
        return cut < 0 ? ns : ns.Substring(0, cut);
    }
}
