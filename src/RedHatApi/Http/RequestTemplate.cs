using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace RedHatApi.Http;

/// <summary>
/// A buffered copy of a request, so a retry or a 401 replay can send it again: an HttpRequestMessage can be sent
/// only once, and a streamed body cannot be read twice.
/// </summary>
internal sealed class RequestTemplate
{
    private readonly HttpMethod _method;
    private readonly Uri? _uri;
    private readonly Version _version;
    private readonly List<KeyValuePair<string, IEnumerable<string>>> _headers;
    private readonly byte[]? _content;
    private readonly List<KeyValuePair<string, IEnumerable<string>>> _contentHeaders;
    private readonly List<KeyValuePair<string, object?>> _properties;

    private RequestTemplate(HttpRequestMessage request, byte[]? content)
    {
        _method = request.Method;
        _uri = request.RequestUri;
        _version = request.Version;
        _headers = request.Headers.ToList();
        _content = content;
        _contentHeaders = request.Content?.Headers.ToList() ?? new List<KeyValuePair<string, IEnumerable<string>>>();
#pragma warning disable CS0618 // Options does not exist on netstandard2.0; Properties is the portable store.
        _properties = request.Properties.ToList();
#pragma warning restore CS0618
    }

    internal Uri? RequestUri => _uri;

    internal HttpMethod Method => _method;

    /// <summary>Buffers the body (if any) and remembers everything needed to rebuild the request.</summary>
    internal static async Task<RequestTemplate> CaptureAsync(HttpRequestMessage request)
    {
        byte[]? content = null;
        if (request.Content is not null)
        {
            content = await request.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }

        return new RequestTemplate(request, content);
    }

    /// <summary>A fresh message for another attempt, optionally for another URL and method (redirects).</summary>
    internal HttpRequestMessage Create(Uri? uri = null, HttpMethod? method = null, bool dropContent = false)
    {
        var message = new HttpRequestMessage(method ?? _method, uri ?? _uri) { Version = _version };
        foreach (var header in _headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (_content is not null && !dropContent)
        {
            var content = new ByteArrayContent(_content);
            foreach (var header in _contentHeaders)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            message.Content = content;
        }

#pragma warning disable CS0618
        foreach (var property in _properties)
        {
            message.Properties[property.Key] = property.Value;
        }
#pragma warning restore CS0618
        return message;
    }

    internal static void RemoveAuthorization(HttpRequestMessage message) => message.Headers.Authorization = null;

    internal static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
