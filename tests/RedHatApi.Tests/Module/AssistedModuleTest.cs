using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using RedHatApi.Models.Assisted;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Tests.Module;

/// <summary>
/// Base of the Assisted module tests: the sandbox's Assisted control routes (install pace, received bodies), the
/// seeded clusters by name, a pull secret file, and raw calls with the session's own token.
/// </summary>
public abstract class AssistedModuleTest : SandboxModuleTest, IDisposable
{
    /// <summary>A pull secret shaped like the one console.redhat.com hands out (fake credentials).</summary>
    protected const string PullSecretJson = "{\"auths\":{\"cloud.openshift.com\":{\"auth\":\"c2FuZGJveDpzZWNyZXQtcHVsbA==\",\"email\":\"admin@example.com\"}}}";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "redhatapi-assisted-" + Guid.NewGuid().ToString("N"));

    protected AssistedModuleTest(SandboxFixture fixture)
        : base(fixture)
    {
        Directory.CreateDirectory(_directory);
        PullSecretPath = Path.Combine(_directory, "pull-secret.txt");
        File.WriteAllText(PullSecretPath, PullSecretJson);
    }

    protected string PullSecretPath { get; }

    /// <summary>Sets the install pace (ms per stage) and whether installs fail; reset restores the defaults.</summary>
    protected void Install(int stepMilliseconds, bool fail = false) =>
        Sandbox.Send(HttpMethod.Put, "_sandbox/assisted/settings", new { stepMilliseconds, failInstalls = fail });

    /// <summary>The POST and PATCH bodies the sandbox received, as JSON objects.</summary>
    protected IReadOnlyList<(string Method, string Path, JsonElement Body)> Bodies() =>
        Sandbox.Get("_sandbox/assisted/bodies").EnumerateArray()
            .Select(b => (b.GetProperty("method").GetString()!, b.GetProperty("path").GetString()!,
                JsonDocument.Parse(b.GetProperty("body").GetString()!).RootElement.Clone()))
            .ToList();

    /// <summary>The Assisted requests of the request log: "METHOD /path?query".</summary>
    protected IReadOnlyList<string> AssistedRequests() =>
        Sandbox.Requests()
            .Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString())
            .Where(r => r.Contains("/api/assisted-install/v2/", StringComparison.Ordinal))
            .ToList();

    /// <summary>The seeded clusters, read through the module.</summary>
    protected IReadOnlyList<AssistedCluster> Clusters() => Run("Get-AssistedCluster").OutputOf<AssistedCluster>();

    protected AssistedCluster Cluster(string name) => Clusters().Single(c => c.Name == name);

    protected static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    /// <summary>A raw GET of the Assisted API with the session's own access token, for the answer's headers.</summary>
    protected (int Status, JsonElement Body, HttpResponseHeaders Headers) RawGet(string relative)
    {
        var token = Run("Get-RedHatApiToken -Api Assisted -AsPlainText").Output.Single().BaseObject.ToString();
        using var http = new HttpClient { BaseAddress = new Uri(Sandbox.BaseUri, "api/assisted-install/v2/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, relative);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Headers);
    }

    protected static int Header(HttpResponseHeaders headers, string name) => int.Parse(headers.GetValues(name).Single(), System.Globalization.CultureInfo.InvariantCulture);

    public new void Dispose()
    {
        base.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A scanner may hold the file; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}
