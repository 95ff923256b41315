using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// Adds the bearer token of the credential that serves this API, but only to that API's own host, and cures a
/// 401 once: it forces a refresh (if the rejected token is still the cached one) and replays the request.
/// </summary>
internal sealed class AuthHandler : DelegatingHandler
{
    private readonly SessionCore _session;
    private readonly ApiName _api;

    internal AuthHandler(SessionCore session, ApiName api)
    {
        _session = session;
        _api = api;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsApiHost(request.RequestUri))
        {
            // A pre-signed download link or any other host: never leak the bearer there.
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var slot = _session.SlotFor(_api);
        var token = await slot.Tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var template = await RequestTemplate.CaptureAsync(request).ConfigureAwait(false);
        request.Headers.Authorization = RequestTemplate.Bearer(token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !slot.Tokens.CanRefresh)
        {
            return response;
        }

        var fresh = await slot.Tokens.GetAsync(cancellationToken, rejected: token.Value).ConfigureAwait(false);
        response.Dispose();
        using var replay = template.Create();
        replay.Headers.Authorization = RequestTemplate.Bearer(fresh.Value);
        LogSink.Verbose($"{request.Method} {Redactor.Url(request.RequestUri)} -> 401; token refreshed, sending once more");
        return await base.SendAsync(replay, cancellationToken).ConfigureAwait(false);
    }

    private bool IsApiHost(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return false;
        }

        var api = _session.Endpoints.For(_api);
        return Uri.Compare(uri, api, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
