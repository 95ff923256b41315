using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;

namespace RedHatApi.Client.Downloads;

/// <summary>
/// One GET of a pre-signed download link on another host (RHSM's CDN, the Assisted image service), optionally
/// resuming at a byte offset with <c>Range: bytes=N-</c>. It runs on a client without the API's auth handler, so no
/// bearer can reach that host (the link is its own credential; S3 and the CDN reject a second one).
/// The caller reads <see cref="Body"/> into its file from <see cref="Start"/>.
/// </summary>
internal sealed class BearerFreeTransfer : IDisposable
{
    private const int MaxRedirects = 5;

    private readonly HttpResponseMessage? _response;

    private BearerFreeTransfer(HttpResponseMessage? response, Stream body, long start, long? total)
    {
        _response = response;
        Body = body;
        Start = start;
        Total = total;
    }

    /// <summary>The bytes, from <see cref="Start"/> on.</summary>
    internal Stream Body { get; }

    /// <summary>Where the body goes in the file: the requested offset on a 206, 0 when the server sent the whole file.</summary>
    internal long Start { get; }

    /// <summary>The whole image's length, when the server said.</summary>
    internal long? Total { get; }

    /// <summary>
    /// GETs <paramref name="href"/> from <paramref name="offset"/>. A 200 (the server ignored Range) is the whole file
    /// from 0; a 206 whose Content-Range starts elsewhere and a 416 beyond the end restart with a GET from 0; a 416 at exactly the end means the
    /// file is already whole. Other statuses throw <paramref name="failureErrorId"/> with the status.
    /// </summary>
    internal static async Task<BearerFreeTransfer> OpenAsync(HttpClient plain, Uri href, long offset, string failureErrorId, CancellationToken cancellationToken)
    {
        var response = await GetAsync(plain, href, offset, cancellationToken).ConfigureAwait(false);
        try
        {
            var status = (int)response.StatusCode;
            var range = response.Content?.Headers.ContentRange;
            if (status == 206 && offset > 0 && range is { HasRange: true, From: { } from } && from == offset)
            {
                return new BearerFreeTransfer(response, await ReadStreamAsync(response).ConfigureAwait(false), offset, range.Length);
            }

            if (status == 200)
            {
                // No Range, or a server that ignores it: the whole file, which replaces whatever part was there.
                return new BearerFreeTransfer(response, await ReadStreamAsync(response).ConfigureAwait(false), 0, response.Content?.Headers.ContentLength);
            }

            if (status == 416 && range?.Length is { } length && length == offset)
            {
                response.Dispose();
                return new BearerFreeTransfer(null, Stream.Null, offset, length);
            }

            if (offset > 0 && status is 206 or 416)
            {
                // The server cannot continue where the file stops: start over, cleanly, from byte 0.
                LogSink.Verbose(Text.Format(Strings.DownloadRestart, Redactor.Url(href), status, offset));
                response.Dispose();
                return await OpenAsync(plain, href, 0, failureErrorId, cancellationToken).ConfigureAwait(false);
            }

            throw new RedHatApiException(
                failureErrorId,
                Text.Format(Strings.DownloadHttpFailure, Redactor.Url(response.RequestMessage?.RequestUri ?? href), status, response.ReasonPhrase))
            {
                StatusCode = response.StatusCode,
            };
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether a failed attempt is worth another with a fresh link: the link expired (403 from the CDN, 401 from the
    /// image service), the host is busy, or the network failed.
    /// </summary>
    internal static bool IsTransient(RedHatApiException exception) =>
        exception.StatusCode is { } status
            ? (int)status is 401 or 403 or 408 or 429 or >= 500
            : exception.ErrorId is ErrorIds.NetworkError or ErrorIds.RequestTimeout;

    public void Dispose()
    {
        Body.Dispose();
        _response?.Dispose();
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient plain, Uri href, long offset, CancellationToken cancellationToken)
    {
        var current = href;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (offset > 0)
            {
                request.Headers.Range = new RangeHeaderValue(offset, null);
            }

            var response = await plain.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (hop >= MaxRedirects || !IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            // A CDN may bounce to an edge; the plain client carries no credential, so following is safe.
            response.Dispose();
            current = location.IsAbsoluteUri ? location : new Uri(current, location);
        }
    }

    private static async Task<Stream> ReadStreamAsync(HttpResponseMessage response) =>
        response.Content is null ? Stream.Null : await response.Content.ReadAsStreamAsync().ConfigureAwait(false);

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;
}
