using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>
/// One sandbox for the Run:ai module tests, seeded with 1,200 projects (more than two pages at the largest limit).
/// </summary>
public sealed class RunAiSandboxFixture : IDisposable
{
    public const int SeededProjects = 1200;

    public RunAiSandboxFixture()
    {
        Sandbox = SandboxProcess.Start("--systems", "5", "--ironic-nodes", "0", "--runai-projects", SeededProjects.ToString(CultureInfo.InvariantCulture));
    }

    public SandboxProcess Sandbox { get; }

    public void Dispose() => Sandbox.Dispose();
}

/// <summary>
/// Base of the Run:ai module tests: a fresh runspace per test, the sandbox reset, and these variables in every
/// script: $runai (the tenant URL), $researcher, $editor and $admin (PSCredentials of the three sandbox
/// applications: client id as user name, secret as password). <see cref="AssertFidelity"/> checks every body the
/// test exchanged against the OpenAPI document.
/// </summary>
[Collection(ModuleCollection.Name)]
public abstract class RunAiModuleTest : IClassFixture<RunAiSandboxFixture>, IDisposable
{
    protected RunAiModuleTest(RunAiSandboxFixture fixture)
    {
        Sandbox = fixture.Sandbox;
        Sandbox.Reset();
        var credentials = Sandbox.Credentials().GetProperty("runai");
        Url = new Uri(credentials.GetProperty("url").GetString()!);
        Applications = credentials.GetProperty("applications").Clone();
        Shell = new ModuleRunspace();
        Shell.Run("Disconnect-RedHatApi");
    }

    protected SandboxProcess Sandbox { get; }

    protected ModuleRunspace Shell { get; }

    /// <summary>The sandbox tenant's URL (…/runai/).</summary>
    protected Uri Url { get; }

    /// <summary>The connection name Connect-RunAi gives the sandbox tenant.</summary>
    protected string ConnectionName => "runai:" + Url.Authority;

    private JsonElement Applications { get; }

    /// <summary>The client id of a role's application.</summary>
    protected string ClientId(string role) => Applications.GetProperty(role).GetProperty("clientId").GetString()!;

    /// <summary>The secret of a role's application (tests check it never shows).</summary>
    protected string Secret(string role) => Applications.GetProperty(role).GetProperty("clientSecret").GetString()!;

    protected PSCredential Credential(string role) => new(ClientId(role), Secrets.Secure(Secret(role)));

    /// <summary>Runs a script with $runai, $researcher, $editor, $admin and the given variables.</summary>
    protected ScriptResult Run(string script, params (string Name, object? Value)[] variables)
    {
        var all = new Dictionary<string, object?>
        {
            ["runai"] = Url.AbsoluteUri,
            ["researcher"] = Credential("Researcher"),
            ["editor"] = Credential("Editor"),
            ["admin"] = Credential("Administrator"),
        };
        foreach (var (name, value) in variables)
        {
            all[name] = value;
        }

        return Shell.Run(script, all);
    }

    /// <summary>Changes the sandbox's Run:ai settings (tokenLifetimeSeconds, v2Token, expireTokensAfterRequests, stuckNext).</summary>
    protected void Settings(object body) => Sandbox.Send(HttpMethod.Put, "_sandbox/runai", body);

    /// <summary>Grants per token endpoint (v2, v1, realm) since the reset.</summary>
    protected int Grants(string endpoint) =>
        Sandbox.Get("_sandbox/runai/grants").TryGetProperty(endpoint, out var count) ? count.GetInt32() : 0;

    /// <summary>Every exchange since the reset matches the OpenAPI document (request bodies and answers).</summary>
    protected void AssertFidelity()
    {
        var exchanges = RunAiFidelity.Read(Sandbox);
        Assert.NotEmpty(exchanges);
        Assert.Empty(RunAiFidelity.Problems(exchanges));
    }

    public void Dispose()
    {
        Shell.Run("Disconnect-RedHatApi");
        Shell.Dispose();
        GC.SuppressFinalize(this);
    }
}
