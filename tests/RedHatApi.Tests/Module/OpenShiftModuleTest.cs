using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>A sandbox that also serves the emulated cluster API on its own HTTPS port, with the cluster's credentials.</summary>
public sealed class ClusterSandboxFixture : IDisposable
{
    public ClusterSandboxFixture()
    {
        Sandbox = SandboxProcess.Start("--systems", "20", "--cluster");
        var cluster = Sandbox.Credentials().GetProperty("cluster");
        ClusterUri = new Uri(cluster.GetProperty("url").GetString()!);
        CaPath = cluster.GetProperty("certificateAuthority").GetString()!;
        AdminToken = cluster.GetProperty("adminToken").GetString()!;
        DeveloperToken = cluster.GetProperty("developerToken").GetString()!;
    }

    public SandboxProcess Sandbox { get; }

    public Uri ClusterUri { get; }

    public string CaPath { get; }

    public string AdminToken { get; }

    public string DeveloperToken { get; }

    public void Dispose() => Sandbox.Dispose();
}

/// <summary>
/// Base of the OpenShift module tests: a fresh runspace per test, the sandbox (and its cluster settings) reset
/// between tests, and variables $cluster, $ca, $adminToken and $developerToken (SecureStrings) for every script.
/// </summary>
[Collection(ModuleCollection.Name)]
public abstract class OpenShiftModuleTest : IClassFixture<ClusterSandboxFixture>, IDisposable
{
    private readonly List<string> _files = new();

    protected OpenShiftModuleTest(ClusterSandboxFixture fixture)
    {
        Fixture = fixture;
        Sandbox.Reset();
        Shell = new ModuleRunspace();
        Shell.Run("Disconnect-RedHatApi");
    }

    protected ClusterSandboxFixture Fixture { get; }

    protected SandboxProcess Sandbox => Fixture.Sandbox;

    protected ModuleRunspace Shell { get; }

    /// <summary>Every secret the tests hand to the module, for "never in any stream" scans.</summary>
    protected IEnumerable<string> KnownSecrets => new[] { Fixture.AdminToken, Fixture.DeveloperToken };

    protected ScriptResult Run(string script, IDictionary<string, object?>? variables = null)
    {
        var all = new Dictionary<string, object?>(variables ?? new Dictionary<string, object?>())
        {
            ["cluster"] = Fixture.ClusterUri,
            ["ca"] = Fixture.CaPath,
            ["adminToken"] = Secrets.Secure(Fixture.AdminToken),
            ["developerToken"] = Secrets.Secure(Fixture.DeveloperToken),
            ["sandbox"] = Sandbox.BaseUri,
        };
        return Shell.Run(script, all);
    }

    /// <summary>Connects the default session to the cluster as its admin, trusting the sandbox CA.</summary>
    protected void Connect(string extra = "")
    {
        var result = Run("Connect-RedHatApi -ClusterUrl $cluster -AccessToken $adminToken -CertificateAuthority $ca -MaxRetries 2 " + extra);
        Assert.True(result.ErrorIds.Count == 0, "Connect failed: " + string.Join("; ", result.AllErrors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception?.Message)));
    }

    /// <summary>PUT /_sandbox/cluster/settings (the cluster starts over with them).</summary>
    protected void ClusterSettings(object body) => Sandbox.Send(HttpMethod.Put, "_sandbox/cluster/settings", body);

    /// <summary>The cluster requests of the request log: "METHOD /path?query".</summary>
    protected IReadOnlyList<string> ClusterRequests() =>
        Sandbox.Requests()
            .Where(r => r.GetProperty("host").GetString() == Fixture.ClusterUri.Authority)
            .Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString())
            .ToList();

    /// <summary>The user names the cluster saw on its requests (from the token), in order.</summary>
    protected IReadOnlyList<string?> ClusterUsers() =>
        Sandbox.Requests()
            .Where(r => r.GetProperty("host").GetString() == Fixture.ClusterUri.Authority)
            .Select(r => r.GetProperty("tokenClient").ValueKind == JsonValueKind.String ? r.GetProperty("tokenClient").GetString() : null)
            .ToList();

    /// <summary>A file that is deleted after the test.</summary>
    protected string TempFile(string content, string extension = ".yaml")
    {
        var path = Path.Combine(Path.GetTempPath(), "redhatapi-openshift-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        _files.Add(path);
        return path;
    }

    /// <summary>Asserts that no known secret appears in any stream of the result.</summary>
    protected void AssertNoSecret(ScriptResult result, params string[] more)
    {
        var text = string.Join("\n", result.AllText());
        foreach (var secret in KnownSecrets.Concat(more))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    protected static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    public void Dispose()
    {
        Shell.Run("Disconnect-RedHatApi");
        Shell.Dispose();
        foreach (var file in _files)
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }
}
