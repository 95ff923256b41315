using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Auth;

/// <summary>
/// A user name and password logged in at the cluster's OAuth server the way <c>oc login -u</c> does: the
/// openshift-challenging-client with the implicit grant (response_type=token). The OAuth server is found from the
/// API server's /.well-known/oauth-authorization-server; GET authorization_endpoint with X-CSRF-Token and Basic
/// credentials answers 302 with the sha256~ token and its expires_in in the Location fragment. Every call to
/// AcquireAsync is one login, so the token cache logs in again when the token runs out or a 401 says it was revoked.
/// </summary>
/// <remarks>
/// The implicit grant is used rather than code + PKCE (what newer oc does) because it needs one round trip and the
/// OAuth server of every OpenShift 4 release supports it for this client. The password stays a SecureString and is
/// made plain only to build the Basic header; the Location header is never logged.
/// </remarks>
internal sealed class OpenShiftOAuthTokenSource : ITokenSource, IDisposable
{
    private static readonly char[] AnswerStart = { '?', '#' };
    private static readonly char[] PairSeparators = { '&', '#', '?' };

    internal const string ClientId = "openshift-challenging-client";
    internal const string DiscoveryPath = ".well-known/oauth-authorization-server";

    private readonly Uri _server;
    private readonly string _clusterName;
    private readonly SecretValue _password;
    private readonly HttpPipeline _pipeline;
    private Uri? _authorizeEndpoint;

    internal OpenShiftOAuthTokenSource(Uri server, string clusterName, string userName, SecretValue password, NetworkSettings network)
    {
        _server = server.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? server : new Uri(server.AbsoluteUri + "/");
        _clusterName = clusterName;
        UserName = userName;
        _password = password;

        // The cluster's trust (its CA or insecure flag) applies to its OAuth server too; no auth handler, no redirects followed.
        _pipeline = PipelineBuilder.Login(network);
    }

    /// <summary>The login name (htpasswd, LDAP...); the cluster may know the user by another name (kubeadmin is kube:admin).</summary>
    internal string UserName { get; }

    public bool CanRefresh => true;

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var authorize = _authorizeEndpoint ??= await DiscoverAsync(cancellationToken).ConfigureAwait(false);
        var url = new Uri(authorize.AbsoluteUri + (authorize.Query.Length > 0 ? "&" : "?") + "client_id=" + ClientId + "&response_type=token");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);

        // Without X-CSRF-Token the server gives no Basic challenge (it protects browsers from a password prompt).
        request.Headers.Add("X-CSRF-Token", "1");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(UserName + ":" + _password.Reveal())));
        var now = DateTimeOffset.UtcNow;
        using var response = await SendLoggedAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new RedHatApiException(ErrorIds.OpenShiftLoginFailed, Text.Format(Strings.OpenShiftLoginFailed, UserName, _clusterName))
            {
                StatusCode = response.StatusCode,
                Target = UserName,
            };
        }

        var location = status is >= 300 and < 400 ? response.Headers.Location : null;
        if (location is null)
        {
            throw OAuthFailure(Text.Format(Strings.OpenShiftOAuthUnexpectedAnswer, status, response.ReasonPhrase), response.StatusCode);
        }

        var answer = ParseAnswer(location);
        if (answer.Error is { } error)
        {
            throw OAuthFailure(answer.ErrorDescription is { Length: > 0 } description ? error + ": " + description : error, response.StatusCode);
        }

        if (answer.Token is not { Length: > 0 } token)
        {
            throw OAuthFailure(Text.Format(Strings.OpenShiftOAuthUnexpectedAnswer, status, "no access_token in the redirect"), response.StatusCode);
        }

        // OpenShift always sends expires_in (accessTokenMaxAgeSeconds, 24 h by default); without it, assume that default.
        var lifetime = answer.ExpiresIn is > 0 ? TimeSpan.FromSeconds(answer.ExpiresIn.Value) : TimeSpan.FromDays(1);
        return new AccessToken(token, now + lifetime, now);
    }

    public void Clear()
    {
        _password.Dispose();
        _pipeline.Dispose();
    }

    /// <summary>The token cache calls <see cref="Clear"/>; this is the same, for owners that dispose.</summary>
    public void Dispose() => Clear();

    /// <inheritdoc />
    public override string ToString() => $"OAuth password login of {UserName} at {_clusterName}";

    /// <summary>GET the API server's OAuth metadata (anonymous, like oc) for the authorization endpoint.</summary>
    private async Task<Uri> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server, DiscoveryPath));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await SendLoggedAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new RedHatApiException(
                ErrorIds.OpenShiftOAuthNotAvailable,
                Text.Format(Strings.OpenShiftOAuthNotAvailable, _clusterName, (int)response.StatusCode))
            {
                // No StatusCode: callers read a 404 as "this API is missing, try the other one", and the login's
                // failure must not pass for the users/~ endpoint's.
                Target = _server,
            };
        }

        string? endpoint;
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            endpoint = doc.RootElement.TryGetProperty("authorization_endpoint", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            endpoint = null;
        }

        if (endpoint is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw OAuthFailure(Text.Format(Strings.OpenShiftOAuthUnexpectedAnswer, (int)response.StatusCode, "no authorization_endpoint in " + DiscoveryPath), response.StatusCode);
        }

        // The password goes in a Basic header: never over plain HTTP.
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new RedHatApiException(ErrorIds.OpenShiftOAuthNotAvailable, Text.Format(Strings.OpenShiftOAuthNotHttps, _clusterName, uri.GetLeftPart(UriPartial.Path)))
            {
                Target = uri,
            };
        }

        return uri;
    }

    /// <summary>Sends with one Verbose line per request; the URL carries no secret and the Location header is not shown.</summary>
    private async Task<HttpResponseMessage> SendLoggedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var http = _pipeline.CreateClient();
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        LogSink.Verbose(string.Format(
            CultureInfo.InvariantCulture, "{0} {1} -> {2} ({3} ms)", request.Method, Redactor.Url(request.RequestUri), (int)response.StatusCode, watch.ElapsedMilliseconds));
        return response;
    }

    private RedHatApiException OAuthFailure(string detail, HttpStatusCode status) =>
        new(ErrorIds.OpenShiftOAuthFailed, Text.Format(Strings.OpenShiftOAuthFailed, _clusterName, detail)) { StatusCode = status, Target = _server };

    /// <summary>The implicit grant's answer: access_token, expires_in or error in the fragment (error may also come in the query).</summary>
    internal static (string? Token, int? ExpiresIn, string? Error, string? ErrorDescription) ParseAnswer(Uri location)
    {
        string? token = null, error = null, description = null;
        int? expiresIn = null;
        var text = location.OriginalString;
        var start = text.IndexOfAny(AnswerStart);
        if (start < 0)
        {
            return (null, null, null, null);
        }

        foreach (var pair in text.Substring(start + 1).Split(PairSeparators))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var value = Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' '));
            switch (pair.Substring(0, eq))
            {
                case "access_token": token = value; break;
                case "expires_in": expiresIn = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : null; break;
                case "error": error = value; break;
                case "error_description": description = value; break;
            }
        }

        return (token, expiresIn, error, description);
    }
}
