using System;
using System.Net;
using System.Net.Http;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Http;

/// <summary>
/// Applies -TimeoutSec to each attempt and turns transport exceptions into RedHatApiExceptions with distinct ids
/// (proxy, TLS, network, timeout), decided from exception types and the configuration, never from message text.
/// Inside the retry handler, so a timed-out or dropped idempotent attempt is retried like any transient fault.
/// </summary>
internal sealed class TransportErrorHandler : DelegatingHandler
{
    private readonly TimeSpan _timeout;
    private readonly bool _viaProxy;

    internal TransportErrorHandler(TimeSpan timeout, bool viaProxy)
    {
        _timeout = timeout;
        _viaProxy = viaProxy;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_timeout > TimeSpan.Zero && _timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(_timeout);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            throw new RedHatApiException(
                ErrorIds.RequestTimeout,
                Text.Format(Strings.RequestTimeout, request.Method, Redactor.Url(request.RequestUri), _timeout.TotalSeconds),
                ex)
            { Target = request.RequestUri };
        }
        catch (HttpRequestException ex)
        {
            throw Classify(ex, request);
        }

        if (response.StatusCode == HttpStatusCode.ProxyAuthenticationRequired)
        {
            response.Dispose();
            throw new RedHatApiException(ErrorIds.ProxyError, Text.Format(Strings.ProxyAuthenticationRequired, request.RequestUri?.Host))
            {
                StatusCode = HttpStatusCode.ProxyAuthenticationRequired,
                Target = request.RequestUri,
            };
        }

        return response;
    }

    private RedHatApiException Classify(HttpRequestException ex, HttpRequestMessage request)
    {
        var host = request.RequestUri?.Host;
        if (FindInner<AuthenticationException>(ex) is not null)
        {
            return new RedHatApiException(ErrorIds.TlsError, Text.Format(Strings.TlsFailed, host, Innermost(ex).Message), ex)
            {
                Target = request.RequestUri,
            };
        }

        // With a proxy configured the connection goes to the proxy, so a connect failure is the proxy's.
        var id = _viaProxy ? ErrorIds.ProxyError : ErrorIds.NetworkError;
        var message = _viaProxy ? Strings.ProxyUnreachable : Strings.NetworkFailed;
        return new RedHatApiException(id, Text.Format(message, host, Innermost(ex).Message), ex) { Target = request.RequestUri };
    }

    private static T? FindInner<T>(Exception ex)
        where T : Exception
    {
        for (Exception? current = ex; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        var current = ex;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
