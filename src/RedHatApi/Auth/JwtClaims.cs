using System;
using System.Text.Json;

namespace RedHatApi.Auth;

/// <summary>
/// Reads claims from a JWT-shaped token without validating it. Red Hat offline tokens are JWTs that name their
/// SSO client in <c>azp</c>; reading it lets Connect-RedHatApi pick the right client id before anything is sent.
/// The signature is never checked: the module is not the audience, SSO is.
/// </summary>
internal sealed class JwtClaims
{
    private JwtClaims(string? authorizedParty, string? tokenType, DateTimeOffset? expiresAt, DateTimeOffset? issuedAt)
    {
        AuthorizedParty = authorizedParty;
        TokenType = tokenType;
        ExpiresAt = expiresAt;
        IssuedAt = issuedAt;
    }

    /// <summary>The <c>azp</c> claim: the SSO client that issued the token.</summary>
    internal string? AuthorizedParty { get; }

    /// <summary>The <c>typ</c> claim: "Offline", "Refresh", "Bearer"...</summary>
    internal string? TokenType { get; }

    /// <summary>The <c>exp</c> claim; null when missing or 0 (offline tokens do not expire by time).</summary>
    internal DateTimeOffset? ExpiresAt { get; }

    internal DateTimeOffset? IssuedAt { get; }

    /// <summary>Parses the payload, or returns null when the token is not a JWT.</summary>
    internal static JwtClaims? TryRead(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[1].Length == 0)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(Base64UrlDecode(parts[1]));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new JwtClaims(
                ReadString(root, "azp"),
                ReadString(root, "typ"),
                ReadTime(root, "exp"),
                ReadTime(root, "iat"));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? ReadTime(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number ||
            !value.TryGetInt64(out var seconds) || seconds <= 0)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static byte[] Base64UrlDecode(string segment)
    {
        var s = segment.Replace('-', '+').Replace('_', '/');
        s = (s.Length % 4) switch
        {
            2 => s + "==",
            3 => s + "=",
            _ => s,
        };
        return Convert.FromBase64String(s);
    }

}
