using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// A real PowerShell runspace with the built module imported from out/RedHatApi/RedHatApi.psd1. Only the Core
/// cmdlets exist in such a runspace (no Select-Object, ConvertTo-Json...), so tests assert from C#.
/// </summary>
public sealed class ModuleRunspace : IDisposable
{
    private const string TerminatingVariable = "global:__RedHatApiTestTerminating";
    private readonly Runspace _runspace;
    private readonly RecordingHost _host = new();

    public ModuleRunspace()
    {
        // CreateDefault2 loads the Core snap-in; Create() alone is NoLanguage. ExecutionPolicy stays unset on Linux.
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepoPaths.ModuleManifest);
        _runspace = RunspaceFactory.CreateRunspace(_host, state);
        _runspace.Open();
        var failures = _runspace.InitialSessionStateImportErrors();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("Import-Module failed: " + string.Join("; ", failures));
        }
    }

    public Runspace Runspace => _runspace;

    /// <summary>Runs a script with variables set first, collecting every stream.</summary>
    public ScriptResult Run(string script, IDictionary<string, object?>? variables = null, Action<PowerShell>? configure = null)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            _runspace.SessionStateProxy.SetVariable(name, value);
        }

        // Inside a script a cmdlet's terminating error ends only its statement and lands in the error stream;
        // try/catch is how scripts (and these tests) tell it apart from a non-terminating error.
        _runspace.SessionStateProxy.SetVariable(TerminatingVariable, null);
        ps.AddScript("try {\n" + script + "\n} catch { $" + TerminatingVariable + " = $_ }");
        configure?.Invoke(ps);
        var output = new List<PSObject>();
        ErrorRecord? terminating = null;
        _host.TakeLines();
        try
        {
            output.AddRange(ps.Invoke());
            terminating = _runspace.SessionStateProxy.GetVariable(TerminatingVariable) as ErrorRecord;
        }
        catch (RuntimeException ex)
        {
            terminating = ex.ErrorRecord;
        }

        return new ScriptResult
        {
            Output = output,
            Errors = ps.Streams.Error.ToList(),
            Verbose = ps.Streams.Verbose.ToList(),
            Debug = ps.Streams.Debug.ToList(),
            Warnings = ps.Streams.Warning.ToList(),
            Progress = ps.Streams.Progress.ToList(),
            Information = ps.Streams.Information.ToList(),
            Terminating = terminating,
            HostLines = _host.TakeLines(),
        };
    }

    public void Dispose() => _runspace.Dispose();
}

internal static class RunspaceExtensions
{
    /// <summary>Errors Import-Module hit while the runspace opened (they do not throw by themselves).</summary>
    internal static IReadOnlyList<string> InitialSessionStateImportErrors(this Runspace runspace)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        var module = ps.AddScript("Get-Module RedHatApi").Invoke();
        return module.Count == 1 ? Array.Empty<string>() : new[] { "module RedHatApi is not loaded" };
    }
}
