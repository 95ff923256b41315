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
    /// <summary>Header of the Assisted Installer's agent auth (swagger securityDefinitions agentAuth).</summary>
    internal const string AgentHeader = "X-Secret-Key";

    private const string AgentMarker = "RedHatApi.AgentAuth";

    private readonly Func<TokenCache> _tokens;
    private readonly Func<Uri> _apiBase;
    private readonly Func<TokenCache>? _agentTokens;

    internal AuthHandler(SessionCore session, ApiName api)
        : this(() => session.SlotFor(api).Tokens, () => session.Endpoints.For(api))
    {
        _agentTokens = () => session.AgentSlotFor(api).Tokens;
    }

    /// <summary>For a credential that is not an SSO slot (a cluster's token): its cache and the one host it may go to.</summary>
    internal AuthHandler(Func<TokenCache> tokens, Func<Uri> apiBase)
    {
        _tokens = tokens;
        _apiBase = apiBase;
    }

    /// <summary>Marks a request as agent-facing: it carries the pull-secret token as X-Secret-Key and no bearer.</summary>
    internal static void MarkAgent(HttpRequestMessage request) => request.Properties[AgentMarker] = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_agentTokens is not null && request.Properties.ContainsKey(AgentMarker))
        {
            return await SendAgentAsync(request, _agentTokens, cancellationToken).ConfigureAwait(false);
        }

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

    /// <summary>Agent auth: the pull-secret token as X-Secret-Key, only to the API host; it cannot be refreshed.</summary>
    private async Task<HttpResponseMessage> SendAgentAsync(HttpRequestMessage request, Func<TokenCache> agentTokens, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = null;
        request.Headers.Remove(AgentHeader);
        if (IsApiHost(request.RequestUri))
        {
            var token = await agentTokens().GetAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.TryAddWithoutValidation(AgentHeader, token.Value);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
