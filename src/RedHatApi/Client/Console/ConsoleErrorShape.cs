using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.Console;

/// <summary>
/// How console.redhat.com words its failures: the inventory answers RFC 7807 problems (<c>detail</c>, <c>title</c>),
/// the export service <c>{"message"}</c> or <c>{"errors":[{"detail"}]}</c>. A 403 to a service account is almost
/// always an account that no User Access group holds yet, so that 403 says which admin step is missing.
/// </summary>
internal sealed class ConsoleErrorShape : IApiErrorShape
{
    private readonly SessionCore? _session;

    /// <param name="session">The session whose console credential decides the 403 hint; null for none (tests).</param>
    internal ConsoleErrorShape(SessionCore? session)
    {
        _session = session;
    }

    public string DisplayName => "console.redhat.com";

    public async Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken)
    {
        var error = await ApiErrorReader.ReadAsync(response, DisplayName, ParseError, target, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Forbidden || ServiceAccount() is not { } clientId)
        {
            return error;
        }

        return new RedHatApiException(ErrorIds.ConsoleServiceAccountNotInGroup, Text.Format(Strings.ConsoleServiceAccountNotInGroup, clientId), error)
        {
            StatusCode = error.StatusCode,
            RequestId = error.RequestId,
            ResponseExcerpt = error.ResponseExcerpt,
            Target = target,
        };
    }

    /// <summary>The client id of the service account the console calls use, or null when they use another credential.</summary>
    private string? ServiceAccount()
    {
        try
        {
            return _session?.SlotFor(ApiName.Console) is { Kind: CredentialKind.ClientCredentials } slot ? slot.ClientId : null;
        }
        catch (RedHatApiException)
        {
            return null;
        }
    }

    /// <summary>The message of a problem body, an export-service body or a list of errors.</summary>
    internal static string? ParseError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in new[] { "detail", "message", "title" })
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in errors.EnumerateArray())
            {
                if (ParseError(item) is { } text)
                {
                    return text;
                }
            }
        }

        return null;
    }
}
