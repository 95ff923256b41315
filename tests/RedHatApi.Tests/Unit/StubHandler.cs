using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Tests.Unit;

/// <summary>An inner handler that answers from a script of responses and records what it was sent.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    internal ConcurrentQueue<(HttpMethod Method, Uri? Uri, string? Authorization, string? Body)> Seen { get; } = new();

    internal StubHandler Then(HttpStatusCode status, Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent("{}") };
            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    internal StubHandler ThenThrow(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    internal StubHandler Then(Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Seen.Enqueue((request.Method, request.RequestUri, request.Headers.Authorization?.ToString(), body));
        Func<HttpRequestMessage, HttpResponseMessage> next;
        lock (_script)
        {
            next = _script.Count > 0 ? _script.Dequeue() : _ => new HttpResponseMessage(HttpStatusCode.OK);
        }

        var response = next(request);
        response.RequestMessage ??= request;
        return response;
    }
}
