using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.RealServers;

/// <summary>One real Ironic per fixture, started on first use so a machine without python3-ironic only skips.</summary>
public abstract class IronicFixtureBase : IDisposable
{
    private readonly Lazy<IronicServer> _server;

    protected IronicFixtureBase(IronicServerOptions options)
    {
        _server = new Lazy<IronicServer>(() => new IronicServer(options));
    }

    public IronicServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>Ironic with no authentication, as the agent endpoints run by default.</summary>
public sealed class IronicNoAuthFixture() : IronicFixtureBase(new IronicServerOptions());

/// <summary>Ironic behind HTTP Basic, as Metal3 runs it on OpenShift bare-metal clusters.</summary>
public sealed class IronicBasicFixture() : IronicFixtureBase(new IronicServerOptions(HttpBasic: true));

/// <summary>
/// The behaviours of a real Ironic that RedHatApi's Ironic client and the sandbox's Ironic plug-in are built on
/// (API-CONTRACTS §5). When an Ironic release changes one of them, these fail first and say which.
/// </summary>
public sealed class IronicReferenceTests : IClassFixture<IronicNoAuthFixture>, IClassFixture<IronicBasicFixture>
{
    private const string VersionHeader = "X-OpenStack-Ironic-API-Version";
    private readonly IronicNoAuthFixture _open;
    private readonly IronicBasicFixture _basic;

    public IronicReferenceTests(IronicNoAuthFixture open, IronicBasicFixture basic)
    {
        _open = open;
        _basic = basic;
    }

    [IronicFact]
    public void The_agent_token_is_real_on_the_first_lookup_only()
    {
        var server = _open.Server;
        var node = server.CreateNode("reference-token-" + Guid.NewGuid().ToString("N")[..8]);
        const string mac = "52:54:00:aa:00:01";
        server.CreatePort(node, mac);

        var first = Get(server, "v1/lookup?addresses=" + mac, "1.82");
        var second = Get(server, "v1/lookup?node_uuid=" + node, "1.82");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        var token = first.Json!.RootElement.GetProperty("config").GetProperty("agent_token").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.NotEqual("******", token);
        Assert.Equal(node, first.Json.RootElement.GetProperty("node").GetProperty("uuid").GetGuid());
        Assert.Equal("******", second.Json!.RootElement.GetProperty("config").GetProperty("agent_token").GetString());
    }

    [IronicFact]
    public void Lookup_below_microversion_1_22_is_a_404_and_an_unserved_version_a_406()
    {
        var server = _open.Server;
        var node = server.CreateNode("reference-version-" + Guid.NewGuid().ToString("N")[..8]);

        Assert.Equal(HttpStatusCode.NotFound, Get(server, "v1/lookup?node_uuid=" + node, "1.21").Status);
        var unserved = Get(server, "v1/nodes", "1.999");
        Assert.Equal(HttpStatusCode.NotAcceptable, unserved.Status);
    }

    [IronicFact]
    public void Errors_are_JSON_inside_a_string()
    {
        var server = _open.Server;
        var missing = Get(server, "v1/nodes/" + Guid.NewGuid(), "1.82");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        var inner = missing.Json!.RootElement.GetProperty("error_message").GetString()!;
        using var fault = JsonDocument.Parse(inner);
        Assert.Contains("could not be found", fault.RootElement.GetProperty("faultstring").GetString(), StringComparison.Ordinal);
    }

    [IronicFact]
    public void Node_pages_carry_a_next_link_with_the_last_uuid_as_marker()
    {
        var server = _open.Server;
        for (var i = 0; i < 3; i++)
        {
            server.CreateNode("reference-page-" + Guid.NewGuid().ToString("N")[..8]);
        }

        var page = Get(server, "v1/nodes?limit=2", "1.82");

        var nodes = page.Json!.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, nodes.Count);
        var next = page.Json.RootElement.GetProperty("next").GetString()!;
        Assert.Contains("marker=" + nodes[1].GetProperty("uuid").GetString(), next, StringComparison.Ordinal);
    }

    [IronicFact]
    public void HTTP_Basic_refuses_a_wrong_password_with_a_Basic_challenge()
    {
        var server = _basic.Server;
        using var http = new HttpClient { BaseAddress = server.Url };
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "v1/nodes");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(server.UserName + ":wrong")));
        using var refused = http.Send(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, "v1/nodes");
        right.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(server.UserName + ":" + server.Password)));
        using var allowed = http.Send(right);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private static (HttpStatusCode Status, JsonDocument? Json) Get(IronicServer server, string path, string version)
    {
        using var http = new HttpClient { BaseAddress = server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(VersionHeader, version);
        using var response = http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return (response.StatusCode, text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text) : null);
    }
}
