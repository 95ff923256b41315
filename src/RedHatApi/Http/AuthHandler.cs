using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;

namespace RedHatApi.Http;

/// <summary>
/// Adds a connection's credentials (through its <see cref="Authenticator"/>), but only to that connection's own
/// host, and cures a 401 once: it asks for a fresh credential (if the rejected one is still the current one) and
/// replays the request. Any other host (a pre-signed download link, a redirect elsewhere) gets no credential.
/// </summary>
internal sealed class AuthHandler : DelegatingHandler
{
    private readonly Authenticator _auth;
    private readonly Func<Uri> _apiBase;

    /// <param name="auth">What to add to requests.</param>
    /// <param name="apiBase">The connection's base URL: its scheme, host and port are the only ones that get the credential.</param>
    internal AuthHandler(Authenticator auth, Func<Uri> apiBase)
    {
        _auth = auth;
        _apiBase = apiBase;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsApiHost(request.RequestUri))
        {
            // A pre-signed download link or any other host: never leak the credential there.
            _auth.Strip(request);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var credential = await _auth.GetAsync(cancellationToken).ConfigureAwait(false);
        if (!_auth.CanRefresh)
        {
            _auth.Apply(request, credential);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Captured before the credential goes on, so the replay carries only the fresh one.
        var template = await RequestTemplate.CaptureAsync(request).ConfigureAwait(false);
        _auth.Apply(request, credential);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var fresh = await _auth.GetAsync(cancellationToken, rejected: credential).ConfigureAwait(false);
        response.Dispose();
        using var replay = template.Create();
        _auth.Apply(replay, fresh);
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
