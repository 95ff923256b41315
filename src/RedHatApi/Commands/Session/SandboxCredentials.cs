using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>
/// Connect-RedHatApi -Sandbox without a credential: asks the sandbox which offline tokens it accepts
/// (GET /_sandbox/credentials) and adds one credential per SSO client, so offline scripts need no secret at all.
/// </summary>
internal static class SandboxCredentials
{
    internal static async Task<IReadOnlyList<CredentialSlot>> CreateAsync(SessionCore session, ApiName[]? apis, CancellationToken cancellationToken)
    {
        var url = new Uri(RootOf(session.Endpoints.TokenUrl), "_sandbox/credentials");
        string body;
        using (var http = session.CreateTokenEndpointHttpClient())
        using (var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new RedHatApiException(ErrorIds.CredentialMissing, Text.Format(Strings.SandboxNoCredentials, url))
                {
                    StatusCode = response.StatusCode,
                    Target = url,
                };
            }

            body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }

        List<string> tokens;
        try
        {
            tokens = OfflineTokensIn(body);
        }
        catch (JsonException)
        {
            tokens = new List<string>();
        }

        if (tokens.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.CredentialMissing, Text.Format(Strings.SandboxNoCredentials, url)) { Target = url };
        }

        return tokens.Select(token => CredentialFactory.Offline(session, SecretValue.FromPlain(token), null, apis)).ToList();
    }

    /// <summary>Every JWT-shaped string in the document whose typ is Offline, one per client.</summary>
    private static List<string> OfflineTokensIn(string json)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Walk(doc.RootElement, found);
        return found.Values.ToList();
    }

    private static void Walk(JsonElement element, Dictionary<string, string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, found);
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString() ?? string.Empty;
                if (JwtClaims.TryRead(text) is { AuthorizedParty: { } client, TokenType: { } type } &&
                    string.Equals(type, "Offline", StringComparison.OrdinalIgnoreCase) && !found.ContainsKey(client))
                {
                    found[client] = text;
                }

                break;
        }
    }

    /// <summary>The sandbox root from its token URL (…/auth/realms/…).</summary>
    private static Uri RootOf(Uri tokenUrl)
    {
        var path = tokenUrl.AbsolutePath;
        var realms = path.IndexOf("/auth/realms/", StringComparison.Ordinal);
        return new Uri(tokenUrl, realms >= 0 ? path.Substring(0, realms + 1) : "/");
    }
}
