using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// Outermost handler: one Verbose line per request (<c>GET https://… -> 200 (143 ms)</c>) and the redacted
/// headers on Debug. Written by hand instead of the factory's logging because that writes four lines per request
/// and cannot say what the retries in between waited for.
/// </summary>
internal sealed class RequestLogHandler : DelegatingHandler
{
    private readonly SessionCounters _counters;

    internal RequestLogHandler(SessionCounters counters)
    {
        _counters = counters;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _counters.AddRequest();
        var url = Redactor.Url(request.RequestUri);
        if (LogSink.Current is not null)
        {
            LogSink.Debug(Describe($"{request.Method} {url}", request.Headers, request.Content?.Headers));
        }

        var watch = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            LogSink.Verbose(string.Format(
                CultureInfo.InvariantCulture, "{0} {1} -> {2} ({3} ms)", request.Method, url, (int)response.StatusCode, watch.ElapsedMilliseconds));
            if (LogSink.Current is not null)
            {
                LogSink.Debug(Describe($"{(int)response.StatusCode} {response.ReasonPhrase}", response.Headers, response.Content?.Headers));
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSink.Verbose(string.Format(
                CultureInfo.InvariantCulture, "{0} {1} -> failed ({2} ms): {3}", request.Method, url, watch.ElapsedMilliseconds, ex.Message));
            throw;
        }
    }

    // User-Agent is a list of product tokens separated by spaces, not a comma list.
    private static bool UserAgentHeader(string name) => string.Equals(name, "User-Agent", StringComparison.OrdinalIgnoreCase);

    private static string Describe(string firstLine, HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var text = new StringBuilder(firstLine);
        foreach (var header in headers.Concat(contentHeaders ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>()))
        {
            text.Append('\n').Append("  ").Append(header.Key).Append(": ")
                .Append(Redactor.HeaderValue(header.Key, string.Join(UserAgentHeader(header.Key) ? " " : ", ", header.Value)));
        }

        return text.ToString();
    }
}
