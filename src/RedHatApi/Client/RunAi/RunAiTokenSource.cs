using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Duende.IdentityModel.Client;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>Which token endpoint a Run:ai application's tokens come from.</summary>
internal enum RunAiTokenEndpoint
{
    /// <summary>POST /api/v2/token, form-encoded OAuth2 (the current one).</summary>
    V2,

    /// <summary>POST /api/v1/token, JSON (deprecated; tenants without v2 answer it 404).</summary>
    V1,

    /// <summary>The Keycloak realm of older self-hosted tenants: /auth/realms/&lt;realm&gt;/protocol/openid-connect/token.</summary>
    Realm,
}

/// <summary>
/// The client_credentials grant of one Run:ai application (access key or service account). Tries /api/v2/token and,
/// on a 404 there, the deprecated /api/v1/token for good; with a realm, the Keycloak realm's endpoint only. It posts
/// through the session's anonymous client (no auth handler, so no bearer token reaches the token endpoint) and is
/// wrapped in a <see cref="TokenCache"/>, which brings single-flight, refresh ahead of expiry and the one 401 replay.
/// </summary>
internal sealed class RunAiTokenSource : ITokenSource
{
    /// <summary>Lifetime assumed when an answer gives neither expires_in nor a JWT exp (Run:ai does not document v1's).</summary>
    internal static readonly TimeSpan AssumedLifetime = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http;
    private readonly Uri _baseUrl;
    private readonly SecretValue _secret;
    private readonly Func<DateTimeOffset> _clock;
    private int _endpoint;

    internal RunAiTokenSource(HttpClient http, Uri baseUrl, string clientId, SecretValue secret, string? realm, Func<DateTimeOffset>? clock = null)
    {
        _http = http;
        _baseUrl = baseUrl;
        ClientId = clientId;
        _secret = secret;
        Realm = realm;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
        _endpoint = (int)(realm is null ? RunAiTokenEndpoint.V2 : RunAiTokenEndpoint.Realm);
    }

    internal string ClientId { get; }

    internal string? Realm { get; }

    /// <summary>The endpoint the next grant goes to: V2 until a tenant answers it 404, then V1.</summary>
    internal RunAiTokenEndpoint Endpoint => (RunAiTokenEndpoint)Volatile.Read(ref _endpoint);

    /// <summary>Raised once when v2 answered 404 and v1 is used from then on (Connect-RunAi says so on Verbose).</summary>
    internal event Action? FellBackToV1;

    public bool CanRefresh => true;

    /// <summary>The token URL of an endpoint, under the tenant's base URL.</summary>
    internal Uri UrlOf(RunAiTokenEndpoint endpoint) => endpoint switch
    {
        RunAiTokenEndpoint.V1 => new Uri(_baseUrl, "api/v1/token"),
        RunAiTokenEndpoint.Realm => new Uri(_baseUrl, "auth/realms/" + Uri.EscapeDataString(Realm ?? string.Empty) + "/protocol/openid-connect/token"),
        _ => new Uri(_baseUrl, "api/v2/token"),
    };

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        if (Endpoint == RunAiTokenEndpoint.V2)
        {
            var token = await OAuthAsync(RunAiTokenEndpoint.V2, cancellationToken).ConfigureAwait(false);
            if (token is not null)
            {
                return token;
            }

            // No v2 on this tenant (404): v1 from now on, for this grant and every refresh.
            Volatile.Write(ref _endpoint, (int)RunAiTokenEndpoint.V1);
            FellBackToV1?.Invoke();
        }

        return Endpoint == RunAiTokenEndpoint.V1
            ? await V1Async(cancellationToken).ConfigureAwait(false)
            : await OAuthAsync(RunAiTokenEndpoint.Realm, cancellationToken).ConfigureAwait(false)
                ?? throw Failure(RunAiTokenEndpoint.Realm, HttpStatusCode.NotFound, null, null);
    }

    public void Clear() => _secret.Dispose();

    // v2 and the realm are plain OAuth2: the grant goes through IdentityModel. Null means 404 (no such endpoint).
    private async Task<AccessToken?> OAuthAsync(RunAiTokenEndpoint endpoint, CancellationToken cancellationToken)
    {
        var url = UrlOf(endpoint);
        using var request = new ClientCredentialsTokenRequest
        {
            Address = url.AbsoluteUri,
            ClientId = ClientId,
            ClientSecret = _secret.Reveal(),
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        };
        if (endpoint == RunAiTokenEndpoint.Realm)
        {
            // What Run:ai's seed documents for the realm flow; the access token is what is sent afterwards.
            request.Scope = "openid";
            request.Parameters.Add("response_type", "id_token");
        }

        using var response = await _http.RequestClientCredentialsTokenAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.ErrorType == ResponseErrorType.Exception && response.Exception is { } exception)
        {
            if (exception is RedHatApiException or OperationCanceledException)
            {
                ExceptionDispatchInfo.Capture(exception).Throw();
            }

            throw new RedHatApiException(ErrorIds.NetworkError, exception.Message, exception) { Target = url };
        }

        if (response.IsError)
        {
            if (response.HttpStatusCode == HttpStatusCode.NotFound && endpoint == RunAiTokenEndpoint.V2)
            {
                return null;
            }

            var (error, description) = OAuthError(response.Raw);
            throw Failure(endpoint, response.HttpStatusCode, error, description);
        }

        return ToToken(url, response.AccessToken, response.ExpiresIn);
    }

    private async Task<AccessToken> V1Async(CancellationToken cancellationToken)
    {
        var url = UrlOf(RunAiTokenEndpoint.V1);
        var body = JsonSerializer.Serialize(new RunAiV1TokenRequest { GrantType = "client_credentials", ClientId = ClientId, ClientSecret = _secret.Reveal() });
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var text = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(RunAiTokenEndpoint.V1, response.StatusCode, null, RunAiErrorShape.MessageOf(text));
        }

        RunAiV1TokenResponse? answer;
        try
        {
            answer = JsonSerializer.Deserialize<RunAiV1TokenResponse>(text);
        }
        catch (JsonException ex)
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, url.GetLeftPart(UriPartial.Path), ex.Message), ex) { Target = url };
        }

        return ToToken(url, answer?.AccessToken, answer?.ExpiresIn ?? 0);
    }

    private AccessToken ToToken(Uri url, string? value, int expiresIn)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.RunAiTokenMissing, url.GetLeftPart(UriPartial.Path))) { Target = url };
        }

        // expires_in first, then the JWT's exp, then a short assumed lifetime: refreshing early costs one grant.
        var now = _clock();
        var expiresAt = expiresIn > 0
            ? now.AddSeconds(expiresIn)
            : JwtClaims.TryRead(value!)?.ExpiresAt ?? now.Add(AssumedLifetime);
        return new AccessToken(value!, expiresAt, now);
    }

    /// <summary>
    /// A refused grant: 400/401/403 with an OAuth2 client error (or any v1 refusal) is the bad client id or secret,
    /// RunAiCredentialInvalid with the fix; 5xx is ServiceUnavailable; anything else keeps its status.
    /// </summary>
    private RedHatApiException Failure(RunAiTokenEndpoint endpoint, HttpStatusCode status, string? error, string? description)
    {
        var url = UrlOf(endpoint);
        var code = (int)status;
        var detail = Redactor.Body(string.Join(": ", new[] { error, description }.WhereNotEmpty()) is { Length: > 0 } d ? d : code.ToString(CultureInfo.InvariantCulture) + " " + status, 300);
        var refused = code is 400 or 401 or 403 && (endpoint == RunAiTokenEndpoint.V1 || error is null or "invalid_client" or "unauthorized_client" or "invalid_grant" or "invalid_request");
        if (refused)
        {
            var message = endpoint == RunAiTokenEndpoint.Realm
                ? Text.Format(Strings.RunAiRealmCredentialInvalid, Realm, url.GetLeftPart(UriPartial.Authority), ClientId, detail)
                : Text.Format(Strings.RunAiCredentialInvalid, url.GetLeftPart(UriPartial.Path), ClientId, detail);
            return new RedHatApiException(ErrorIds.RunAiCredentialInvalid, message) { StatusCode = status, ApiErrorCode = error, Target = ClientId };
        }

        var id = code >= 500 ? ErrorIds.ServiceUnavailable : ErrorIds.HttpStatusPrefix + code.ToString(CultureInfo.InvariantCulture);
        return new RedHatApiException(id, Text.Format(Strings.HttpFailure, "POST", url.GetLeftPart(UriPartial.Path), code, status, detail))
        {
            StatusCode = status,
            Target = url,
        };
    }

    private static (string? Error, string? Description) OAuthError(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(raw!);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var description = root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            return error is null ? (null, RunAiErrorShape.MessageOf(raw!)) : (error, description);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}

/// <summary>Small helpers for message parts.</summary>
internal static class RunAiText
{
    internal static IEnumerable<string> WhereNotEmpty(this IEnumerable<string?> parts)
    {
        foreach (var part in parts)
        {
            if (!string.IsNullOrEmpty(part))
            {
                yield return part!;
            }
        }
    }
}
