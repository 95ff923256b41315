using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>
/// Base of the workload and access module tests: the sandbox's Run:ai with its per-role applications, a connect
/// helper, the API requests the sandbox saw (from its exchange log), and the fidelity check of every exchange
/// against the OpenAPI document, run after each test.
/// </summary>
public abstract class RunAiResourceTest : SandboxModuleTest
{
    protected RunAiResourceTest(SandboxFixture fixture)
        : base(fixture)
    {
        Sandbox.Send(HttpMethod.Delete, "_sandbox/runai/exchanges");
    }

    /// <summary>The tenant URL of the sandbox's Run:ai.</summary>
    protected Uri RunAiUrl => new(Sandbox.BaseUri, "runai/");

    /// <summary>The application of a role (Researcher, Editor, Administrator), as a credential.</summary>
    protected PSCredential App(string role)
    {
        var app = Sandbox.Credentials().GetProperty("runai").GetProperty("applications").GetProperty(role);
        return new PSCredential(app.GetProperty("clientId").GetString()!, Secrets.Secure(app.GetProperty("clientSecret").GetString()!));
    }

    /// <summary>Runs a script after connecting the default session with the application of <paramref name="role"/>.</summary>
    protected ScriptResult RunAs(string role, string script, params (string Name, object? Value)[] variables)
    {
        var all = variables.ToDictionary(v => v.Name, v => v.Value);
        all["runai"] = RunAiUrl;
        all["app"] = App(role);
        return Run("Connect-RunAi -Url $runai -Credential $app | Out-Null\n" + script, all);
    }

    /// <summary>"METHOD /api/v1/…?query" of each API request the sandbox answered since the test began, in order.</summary>
    protected IReadOnlyList<string> ApiRequests() =>
        Sandbox.Requests()
            .Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString())
            .Where(r => r.Contains("/runai/api/v1/", StringComparison.Ordinal))
            .Select(r => r.Replace("/runai/api/v1/", "/api/v1/", StringComparison.Ordinal))
            .ToList();

    /// <summary>Every exchange since the test began matches the OpenAPI document (registered operation, request and answer schemas).</summary>
    protected void AssertExchangesMatchTheDocument()
    {
        var exchanges = RunAiFidelity.Read(Sandbox);
        Assert.NotEmpty(exchanges);
        var problems = RunAiFidelity.Problems(exchanges);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Seeds more workloads in the sandbox (job names follow the seeded ones).</summary>
    protected void AddWorkloads(int count, string? project = null) =>
        Sandbox.Send(HttpMethod.Post, "_sandbox/runai/workloads", project is null ? new { count } : new { count, project });

    protected static string Plain(JsonElement element) => element.GetString() ?? string.Empty;
}
