using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client;

/// <summary>
/// What every area client sends through: one connection's HTTP client plus its family's error shape. Send, read
/// JSON and map a failure are written here once; area clients keep only paths and wire↔model maps.
/// </summary>
internal sealed class ApiConnection
{
    private readonly Lazy<HttpClient> _http;

    /// <summary>Over a session connection; its pipeline is built by the first request, not here.</summary>
    internal ApiConnection(Session.Connection connection, IApiErrorShape errors)
    {
        BaseUrl = connection.BaseUrl;
        _http = new Lazy<HttpClient>(connection.CreateClient);
        Errors = errors;
    }

    /// <summary>Over any client whose base address is set (tests put one over a stub handler).</summary>
    internal ApiConnection(HttpClient http, IApiErrorShape errors)
    {
        BaseUrl = http.BaseAddress ?? throw new ArgumentException("The client needs a base address.", nameof(http));
        _http = new Lazy<HttpClient>(() => http);
        Errors = errors;
    }

    /// <summary>The connection's base URL, ending in a slash.</summary>
    internal Uri BaseUrl { get; }

    internal IApiErrorShape Errors { get; }

    /// <summary>The absolute URL of a path under the base URL.</summary>
    internal Uri Url(string relativeUrl) => new(BaseUrl, relativeUrl);

    /// <summary>A request value for a path under the base URL.</summary>
    internal ApiRequest Request(HttpMethod method, string relativeUrl, object? body = null, string? accept = null) =>
        new(method, Url(relativeUrl), body) { Accept = accept };

    /// <summary>
    /// Sends <paramref name="request"/> and returns the successful response, headers read and body not yet (the
    /// caller disposes it; a stream can be read from it). A failure status throws through the family's error shape.
    /// </summary>
    internal async Task<HttpResponseMessage> SendAsync(ApiRequest request, object? target, CancellationToken cancellationToken)
    {
        using var message = request.ToMessage();
        var response = await _http.Value.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || (!request.FollowRedirects && (int)response.StatusCode is >= 300 and < 400))
        {
            return response;
        }

        using (response)
        {
            // Buffered, so the shared reader and the family's own parser can both read the body.
            if (response.Content is not null)
            {
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            }

            throw await Errors.ReadAsync(response, target, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends and reads the JSON answer with its headers; a 204 or an empty body is a null body.</summary>
    internal async Task<ApiResponse<T>> SendJsonAsync<T>(ApiRequest request, object? target, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendAsync(request, target, cancellationToken).ConfigureAwait(false);
        var headers = ApiResponse<T>.HeadersOf(response.Headers);
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content is null || response.Content.Headers.ContentLength == 0)
        {
            return new ApiResponse<T>(null, headers);
        }

        return new ApiResponse<T>(await ReadJsonAsync<T>(response, cancellationToken).ConfigureAwait(false), headers);
    }

    /// <summary>Sends and reads a JSON answer that must be there.</summary>
    internal async Task<T> GetJsonAsync<T>(ApiRequest request, object? target, CancellationToken cancellationToken)
        where T : class =>
        (await SendJsonAsync<T>(request, target, cancellationToken).ConfigureAwait(false)).Body
            ?? throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, Errors.DisplayName, "empty body"));

    /// <summary>Sends and returns the body as text (empty when there is none).</summary>
    internal async Task<string> SendTextAsync(ApiRequest request, object? target, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, target, cancellationToken).ConfigureAwait(false);
        return response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    /// <summary>Reads a JSON body; one that is not the JSON expected is InvalidResponse.</summary>
    internal async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The response body is empty.");
        }
        catch (Exception ex) when (ex is JsonException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw ApiErrorReader.InvalidBody(Errors.DisplayName, response, ex);
        }
    }
}

/// <summary>A JSON answer and the headers that came with it (Assisted events carry their count there).</summary>
internal sealed class ApiResponse<T>
    where T : class
{
    internal ApiResponse(T? body, IReadOnlyDictionary<string, string> headers)
    {
        Body = body;
        Headers = headers;
    }

    internal T? Body { get; }

    internal IReadOnlyDictionary<string, string> Headers { get; }

    internal static IReadOnlyDictionary<string, string> HeadersOf(HttpResponseHeaders headers) =>
        headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
}
