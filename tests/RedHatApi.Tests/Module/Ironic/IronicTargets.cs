using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Tests.Module.Ironic;

/// <summary>
/// One Ironic the module tests talk to, real or sandbox, with the admin calls the tests make their fixtures with
/// (nodes, ports, provision states, fast_track): the same Ironic API calls against both, at microversion 1.82.
/// </summary>
public sealed class IronicTarget : IDisposable
{
    private readonly HttpClient _http;

    public IronicTarget(Uri url, string? userName = null, string? password = null)
    {
        Url = url;
        UserName = userName;
        Password = password;
        _http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Add("X-OpenStack-Ironic-API-Version", IronicServer.FixtureVersion);
        if (userName is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password)));
        }
    }

    /// <summary>The API root (GET / answers the version document).</summary>
    public Uri Url { get; }

    public string? UserName { get; }

    public string? Password { get; }

    public Guid CreateNode(string name)
    {
        using var doc = Send(HttpMethod.Post, "v1/nodes", JsonSerializer.Serialize(new { name, driver = "fake-hardware", resource_class = "baremetal" }), HttpStatusCode.Created);
        return doc.RootElement.GetProperty("uuid").GetGuid();
    }

    public void CreatePort(Guid node, string mac) =>
        Send(HttpMethod.Post, "v1/ports", JsonSerializer.Serialize(new { node_uuid = node, address = mac }), HttpStatusCode.Created).Dispose();

    public void EnableFastTrack(Guid node) =>
        Send(new HttpMethod("PATCH"), $"v1/nodes/{node}", "[{\"op\":\"add\",\"path\":\"/driver_info/fast_track\",\"value\":\"true\"}]", HttpStatusCode.OK).Dispose();

    /// <summary>A node with one port of a fresh MAC address.</summary>
    public (Guid Node, string Mac) NodeWithPort(string prefix)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var node = CreateNode(prefix + "-" + suffix);
        var bytes = Guid.NewGuid().ToByteArray();
        var mac = $"52:54:01:{bytes[0]:x2}:{bytes[1]:x2}:{bytes[2]:x2}";
        CreatePort(node, mac);
        return (node, mac);
    }

    public void Dispose() => _http.Dispose();

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
}

/// <summary>
/// Both Ironics of one kind: Open (no auth, restrict_lookup off) and Secure (HTTP Basic and restrict_lookup on), and
/// the nodes the paging case lists.
/// </summary>
public abstract class IronicTargets : IDisposable
{
    public abstract IronicTarget Open { get; }

    public abstract IronicTarget Secure { get; }

    /// <summary>Names of nodes that must each be listed exactly once (made here when the target cannot seed them).</summary>
    public abstract IReadOnlyCollection<string> PagingNodes();

    public abstract void Dispose();
}

/// <summary>Two real Ironic 21.4 processes, started on first use.</summary>
public sealed class RealIronicTargets : IronicTargets
{
    /// <summary>
    /// Nodes the paging case creates on the real server: each POST /v1/nodes takes tens of milliseconds on a quiet
    /// machine and much more on a loaded one, so 2,500 would take minutes; the sandbox lists its 2,500 seeded ones.
    /// </summary>
    public const int PagingNodeCount = 250;

    private readonly Lazy<IronicServer> _open = new(() => new IronicServer(new IronicServerOptions()));
    private readonly Lazy<IronicServer> _secure = new(() => new IronicServer(new IronicServerOptions(HttpBasic: true, RestrictLookup: true)));
    private readonly Lazy<IronicTarget> _openTarget;
    private readonly Lazy<IronicTarget> _secureTarget;
    private IReadOnlyCollection<string>? _paging;

    public RealIronicTargets()
    {
        _openTarget = new(() => new IronicTarget(_open.Value.Url));
        _secureTarget = new(() => new IronicTarget(_secure.Value.Url, _secure.Value.UserName, _secure.Value.Password));
    }

    public override IronicTarget Open => _openTarget.Value;

    public override IronicTarget Secure => _secureTarget.Value;

    /// <summary>How long creating the paging nodes took (reported by the paging case).</summary>
    public TimeSpan PagingSetup { get; private set; }

    public override IReadOnlyCollection<string> PagingNodes()
    {
        if (_paging is null)
        {
            var watch = Stopwatch.StartNew();
            var run = Guid.NewGuid().ToString("N")[..6];
            var names = Enumerable.Range(1, PagingNodeCount).Select(i => $"page-{run}-{i:D4}").ToList();
            foreach (var name in names)
            {
                Open.CreateNode(name);
            }

            PagingSetup = watch.Elapsed;
            _paging = names;
        }

        return _paging;
    }

    public override void Dispose()
    {
        foreach (var target in new[] { _openTarget, _secureTarget }.Where(t => t.IsValueCreated))
        {
            target.Value.Dispose();
        }

        foreach (var server in new[] { _open, _secure }.Where(s => s.IsValueCreated))
        {
            server.Value.Dispose();
        }
    }
}

/// <summary>Two sandboxes: one with 2,500 seeded Ironic nodes and no auth, one with HTTP Basic and restrict_lookup.</summary>
public sealed class SandboxIronicTargets : IronicTargets
{
    public const int SeededNodes = 2500;

    private readonly Lazy<SandboxProcess> _open = new(() => SandboxProcess.Start("--systems", "5", "--ironic-nodes", SeededNodes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    private readonly Lazy<SandboxProcess> _secure = new(() => SandboxProcess.Start("--systems", "5", "--ironic-nodes", "0", "--ironic-basic", "--ironic-restrict-lookup"));
    private readonly Lazy<IronicTarget> _openTarget;
    private readonly Lazy<IronicTarget> _secureTarget;

    public SandboxIronicTargets()
    {
        _openTarget = new(() => new IronicTarget(new Uri(_open.Value.BaseUri, "ironic/")));
        _secureTarget = new(() =>
        {
            var credentials = _secure.Value.Credentials().GetProperty("ironic");
            return new IronicTarget(new Uri(credentials.GetProperty("url").GetString()!), credentials.GetProperty("userName").GetString(), credentials.GetProperty("password").GetString());
        });
    }

    public override IronicTarget Open => _openTarget.Value;

    public override IronicTarget Secure => _secureTarget.Value;

    public override IReadOnlyCollection<string> PagingNodes() =>
        Enumerable.Range(1, SeededNodes).Select(i => $"node-{i:D4}").ToList();

    public override void Dispose()
    {
        foreach (var target in new[] { _openTarget, _secureTarget }.Where(t => t.IsValueCreated))
        {
            target.Value.Dispose();
        }

        foreach (var sandbox in new[] { _open, _secure }.Where(s => s.IsValueCreated))
        {
            sandbox.Value.Dispose();
        }
    }
}
