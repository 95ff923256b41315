using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Ironic;
using RedHatApi.Errors;
using RedHatApi.Paging;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The Ironic engine without a server: microversion negotiation, error bodies, IPA's pauses, failover.</summary>
public sealed class IronicClientTests
{
    private const string Root = """{"default_version":{"id":"v1","min_version":"1.1","version":"1.82","status":"CURRENT"}}""";

    [Theory]
    [InlineData("1.9", "1.10", -1)]
    [InlineData("1.62", "1.62", 0)]
    [InlineData("2.1", "1.99", 1)]
    public void Microversions_compare_as_numbers(string a, string b, int sign)
    {
        Assert.True(IronicMicroversion.TryParse(a, out var x));
        Assert.True(IronicMicroversion.TryParse(b, out var y));
        Assert.Equal(sign, Math.Sign(x.CompareTo(y)));
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("1")]
    [InlineData("1.x")]
    [InlineData("")]
    public void Text_that_is_not_a_microversion_does_not_parse(string text) => Assert.False(IronicMicroversion.TryParse(text, out _));

    [Fact]
    public async Task The_range_is_negotiated_once_and_each_call_sends_the_lowest_version_it_needs()
    {
        var ironic = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? Json(Root) : Json(LookupBody("tok-1")));
        var client = ironic.Client();

        await client.LookupAsync(new[] { "52:54:00:00:00:01" }, null, CancellationToken.None);
        await client.LookupAsync(new[] { "52:54:00:00:00:01" }, null, CancellationToken.None);
        var call = await client.PrepareHeartbeatAsync(new IronicHeartbeat("n1", new Uri("http://192.0.2.1:9999")) { AgentVersion = "9.0" }, CancellationToken.None);
        var statusCall = await client.PrepareHeartbeatAsync(new IronicHeartbeat("n1", new Uri("http://192.0.2.1:9999")) { AgentStatus = "start" }, CancellationToken.None);

        Assert.Single(ironic.Seen, s => s.Path == "/");
        Assert.All(ironic.Seen.Where(s => s.Path == "/v1/lookup"), s => Assert.Equal("1.62", s.Version));
        Assert.Null(ironic.Seen.Single(s => s.Path == "/").Version);
        Assert.Equal("1.36", call.Version.ToString()); // agent_version alone; no token kept for "n1"
        Assert.Equal("1.72", statusCall.Version.ToString());
    }

    [Fact]
    public async Task A_kept_token_raises_the_heartbeat_to_1_62_and_goes_in_the_body_but_not_in_the_WhatIf_text()
    {
        var node = Guid.NewGuid();
        var ironic = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? Json(Root) : Json(LookupBody("secret-token-1", node)));
        var client = ironic.Client();
        var found = await client.LookupAsync(Array.Empty<string>(), node, CancellationToken.None);

        var call = await client.PrepareHeartbeatAsync(new IronicHeartbeat(node.ToString(), new Uri("http://192.0.2.1:9999")), CancellationToken.None);

        Assert.True(found.AgentTokenIssued);
        Assert.Equal("1.62", call.Version.ToString());
        Assert.Equal("secret-token-1", call.Body["agent_token"]!.GetValue<string>());
        Assert.DoesNotContain("secret-token-1", call.ToString(), StringComparison.Ordinal);
        Assert.Contains("agent_token", call.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_older_than_1_22_cannot_do_lookups_and_a_pin_below_is_refused_before_sending()
    {
        var old = new FakeIronic(_ => Json("""{"default_version":{"min_version":"1.1","version":"1.20"}}""")).Client();
        var pinned = new FakeIronic(_ => Json(Root)).Client(new IronicMicroversion(1, 21));

        var tooOld = await Assert.ThrowsAsync<RedHatApiException>(() => old.LookupAsync(new[] { "52:54:00:00:00:01" }, null, CancellationToken.None));
        var tooLow = await Assert.ThrowsAsync<RedHatApiException>(() => pinned.LookupAsync(new[] { "52:54:00:00:00:01" }, null, CancellationToken.None));

        Assert.Equal(ErrorIds.IronicApiVersionUnsupported, tooOld.ErrorId);
        Assert.Contains("1.1 to 1.20", tooOld.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorIds.IronicApiVersionUnsupported, tooLow.ErrorId);
        Assert.Contains("1.22", tooLow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_GET_root_fails_the_range_is_assumed_1_1_to_1_31_as_IPA_does()
    {
        var ironic = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? new HttpResponseMessage(HttpStatusCode.NotFound) : Json(LookupBody("t")));
        var found = await ironic.Client().LookupAsync(new[] { "52:54:00:00:00:01" }, null, CancellationToken.None);

        Assert.Equal("1.31", found.ApiVersion);
    }

    [Theory]
    [InlineData("""{"error_message":"{\"faultstring\": \"Node abc could not be found.\", \"faultcode\": \"Client\", \"debuginfo\": null}"}""", "Node abc could not be found.")]
    [InlineData("""{"error_message":"plain words"}""", "plain words")]
    [InlineData("""{"error_message":{"faultstring":"an object"}}""", "an object")]
    public void Error_bodies_are_read_twice_with_the_raw_string_as_fallback(string body, string expected)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(expected, IronicErrorShape.FaultOf(doc.RootElement));
    }

    [Theory]
    [InlineData(400, "/v1/heartbeat/n1", "Agent token is required for heartbeat processing.", ErrorIds.IronicAgentTokenRequired)]
    [InlineData(400, "/v1/heartbeat/n1", "Invalid or missing agent token received.", ErrorIds.IronicAgentTokenInvalid)]
    [InlineData(404, "/v1/lookup", "Node with addresses x could not be found.", ErrorIds.IronicNodeNotFound)]
    [InlineData(404, "/v1/nodes/n1", "Node n1 could not be found.", ErrorIds.IronicNodeNotFound)]
    [InlineData(409, "/v1/heartbeat/n1", "Node n1 is locked by host c1.", ErrorIds.IronicNodeLocked)]
    [InlineData(406, "/v1/nodes", "Version 1.999 was requested", ErrorIds.IronicApiVersionUnsupported)]
    [InlineData(400, "/v1/nodes", "Limit must be positive", "HttpStatus400")]
    public async Task Statuses_map_to_ids_by_endpoint(int status, string path, string fault, string id)
    {
        var shape = new IronicErrorShape(new Uri("http://ironic.test:6385/"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://ironic.test:6385" + path);
        request.Headers.TryAddWithoutValidation(IronicClient.VersionHeader, "1.999");
        using var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { error_message = System.Text.Json.JsonSerializer.Serialize(new { faultstring = fault }) })),
        };
        response.Headers.TryAddWithoutValidation("X-OpenStack-Ironic-API-Minimum-Version", "1.1");
        response.Headers.TryAddWithoutValidation("X-OpenStack-Ironic-API-Maximum-Version", "1.82");

        var error = await shape.ReadAsync(response, "n1", CancellationToken.None);

        Assert.Equal(id, error.ErrorId);
        if (status == 406)
        {
            Assert.Contains("1.999", error.Message, StringComparison.Ordinal);
            Assert.Contains("1.1 to 1.82", error.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(fault, error.Message, StringComparison.Ordinal);
        }

        if (path == "/v1/lookup")
        {
            Assert.Contains("restrict_lookup", error.Message, StringComparison.Ordinal);
            Assert.Contains("fast_track", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lookup_pauses_grow_at_random_from_1_s_up_to_60_s()
    {
        var random = new Random(7);
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var pause = IronicPauses.Lookup(attempt, random);
            Assert.InRange(pause.TotalSeconds, 1, Math.Min(60, Math.Max(1, Math.Pow(2, attempt - 1))));
        }

        Assert.Contains(Enumerable.Range(0, 50).Select(_ => IronicPauses.Lookup(12, random).TotalSeconds), s => s > 30);
    }

    [Fact]
    public void Heartbeat_intervals_and_error_pauses_follow_IPA()
    {
        var random = new Random(3);
        var intervals = Enumerable.Range(0, 200).Select(_ => IronicPauses.HeartbeatInterval(300, random).TotalSeconds).ToList();
        var errors = Enumerable.Range(0, 200).Select(_ => IronicPauses.HeartbeatError(random).TotalSeconds).ToList();

        Assert.All(intervals, s => Assert.InRange(s, 90, 180));
        Assert.All(errors, s => Assert.InRange(s, 5, 10));
    }

    [Fact]
    public async Task A_locked_node_is_retried_after_5_then_10_s_and_a_success_resets_the_pauses()
    {
        var answers = new Queue<HttpStatusCode>(new[] { HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Accepted, HttpStatusCode.Conflict, HttpStatusCode.Accepted });
        var ironic = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? Json(Root) : Fault(answers.Dequeue(), "Node n1 is locked by host c1."));
        var client = ironic.Client();
        var call = await client.PrepareHeartbeatAsync(new IronicHeartbeat("n1", new Uri("http://192.0.2.1:9999")), CancellationToken.None);

        await client.SendHeartbeatAsync(call, 3, CancellationToken.None);
        await client.SendHeartbeatAsync(call, 3, CancellationToken.None);

        Assert.Equal(new[] { 5.0, 10.0, 5.0 }, ironic.Pauses.Select(p => p.TotalSeconds));
        Assert.Equal(5, ironic.Seen.Count(s => s.Path == "/v1/heartbeat/n1"));
    }

    [Fact]
    public async Task A_node_locked_through_every_pause_is_IronicNodeLocked_after_5_10_and_30_s()
    {
        var ironic = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? Json(Root) : Fault(HttpStatusCode.Conflict, "locked"));
        var client = ironic.Client();
        var call = await client.PrepareHeartbeatAsync(new IronicHeartbeat("n1", new Uri("http://192.0.2.1:9999")), CancellationToken.None);

        var error = await Assert.ThrowsAsync<RedHatApiException>(() => client.SendHeartbeatAsync(call, 3, CancellationToken.None));

        Assert.Equal(ErrorIds.IronicNodeLocked, error.ErrorId);
        Assert.Equal(new[] { 5.0, 10.0, 30.0 }, ironic.Pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public async Task An_unreachable_URL_passes_the_call_to_the_next_which_then_comes_first()
    {
        var down = new FakeIronic(_ => throw new RedHatApiException(ErrorIds.NetworkError, "connection refused"), "http://down.test:6385/");
        var up = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? Json(Root) : Json("""{"nodes":[]}"""), "http://up.test:6385/");
        var state = new IronicState(null);
        state.AddEndpoint(down.Endpoint());
        state.AddEndpoint(up.Endpoint());
        var client = new IronicClient(state);

        await client.GetNodesPageAsync(new PageRequest(0, 10), new IronicNodeFilter(), CancellationToken.None);
        await client.GetNodesPageAsync(new PageRequest(0, 10), new IronicNodeFilter(), CancellationToken.None);

        Assert.Equal("http://up.test:6385/", state.Endpoints[0].BaseUrl.AbsoluteUri);
        Assert.Single(down.Seen); // the version document only; later calls start at the URL that answered
        Assert.Equal(3, up.Seen.Count);
    }

    [Fact]
    public async Task Node_pages_follow_the_marker_of_the_next_link()
    {
        var ironic = new FakeIronic(request => request.RequestUri!.AbsolutePath == "/" ? Json(Root)
            : Json("""{"nodes":[{"uuid":"6d85703a-565d-469a-96ce-30b6de53079d","name":"a","driver":"ipmi","resource_class":"gold","maintenance":false}],"next":"http://elsewhere/v1/nodes?limit=1&marker=6d85703a-565d-469a-96ce-30b6de53079d"}"""));

        var page = await ironic.Client().GetNodesPageAsync(new PageRequest(0, 1, "previous"), new IronicNodeFilter { ProvisionState = "clean wait" }, CancellationToken.None);

        Assert.Equal("6d85703a-565d-469a-96ce-30b6de53079d", page.NextCursor);
        var node = Assert.Single(page.Items);
        Assert.Equal(("a", "ipmi", "gold", (bool?)false), (node.Name, node.Driver, node.ResourceClass, node.Maintenance));
        var sent = ironic.Seen.Last().Query;
        Assert.Contains("marker=previous", sent, StringComparison.Ordinal);
        Assert.Contains("provision_state=clean%20wait", sent, StringComparison.Ordinal);
        Assert.Equal("1.21", ironic.Seen.Last().Version);
    }

    [Fact]
    public async Task The_heartbeat_loop_reports_each_beat_and_ends_quietly_at_its_deadline()
    {
        var state = new IronicState(null) { Delay = (_, _) => Task.CompletedTask };
        var beats = 0;
        var results = new List<IronicBeat>();
        using var cancel = new CancellationTokenSource();

        await foreach (var beat in IronicHeartbeatLoop.RunAsync(
            _ => ++beats == 2 ? throw new RedHatApiException(ErrorIds.ServiceUnavailable, "503") : Task.CompletedTask,
            () => TimeSpan.FromSeconds(100),
            state,
            null,
            cancel.Token))
        {
            results.Add(beat);
            if (results.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(new[] { 1, 2, 3 }, results.Select(r => r.Number));
        Assert.Null(results[0].Failure);
        Assert.Equal(ErrorIds.ServiceUnavailable, results[1].Failure!.ErrorId);
        Assert.InRange(results[1].NextIn.TotalSeconds, 5, 10);
        Assert.Equal(100, results[2].NextIn.TotalSeconds);
    }

    [Fact]
    public async Task The_heartbeat_loop_stops_at_the_deadline_without_an_error()
    {
        var state = new IronicState(null) { Delay = Task.Delay };
        var results = new List<IronicBeat>();

        await foreach (var beat in IronicHeartbeatLoop.RunAsync(_ => Task.CompletedTask, () => TimeSpan.FromMilliseconds(20), state, TimeSpan.FromMilliseconds(300), CancellationToken.None))
        {
            results.Add(beat);
        }

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Null(r.Failure));
    }

    [Fact]
    public async Task A_wrong_token_ends_the_heartbeat_loop()
    {
        var state = new IronicState(null) { Delay = (_, _) => Task.CompletedTask };

        var error = await Assert.ThrowsAsync<RedHatApiException>(async () =>
        {
            await foreach (var unused in IronicHeartbeatLoop.RunAsync(
                _ => throw new RedHatApiException(ErrorIds.IronicAgentTokenInvalid, "bad"), () => TimeSpan.Zero, state, null, CancellationToken.None))
            {
            }
        });

        Assert.Equal(ErrorIds.IronicAgentTokenInvalid, error.ErrorId);
    }

    private static string LookupBody(string token, Guid? node = null) =>
        "{\"node\":{\"uuid\":\"" + (node ?? Guid.Parse("6d85703a-565d-469a-96ce-30b6de53079d")) + "\"},\"config\":{\"heartbeat_timeout\":300,\"agent_token\":\"" + token + "\",\"agent_token_required\":true}}";

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Fault(HttpStatusCode status, string fault) =>
        status == HttpStatusCode.Accepted
            ? new HttpResponseMessage(status)
            : Json(System.Text.Json.JsonSerializer.Serialize(new { error_message = System.Text.Json.JsonSerializer.Serialize(new { faultstring = fault }) }), status);

    /// <summary>An Ironic answered by a function; records path, query and version header of each request, and the pauses taken.</summary>
    private sealed class FakeIronic : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;
        private readonly Uri _base;

        internal FakeIronic(Func<HttpRequestMessage, HttpResponseMessage> answer, string baseUrl = "http://ironic.test:6385/")
        {
            _answer = answer;
            _base = new Uri(baseUrl);
        }

        internal ConcurrentQueue<(string Path, string Query, string? Version)> Seen { get; } = new();

        internal List<TimeSpan> Pauses { get; } = new();

        internal IronicEndpoint Endpoint() => new(_base, () => new HttpClient(this, disposeHandler: false) { BaseAddress = _base });

        internal IronicClient Client(IronicMicroversion? pinned = null)
        {
            var state = new IronicState(pinned)
            {
                Delay = (pause, _) =>
                {
                    Pauses.Add(pause);
                    return Task.CompletedTask;
                },
            };
            state.AddEndpoint(Endpoint());
            return new IronicClient(state);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var version = request.Headers.TryGetValues(IronicClient.VersionHeader, out var values) ? values.Single() : null;
            Seen.Enqueue((request.RequestUri!.AbsolutePath, request.RequestUri.Query, version));
            var response = _answer(request);
            response.RequestMessage ??= request;
            return Task.FromResult(response);
        }
    }
}
