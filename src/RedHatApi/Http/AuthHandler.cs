using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// Adds the bearer token of the credential that serves this API, but only to that API's own host, and cures a
/// 401 once: it forces a refresh (if the rejected token is still the cached one) and replays the request.
/// </summary>
internal sealed class AuthHandler : DelegatingHandler
{
    private readonly Func<TokenCache> _tokens;
    private readonly Func<Uri> _apiBase;

    internal AuthHandler(SessionCore session, ApiName api)
        : this(() => session.SlotFor(api).Tokens, () => session.Endpoints.For(api))
    {
    }

    /// <summary>For a credential that is not an SSO slot (a cluster's token): its cache and the one host it may go to.</summary>
    internal AuthHandler(Func<TokenCache> tokens, Func<Uri> apiBase)
    {
        _tokens = tokens;
        _apiBase = apiBase;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsApiHost(request.RequestUri))
        {
            // A pre-signed download link or any other host: never leak the bearer there.
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var tokens = _tokens();
        var token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var template = await RequestTemplate.CaptureAsync(request).ConfigureAwait(false);
        request.Headers.Authorization = RequestTemplate.Bearer(token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !tokens.CanRefresh)
        {
            return response;
        }

        var fresh = await tokens.GetAsync(cancellationToken, rejected: token.Value).ConfigureAwait(false);
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

        var api = _apiBase();
        return Uri.Compare(uri, api, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
