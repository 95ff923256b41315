using System;
using System.Collections.Generic;
using System.Net.Http;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// Base of module tests against one sandbox per class: a fresh runspace per test, the sandbox reset between
/// tests, and the default session closed so each test starts disconnected.
/// </summary>
[Collection(ModuleCollection.Name)]
public abstract class SandboxModuleTest : IClassFixture<SandboxFixture>, IDisposable
{
    protected SandboxModuleTest(SandboxFixture fixture)
    {
        Sandbox = fixture.Sandbox;
        Sandbox.Reset();
        Shell = new ModuleRunspace();
        Shell.Run("Disconnect-RedHatApi");
    }

    protected SandboxProcess Sandbox { get; }

    protected ModuleRunspace Shell { get; }

    /// <summary>Runs a script with $sandbox set to the sandbox URL.</summary>
    protected ScriptResult Run(string script, IDictionary<string, object?>? variables = null)
    {
        var all = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>()) { ["sandbox"] = Sandbox.BaseUri };
        return Shell.Run(script, all);
    }

    /// <summary>Connects the default session to the sandbox with its own tokens.</summary>
    protected void Connect(string extra = "")
    {
        var result = Run("Connect-RedHatApi -Sandbox $sandbox -MaxRetries 3 " + extra);
        Assert.True(result.AllErrors is var errors && result.ErrorIds.Count == 0, "Connect failed: " + string.Join("; ", result.ErrorIds));
    }

    protected void Settings(object body) => Sandbox.Send(HttpMethod.Put, "_sandbox/settings", body);

    public void Dispose()
    {
        Shell.Run("Disconnect-RedHatApi");
        Shell.Dispose();
        GC.SuppressFinalize(this);
    }
}
