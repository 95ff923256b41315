using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;

namespace RedHatApi.Client;

/// <summary>
/// Turns a failed API response into a RedHatApiException: one status → id table shared by every API, with the
/// API's own error message (each API words its body differently, so the message is read by a per-API parser).
/// </summary>
internal static class ApiErrorReader
{
    /// <summary>Reads the API's error message from its error body, or null when the body has none.</summary>
    internal delegate string? MessageParser(JsonElement root);

    internal static async Task<RedHatApiException> ReadAsync(
        HttpResponseMessage response, string apiDisplayName, MessageParser parser, object? target, CancellationToken cancellationToken)
    {
        var body = response.Content is null ? string.Empty : await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var apiMessage = TryParse(body, parser) ?? response.ReasonPhrase ?? string.Empty;
        var status = response.StatusCode;
        var code = (int)status;
        var request = response.RequestMessage;
        var url = Redactor.Url(request?.RequestUri);
        var (id, message) = code switch
        {
            401 => (ErrorIds.AuthenticationFailed, Text.Format(Strings.AuthenticationFailed, apiDisplayName)),
            403 => (ErrorIds.PermissionDenied, Text.Format(Strings.PermissionDenied, apiDisplayName, apiMessage)),
            429 => (ErrorIds.RateLimited, Text.Format(Strings.RateLimited, apiDisplayName)),
            >= 500 => (ErrorIds.ServiceUnavailable, Text.Format(Strings.ServiceUnavailable, apiDisplayName, code, apiMessage)),
            _ => (ErrorIds.HttpStatusPrefix + code.ToString(CultureInfo.InvariantCulture),
                  Text.Format(Strings.HttpFailure, request?.Method, url, code, status, apiMessage)),
        };

        return new RedHatApiException(id, message)
        {
            StatusCode = status,
            RequestId = RequestIdOf(response),
            ResponseExcerpt = Redactor.Body(body),
            Target = target,
        };
    }

    /// <summary>A body that is not the JSON the client expected.</summary>
    internal static RedHatApiException InvalidBody(string apiDisplayName, HttpResponseMessage response, Exception inner) =>
        new(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, apiDisplayName, inner.Message), inner)
        {
            StatusCode = response.StatusCode,
            RequestId = RequestIdOf(response),
            Target = response.RequestMessage?.RequestUri,
        };

    private static string? TryParse(string body, MessageParser parser)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return parser(doc.RootElement) is { Length: > 0 } message ? Redactor.Body(message, 512) : null;
        }
        catch (JsonException)
        {
            return Redactor.Body(body, 200);
        }
    }

    private static async Task<string> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await content.ReadAsStringAsync().ConfigureAwait(false);
    }

    private static string? RequestIdOf(HttpResponseMessage response)
    {
        foreach (var name in new[] { "X-Request-Id", "X-Correlation-Id", "x-rh-insights-request-id" })
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return string.Join(",", values);
            }
        }

        return response.RequestMessage?.Headers.TryGetValues(UserAgentHandler.RequestIdHeader, out var sent) == true
            ? string.Join(",", sent)
            : null;
    }
}
