using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Tests.Fixtures;

/// <summary>Knobs of one Ironic instance: HTTP Basic instead of no auth, and Ironic's restrict_lookup switch.</summary>
public sealed record IronicServerOptions(bool HttpBasic = false, bool RestrictLookup = false);

/// <summary>
/// A real OpenStack Ironic 21.4 (Debian's python3-ironic: API and conductor in one process, SQLite, fake hardware)
/// on a free loopback port, started by tests/servers/ironic/start.sh. It is the referee of the sandbox's Ironic
/// plug-in: the same module tests run against both.
/// </summary>
public sealed class IronicServer : IDisposable
{
    /// <summary>The newest microversion Ironic 21.4 serves; fixtures are made with it.</summary>
    public const string FixtureVersion = "1.82";

    private static readonly string ServerDirectory = Path.Combine(RepoPaths.Root, "tests", "servers", "ironic");
    private readonly ChildProcess _process;
    private readonly string _work;
    private readonly HttpClient _http;

    public IronicServer(IronicServerOptions options)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        Options = options;
        Port = RealServerSupport.FreePort();
        _work = Directory.CreateTempSubdirectory("redhatapi-ironic-").FullName;
        if (options.HttpBasic)
        {
            File.WriteAllText(Path.Combine(_work, "htpasswd"), HtpasswdLine(UserName, Password));
        }

        var info = new ProcessStartInfo("bash");
        info.ArgumentList.Add(Path.Combine(ServerDirectory, "start.sh"));
        info.ArgumentList.Add(_work);
        info.ArgumentList.Add(Port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(options.HttpBasic ? "http_basic" : "noauth");
        info.ArgumentList.Add(options.RestrictLookup ? "true" : "false");
        _process = new ChildProcess(info);
        _http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Add("X-OpenStack-Ironic-API-Version", FixtureVersion);
        if (options.HttpBasic)
        {
            _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(UserName + ":" + Password)));
        }

        WaitUntilReady();
    }

    /// <summary>Why Ironic cannot run here, or null. On CI (CI=true) a missing server is a failure, never a skip.</summary>
    public static string? UnavailableReason { get; } = FindReason();

    public IronicServerOptions Options { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <summary>The HTTP Basic user of an <see cref="IronicServerOptions.HttpBasic"/> server.</summary>
    public string UserName => "metal3";

    /// <summary>Its password (a test value, not a secret of anyone's).</summary>
    public string Password => "ironic-test-password";

    /// <summary>Creates a fake-hardware node (state enroll) and returns its UUID.</summary>
    public Guid CreateNode(string name, string? resourceClass = null)
    {
        var body = resourceClass is null
            ? JsonSerializer.Serialize(new { name, driver = "fake-hardware" })
            : JsonSerializer.Serialize(new { name, driver = "fake-hardware", resource_class = resourceClass });
        using var doc = Send(HttpMethod.Post, "v1/nodes", body, HttpStatusCode.Created);
        return doc.RootElement.GetProperty("uuid").GetGuid();
    }

    /// <summary>Adds a port (a NIC by MAC address) to a node and returns the port's UUID.</summary>
    public Guid CreatePort(Guid node, string macAddress)
    {
        using var doc = Send(HttpMethod.Post, "v1/ports", JsonSerializer.Serialize(new { node_uuid = node, address = macAddress }), HttpStatusCode.Created);
        return doc.RootElement.GetProperty("uuid").GetGuid();
    }

    /// <summary>Moves a node through a provision transition (manage, provide, active...): instant with fake drivers.</summary>
    public void SetProvisionState(Guid node, string target) =>
        Send(HttpMethod.Put, $"v1/nodes/{node}/states/provision", JsonSerializer.Serialize(new { target }), HttpStatusCode.Accepted).Dispose();

    /// <summary>Turns on fast_track for one node, which lets restrict_lookup find it in any state.</summary>
    public void EnableFastTrack(Guid node) =>
        Send(new HttpMethod("PATCH"), $"v1/nodes/{node}", "[{\"op\":\"add\",\"path\":\"/driver_info/fast_track\",\"value\":\"true\"}]", HttpStatusCode.OK).Dispose();

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still be closing; the temp folder is the system's to clean.
        }
    }

    private JsonDocument Send(HttpMethod method, string path, string body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = _http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text);
    }

    private void WaitUntilReady()
    {
        // Schema creation and the first import take 3-4 s on an idle machine, much longer on a loaded one.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = probe.GetAsync(Url).GetAwaiter().GetResult();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Thread.Sleep(200);
        }

        throw new InvalidOperationException("OpenStack Ironic did not start: " + _process.Log + ReadLog());
    }

    private string ReadLog()
    {
        var log = Path.Combine(_work, "ironic.log");
        return File.Exists(log) ? Environment.NewLine + string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(40)) : string.Empty;
    }

    /// <summary>One htpasswd line with a bcrypt hash, which Ironic's http_basic requires (apache2-utils' htpasswd -B).</summary>
    private static string HtpasswdLine(string user, string password)
    {
        var info = new ProcessStartInfo("htpasswd") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-nbB", user, password })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var line = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return line + "\n";
    }

    private static string? FindReason()
    {
        var reason = !File.Exists("/usr/bin/python3") ? "Debian's /usr/bin/python3 is not installed"
            : !Directory.Exists("/usr/lib/python3/dist-packages/ironic") ? "install Debian's python3-ironic (apt-get install python3-ironic)"
            : !RealServerSupport.OnPath("htpasswd") ? "install apache2-utils for htpasswd"
            : null;
        return RealServerSupport.SkipReason("OpenStack Ironic", reason);
    }
}

/// <summary>A fact that is skipped, with the reason shown, when the real Ironic cannot run here (never on CI).</summary>
public sealed class IronicFactAttribute : Xunit.FactAttribute
{
    public IronicFactAttribute()
    {
        if (IronicServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
