using System;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Duende.IdentityModel.Client;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Auth;

/// <summary>
/// Maps Red Hat SSO (Keycloak) error answers to ErrorIds with the fix in the message. The OAuth <c>error</c> code
/// picks the id; <c>error_description</c> is shown to the user (it never contains a secret).
/// </summary>
internal static class SsoErrorTranslator
{
    /// <summary>Where rhsm-api offline tokens are created.</summary>
    internal const string RhsmTokenPage = "https://access.redhat.com/management/api";

    /// <summary>Where cloud-services offline tokens are created.</summary>
    internal const string ConsoleTokenPage = "https://console.redhat.com/openshift/token";

    /// <summary>Where console service accounts are managed.</summary>
    internal const string ServiceAccountPage = "https://console.redhat.com/iam/service-accounts";

    internal static Exception Translate(TokenResponse response, string clientId, CredentialKindHint kind, Uri tokenUrl)
    {
        if (response.ErrorType == ResponseErrorType.Exception && response.Exception is { } exception)
        {
            if (exception is RedHatApiException or OperationCanceledException)
            {
                ExceptionDispatchInfo.Capture(exception).Throw();
            }

            return new RedHatApiException(ErrorIds.NetworkError, Text.Format(Strings.SsoUnreachable, tokenUrl.Host, exception.Message), exception)
            {
                Target = tokenUrl,
            };
        }

        var error = response.Error ?? string.Empty;
        var description = response.ErrorDescription ?? string.Empty;
        var status = response.HttpStatusCode;

        // IdentityModel reads the OAuth error body only on 400; Keycloak answers invalid_client with 401.
        var isOAuthError = response.ErrorType == ResponseErrorType.Protocol && error.Length > 0;
        if (!isOAuthError && ReadOAuthError(response.Raw) is { } parsed)
        {
            (error, description) = parsed;
            isOAuthError = error.Length > 0;
        }

        if (!isOAuthError)
        {
            // Not an OAuth error body: a gateway page, a 404 for a wrong realm, or 5xx after retries.
            var id = (int)status >= 500 ? ErrorIds.ServiceUnavailable : ErrorIds.HttpStatusPrefix + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new RedHatApiException(id, Text.Format(Strings.SsoHttpError, tokenUrl.AbsoluteUri, (int)status, status))
            {
                StatusCode = status,
                Target = tokenUrl,
            };
        }

        return error switch
        {
            "invalid_grant" when IsClientMismatch(description) => Build(
                ErrorIds.TokenClientMismatch, Text.Format(Strings.TokenClientMismatch, clientId, description, RhsmTokenPage, ConsoleTokenPage)),
            "invalid_grant" => Build(
                ErrorIds.InvalidOfflineToken, Text.Format(Strings.InvalidOfflineToken, description, clientId, TokenPageFor(clientId))),
            "invalid_client" or "unauthorized_client" when kind == CredentialKindHint.ServiceAccount => Build(
                ErrorIds.InvalidClientCredential, Text.Format(Strings.InvalidClientCredential, clientId, error, description, ServiceAccountPage)),
            _ => Build(
                ErrorIds.TokenRequestRejected, Text.Format(Strings.TokenRequestRejected, clientId, error, description)),
        };

        RedHatApiException Build(string id, string message) => new(id, message)
        {
            StatusCode = status,
            ApiErrorCode = error,
            Target = clientId,
        };
    }

    private static (string Error, string Description)? ReadOAuthError(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(raw!);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                ? (e.GetString() ?? string.Empty, root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() ?? string.Empty : string.Empty)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static RedHatApiException MissingAccessToken(Uri tokenUrl) =>
        new(ErrorIds.InvalidResponse, Text.Format(Strings.SsoNoAccessToken, tokenUrl.AbsoluteUri)) { Target = tokenUrl };

    /// <summary>Keycloak words a refresh by the wrong client two ways, by version.</summary>
    private static bool IsClientMismatch(string description) =>
        description.IndexOf("Unmatching clients", StringComparison.OrdinalIgnoreCase) >= 0 ||
        description.IndexOf("doesn't have required client", StringComparison.OrdinalIgnoreCase) >= 0;

    internal static string TokenPageFor(string clientId) =>
        string.Equals(clientId, "rhsm-api", StringComparison.OrdinalIgnoreCase) ? RhsmTokenPage : ConsoleTokenPage;

    /// <summary>Fails fast, before anything is sent, when -ClientId contradicts the token's own azp.</summary>
    internal static RedHatApiException ClientMismatchBeforeSend(string tokenClient, string requestedClient) =>
        new(ErrorIds.TokenClientMismatch, Text.Format(Strings.TokenClientMismatchLocal, tokenClient, requestedClient))
        {
            Target = requestedClient,
            StatusCode = (HttpStatusCode?)null,
        };
}
