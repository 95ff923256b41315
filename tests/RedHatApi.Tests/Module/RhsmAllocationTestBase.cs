using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net.Http;
using RedHatApi.Models.Rhsm;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Tests.Module;

/// <summary>Helpers shared by the subscription allocation tests: request filters, data lookups, a recording host.</summary>
public abstract class RhsmAllocationTestBase : SandboxModuleTest
{
    protected const string AllocationsPath = "/management/v1/allocations";

    protected RhsmAllocationTestBase(SandboxFixture fixture)
        : base(fixture)
    {
    }

    protected static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    /// <summary>"METHOD /path?query" of every request under /allocations since the last clear.</summary>
    protected IReadOnlyList<string> AllocationRequests() =>
        Sandbox.Requests()
            .Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString())
            .Where(r => r.Split(' ')[1].StartsWith(AllocationsPath, StringComparison.Ordinal))
            .ToList();

    /// <summary>The requests under /allocations that would change something (anything but GET).</summary>
    protected IReadOnlyList<string> Mutations() => AllocationRequests().Where(r => !r.StartsWith("GET ", StringComparison.Ordinal)).ToList();

    protected void ClearRequests() => Sandbox.ClearRequests();

    protected IReadOnlyList<RhsmAllocation> AllAllocations() => Run("Get-RhsmAllocation").OutputOf<RhsmAllocation>();

    protected RhsmAllocation? Details(Guid uuid) => Run($"Get-RhsmAllocation -Uuid {uuid}").OutputOf<RhsmAllocation>().SingleOrDefault();

    protected IReadOnlyList<RhsmAllocationPool> Pools(Guid uuid, string extra = "") =>
        Run($"Get-RhsmAllocationPool -Uuid {uuid} {extra}").OutputOf<RhsmAllocationPool>();

    /// <summary>
    /// Runs a script in a runspace whose host records -WhatIf lines and confirmation prompts and answers every
    /// prompt with <paramref name="host"/>'s fixed choice. The default session is process-wide, so the one
    /// Connect() made is used there too.
    /// </summary>
    protected ScriptResult RunHosted(RecordingHost host, string script, IDictionary<string, object?>? variables = null)
    {
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(RepoPaths.ModuleManifest);
        using var runspace = RunspaceFactory.CreateRunspace(host, state);
        runspace.Open();
        runspace.SessionStateProxy.SetVariable("sandbox", Sandbox.BaseUri);
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            runspace.SessionStateProxy.SetVariable(name, value);
        }

        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(script);
        var output = ps.Invoke().ToList();
        return new ScriptResult { Output = output, Errors = ps.Streams.Error.ToList(), Warnings = ps.Streams.Warning.ToList() };
    }
}
