using System;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

// RedHatApi.ScriptHost: runs a PowerShell script with the built RedHatApi module on machines without pwsh (CI,
// Linux build hosts). With --sandbox it starts RedHatApi.Sandbox first and passes its URL as $SandboxUrl.
var useSandbox = Array.IndexOf(args, "--sandbox") >= 0;
var scriptIndex = Array.FindIndex(args, a => !a.StartsWith("--", StringComparison.Ordinal));
if (scriptIndex < 0)
{
    Console.Error.WriteLine("usage: RedHatApi.ScriptHost [--sandbox] <script.ps1> [-Parameter value | -Switch]...");
    return 2;
}

var script = args[scriptIndex];

var root = FindRoot();
Process? sandbox = null;
Uri? sandboxUrl = null;
try
{
    if (useSandbox)
    {
        (sandbox, sandboxUrl) = StartSandbox(root);
    }

    var state = InitialSessionState.CreateDefault2();
    state.ImportPSModule(Path.Combine(root, "out", "RedHatApi", "RedHatApi.psd1"));
    using var runspace = RunspaceFactory.CreateRunspace(state);
    runspace.Open();
    runspace.SessionStateProxy.SetVariable("SandboxUrl", sandboxUrl);
    using var ps = PowerShell.Create();
    ps.Runspace = runspace;
    // Run as a script file, as pwsh -File does: $PSScriptRoot is set, parameters bind, and `exit N` becomes the exit code.
    ps.AddCommand(Path.GetFullPath(script));
    AddScriptParameters(ps, args.AsSpan(scriptIndex + 1));
    ps.Streams.Warning.DataAdded += (_, e) => Console.Error.WriteLine("WARNING: " + ps.Streams.Warning[e.Index].Message);
    ps.Streams.Error.DataAdded += (_, e) => Console.Error.WriteLine("ERROR: " + ps.Streams.Error[e.Index]);
    var output = new PSDataCollection<PSObject>();
    output.DataAdded += (_, e) => Console.WriteLine(output[e.Index]?.ToString());
    ps.Invoke(null, output);
    var exitCode = runspace.SessionStateProxy.GetVariable("LASTEXITCODE") is int code ? code : 0;
    return exitCode != 0 ? exitCode : ps.HadErrors ? 1 : 0;
}
catch (RuntimeException ex)
{
    Console.Error.WriteLine("ERROR: " + ex.ErrorRecord);
    return 1;
}
finally
{
    if (sandbox is { HasExited: false })
    {
        sandbox.Kill(entireProcessTree: true);
    }

    sandbox?.Dispose();
}

// -Name value pairs, or a -Switch when the next argument is another -Name or there is none.
static void AddScriptParameters(PowerShell ps, ReadOnlySpan<string> rest)
{
    for (var i = 0; i < rest.Length; i++)
    {
        var name = rest[i].TrimStart('-');
        if (i + 1 < rest.Length && !rest[i + 1].StartsWith('-'))
        {
            ps.AddParameter(name, rest[++i]);
        }
        else
        {
            ps.AddParameter(name);
        }
    }
}

static (Process, Uri) StartSandbox(string root)
{
    var dll = Directory.GetFiles(Path.Combine(root, "src", "RedHatApi.Sandbox", "bin"), "RedHatApi.Sandbox.dll", SearchOption.AllDirectories);
    Array.Sort(dll, (a, b) => File.GetLastWriteTimeUtc(b).CompareTo(File.GetLastWriteTimeUtc(a)));
    var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
    info.ArgumentList.Add(dll[0]);
    info.ArgumentList.Add("--port");
    info.ArgumentList.Add("0");
    var process = Process.Start(info)!;
    const string prefix = "RedHatApi.Sandbox listening on ";
    for (var line = process.StandardOutput.ReadLine(); line is not null; line = process.StandardOutput.ReadLine())
    {
        if (line.StartsWith(prefix, StringComparison.Ordinal))
        {
            Console.Error.WriteLine("Sandbox running at " + line[prefix.Length..].Trim());
            return (process, new Uri(line[prefix.Length..].Trim()));
        }
    }

    throw new InvalidOperationException("RedHatApi.Sandbox exited before it was ready.");
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "RedHatApi.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the RedHatApi repository.");
}
