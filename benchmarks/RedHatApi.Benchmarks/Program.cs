using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using RedHatApi.Benchmarks;
using RedHatApi.Tests.Fixtures;

// Measures RedHatApi and writes docs/performance.md. Usage:
//   dotnet run -c Release --project benchmarks/RedHatApi.Benchmarks -- [--systems 5000] [--latency 20] [--repeat 3] [--hot] [--stream 1000000]
var systems = Arg("--systems", 5000);
var latency = Arg("--latency", 20);
var repeat = Arg("--repeat", 3);
const int PageSize = 100;

var paging = PagingBenchmark.Run(systems, latency, PageSize, repeat);
using var sandbox = SandboxProcess.Start("--systems", "100");
var import = ImportBenchmark.Run(sandbox);

var million = Arg("--stream", 0);
var streaming = million > 0 ? StreamingMemoryBenchmark.Run(million) : null;

string? hot = null;
if (args.Contains("--hot"))
{
    var summary = BenchmarkRunner.Run<RedactorBenchmark>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
    var rows = summary.Reports.Select(r => $"| {r.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {r.ResultStatistics?.Mean:0.0} ns | {r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)} B |");
    hot = "| Method | Mean | Allocated |\n|---|---|---|\n" + string.Join("\n", rows);
}

double Median(string name, Func<PagingBenchmark.Result, double> pick)
{
    var values = paging.Where(r => r.Name == name).Select(pick).OrderBy(v => v).ToList();
    return values[values.Count / 2];
}

var module = Median("Get-RhsmSystem", r => r.Seconds);
var raw = Median("HttpClient sequential loop", r => r.Seconds);
var curl = Median("curl per page loop", r => r.Seconds);
var firstMs = Median("Get-RhsmSystem", r => r.FirstItemMs);
var rtt = raw / Math.Ceiling((systems + 1.0) / PageSize) * 1000;

var md = new StringBuilder();
md.AppendLine("# RedHatApi performance");
md.AppendLine();
md.AppendLine("Measured by `dotnet run -c Release --project benchmarks/RedHatApi.Benchmarks`, which rewrites this file. Numbers are");
md.AppendLine("from one machine (2 cores); the ratios matter, not the absolute times. Tests never assert timings.");
md.AppendLine();
md.AppendLine(CultureInfo.InvariantCulture, $"## End-to-end paging: {systems} RHSM systems, {latency} ms injected latency, {PageSize} per page");
md.AppendLine();
md.AppendLine(CultureInfo.InvariantCulture, $"Median of {repeat} runs each, interleaved, against one RedHatApi.Sandbox process.");
md.AppendLine();
md.AppendLine("| Method | Seconds | First object (ms) | Ratio to curl loop | Ratio to HttpClient loop |");
md.AppendLine("|---|---|---|---|---|");
foreach (var name in new[] { "Get-RhsmSystem", "HttpClient sequential loop", "curl per page loop" })
{
    var s = Median(name, r => r.Seconds);
    md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {s:0.00} | {Median(name, r => r.FirstItemMs):0} | {s / curl:0.00} | {s / raw:0.00} |");
}

md.AppendLine();
md.AppendLine(CultureInfo.InvariantCulture, $"- Get-RhsmSystem / curl loop: **{module / curl:0.00}x** (target ≤ 0.25x).");
md.AppendLine(CultureInfo.InvariantCulture, $"- Get-RhsmSystem / sequential HttpClient: **{module / raw:0.00}x** (target ≤ 1.0x; after the first page, four pages are in flight).");
md.AppendLine(CultureInfo.InvariantCulture, $"- First object after {firstMs:0} ms; one round trip of the raw loop is {rtt:0} ms, so {firstMs / rtt:0.0} round trips (the module also makes one token request first).");
md.AppendLine();
md.AppendLine("## Import and first call");
md.AppendLine();
md.AppendLine("| Step | ms |");
md.AppendLine("|---|---|");
md.AppendLine(CultureInfo.InvariantCulture, $"| Open a Core runspace without the module (baseline, first in process) | {import.BaselineOpenMs:0} |");
md.AppendLine(CultureInfo.InvariantCulture, $"| Open a runspace importing out/RedHatApi | {import.ImportOpenMs:0} |");
md.AppendLine(CultureInfo.InvariantCulture, $"| First call: Connect-RedHatApi -Sandbox + Get-RhsmSystem -First 1 (loads the HTTP stack, Polly, IdentityModel) | {import.FirstCallMs:0} |");
md.AppendLine();
if (streaming is not null)
{
    md.AppendLine(CultureInfo.InvariantCulture, $"## Streaming {streaming.Systems:N0} systems");
    md.AppendLine();
    md.AppendLine("`Get-RhsmSystem | ForEach-Object { $n++ }` in one runspace, no latency; managed heap sampled every 100 ms.");
    md.AppendLine();
    md.AppendLine("| Counted | Seconds | Heap at start (MB) | Peak heap (MB) | Heap at end (MB) |");
    md.AppendLine("|---|---|---|---|---|");
    md.AppendLine(CultureInfo.InvariantCulture, $"| {streaming.Counted:N0} | {streaming.Seconds:0.0} | {streaming.HeapAtStartMb:0.0} | {streaming.HeapPeakMb:0.0} | {streaming.HeapAtEndMb:0.0} |");
    md.AppendLine();
}

md.AppendLine("## Retry library");
md.AppendLine();
md.AppendLine("Retries use Polly.Core 8.6.5 in one DelegatingHandler. The feed here serves Microsoft.Extensions.Http.Resilience only");
md.AppendLine("as 10.x, which requires Microsoft.Extensions.* 10 (the module pins 8.0.1 for Windows PowerShell 5.1) and adds");
md.AppendLine("Microsoft.Extensions.Resilience, .Diagnostics, .Telemetry, .AmbientMetadata.Application, .Compliance.Abstractions,");
md.AppendLine(".ObjectPool and Polly.Extensions / Polly.RateLimiting / System.Threading.RateLimiting to the Dependencies folder;");
md.AppendLine("Polly.Core adds one DLL (plus Microsoft.Bcl.TimeProvider). The first-call time above includes loading Polly.Core.");
if (hot is not null)
{
    md.AppendLine();
    md.AppendLine("## Hot path (BenchmarkDotNet)");
    md.AppendLine();
    md.AppendLine(hot);
}

var path = Path.Combine(RepoPaths.Root, "docs", "performance.md");

// The inventory reconciliation section belongs to benchmarks/Measure-InventoryReconciliation.ps1: kept as it is.
var previous = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
var owned = System.Text.RegularExpressions.Regex.Match(previous, "(?s)<!-- inventory-reconciliation:begin.*?<!-- inventory-reconciliation:end -->");
if (owned.Success)
{
    md.AppendLine();
    md.AppendLine(owned.Value);
}

File.WriteAllText(path, md.ToString());
Console.WriteLine(md.ToString());
return 0;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
