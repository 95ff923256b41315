using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Session;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class RetryHandlerTests
{
    private readonly SessionCounters _counters = new();

    private HttpMessageInvoker Invoker(StubHandler stub, int maxRetries = 3, RetryPolicy? policy = null, ThrottleGate? gate = null) =>
        new(new RetryHandler(maxRetries, policy ?? RetryPolicy.Api, _counters, gate ?? new ThrottleGate()) { InnerHandler = stub });

    private static HttpRequestMessage Request(HttpMethod method, string? body = null) =>
        new(method, "https://api.example.test/management/v1/systems")
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

    [Fact]
    public async Task A_503_is_retried_and_the_success_returned()
    {
        var stub = new StubHandler().Then(HttpStatusCode.ServiceUnavailable, r => r.Headers.Add("Retry-After", "0")).Then(HttpStatusCode.OK);
        using var response = await Invoker(stub).SendAsync(Request(HttpMethod.Get), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Seen.Count);
        Assert.Equal(1, _counters.Retries);
    }

    [Fact]
    public async Task A_POST_body_is_sent_again_on_429()
    {
        var stub = new StubHandler().Then(HttpStatusCode.TooManyRequests, r => r.Headers.Add("X-RateLimit-Delay", "0.05")).Then(HttpStatusCode.Created);
        using var response = await Invoker(stub).SendAsync(Request(HttpMethod.Post, "{\"name\":\"a\"}"), CancellationToken.None);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.All(stub.Seen, s => Assert.Equal("{\"name\":\"a\"}", s.Body));
        Assert.Equal(1, _counters.Throttled);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_POST_is_not_retried_on_gateway_errors(int status)
    {
        var stub = new StubHandler().Then((HttpStatusCode)status).Then(HttpStatusCode.OK);
        using var response = await Invoker(stub).SendAsync(Request(HttpMethod.Post, "{}"), CancellationToken.None);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Single(stub.Seen);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task A_GET_is_retried_on_gateway_errors(int status)
    {
        var stub = new StubHandler().Then((HttpStatusCode)status).Then(HttpStatusCode.OK);
        using var response = await Invoker(stub).SendAsync(Request(HttpMethod.Get), CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Seen.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_GET_only()
    {
        var dropped = new RedHatApiException(ErrorIds.NetworkError, "reset");
        var get = new StubHandler().ThenThrow(dropped).Then(HttpStatusCode.OK);
        using (var ok = await Invoker(get).SendAsync(Request(HttpMethod.Get), CancellationToken.None))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var post = new StubHandler().ThenThrow(dropped).Then(HttpStatusCode.OK);
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => Invoker(post).SendAsync(Request(HttpMethod.Post, "{}"), CancellationToken.None));
        Assert.Equal(ErrorIds.NetworkError, ex.ErrorId);
        Assert.Single(post.Seen);
    }

    [Fact]
    public async Task Attempts_are_bounded()
    {
        var stub = new StubHandler();
        for (var i = 0; i < 10; i++)
        {
            stub.Then(HttpStatusCode.ServiceUnavailable, r => r.Headers.Add("Retry-After", "0"));
        }

        using var response = await Invoker(stub, maxRetries: 2).SendAsync(Request(HttpMethod.Get), CancellationToken.None);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, stub.Seen.Count);
    }

    [Fact]
    public async Task The_server_delay_is_honoured()
    {
        var stub = new StubHandler().Then(HttpStatusCode.TooManyRequests, r => r.Headers.Add("X-RateLimit-Delay", "0.4")).Then(HttpStatusCode.OK);
        var watch = Stopwatch.StartNew();
        using var response = await Invoker(stub).SendAsync(Request(HttpMethod.Get), CancellationToken.None);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), "waited only " + watch.Elapsed);
        Assert.True(_counters.SecondsWaited >= 0.38);
    }

    [Fact]
    public async Task A_429_makes_sibling_requests_wait_too()
    {
        var gate = new ThrottleGate();
        var stub = new StubHandler().Then(HttpStatusCode.TooManyRequests, r => r.Headers.Add("X-RateLimit-Delay", "0.3"));
        using var first = await Invoker(stub, maxRetries: 0, gate: gate).SendAsync(Request(HttpMethod.Get), CancellationToken.None);
        Assert.True(gate.Remaining > TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Cancellation_stops_the_wait_between_attempts()
    {
        var stub = new StubHandler().Then(HttpStatusCode.ServiceUnavailable, r => r.Headers.Add("Retry-After", "30")).Then(HttpStatusCode.OK);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Invoker(stub).SendAsync(Request(HttpMethod.Get), cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Single(stub.Seen);
    }

    [Fact]
    public async Task The_token_endpoint_retries_5xx_but_never_4xx()
    {
        var fiveHundred = new StubHandler().Then(HttpStatusCode.InternalServerError).Then(HttpStatusCode.OK);
        using (var ok = await Invoker(fiveHundred, policy: RetryPolicy.TokenEndpoint).SendAsync(Request(HttpMethod.Post, "grant_type=x"), CancellationToken.None))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var badRequest = new StubHandler().Then(HttpStatusCode.BadRequest).Then(HttpStatusCode.OK);
        using var bad = await Invoker(badRequest, policy: RetryPolicy.TokenEndpoint).SendAsync(Request(HttpMethod.Post, "grant_type=x"), CancellationToken.None);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Single(badRequest.Seen);
    }
}
