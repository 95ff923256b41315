using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Client.OpenShift;

/// <summary>Watch: GET {collection}?watch=1, a long-lived response of newline-delimited JSON events.</summary>
internal sealed partial class OpenShiftClient
{
    /// <summary>
    /// Opens a watch from <paramref name="resourceVersion"/> (null: the server first sends the current objects as ADDED).
    /// Only the headers are awaited (ResponseHeadersRead; the cluster client has no overall timeout), so the body streams;
    /// <paramref name="timeoutSeconds"/> asks the server to end the stream, after which the caller reopens it.
    /// </summary>
    internal async Task<WatchStream> OpenWatchAsync(
        KubeResource resource, string? ns, string? labelSelector, string? fieldSelector, string? resourceVersion, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var url = new StringBuilder(resource.CollectionPath(ns)).Append("?watch=1&allowWatchBookmarks=true");
        if (!string.IsNullOrEmpty(resourceVersion))
        {
            url.Append("&resourceVersion=").Append(Uri.EscapeDataString(resourceVersion));
        }

        url.Append("&timeoutSeconds=").Append(timeoutSeconds.ToString(CultureInfo.InvariantCulture));
        var selectors = SelectorQuery(labelSelector, fieldSelector);
        if (selectors.Length > 0)
        {
            url.Append('&').Append(selectors);
        }

        var response = await _api.SendAsync(_api.Request(HttpMethod.Get, url.ToString(), accept: Json), null, cancellationToken).ConfigureAwait(false);

        return new WatchStream(response, await response.Content.ReadAsStreamAsync().ConfigureAwait(false), DisplayName);
    }
}

/// <summary>An open watch response, read one event line at a time.</summary>
internal sealed class WatchStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly string _source;

    internal WatchStream(HttpResponseMessage response, Stream body, string source)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
        _source = source;
    }

    /// <summary>The next event, or null when the server ended the stream. Cancelling closes the response to end a pending read.</summary>
    internal async Task<WatchEventWire?> ReadAsync(CancellationToken cancellationToken)
    {
        using (cancellationToken.Register(() => _response.Dispose()))
        {
            while (true)
            {
                string? line;
                try
                {
                    line = await _reader.ReadLineAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or ObjectDisposedException or HttpRequestException && cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (line is null)
                {
                    return null;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    return JsonSerializer.Deserialize<WatchEventWire>(line) ?? throw new JsonException("null event");
                }
                catch (JsonException ex)
                {
                    throw ApiErrorReader.InvalidBody(_source, _response, ex);
                }
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
