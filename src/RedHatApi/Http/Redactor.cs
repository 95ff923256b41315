using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace RedHatApi.Http;

/// <summary>
/// Masks secrets in everything RedHatApi writes about HTTP: URLs, headers and body excerpts. Applied at the one
/// place each kind of text is produced, so no stream, message or exception can carry a token.
/// </summary>
internal static class Redactor
{
    internal const string Mask = "***";

    private static readonly string[] SecretHeaders =
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Secret-Key", "X-Api-Key",
    };

    private static readonly string[] SecretQueryKeys =
    {
        "token", "access_token", "refresh_token", "id_token", "client_secret", "api_key", "code", "password",
        "agent_token", "X-Amz-Signature", "X-Amz-Credential", "signature", "_auth_", "image_token",
    };

    // JWTs (three base64url segments starting with eyJ) and OAuth JSON fields, wherever they appear in a body.
    private static readonly Regex JwtPattern = new(
        @"eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // OpenShift OAuth access tokens (what oc whoami -t prints) are not JWTs.
    private static readonly Regex OpenShiftTokenPattern = new(
        @"sha256~[A-Za-z0-9_\-]{20,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex SecretJsonField = new(
        "(\"(?:access_token|refresh_token|id_token|client_secret|token|accessToken|refreshToken|idToken|password|agent_token|pull_secret)\"\\s*:\\s*\")[^\"]*(\")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    internal static bool IsSecretHeader(string name) =>
        SecretHeaders.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The header value as it may be shown: the auth scheme survives, the credential does not.</summary>
    internal static string HeaderValue(string name, string value)
    {
        if (!IsSecretHeader(name))
        {
            return value;
        }

        var space = value.IndexOf(' ');
        return space > 0 && name.EndsWith("Authorization", StringComparison.OrdinalIgnoreCase)
            ? value.Substring(0, space) + " " + Mask
            : Mask;
    }

    /// <summary>The URL with secret query values masked (pre-signed download links carry signatures).</summary>
    internal static string Url(Uri? uri)
    {
        if (uri is null)
        {
            return string.Empty;
        }

        // A JWT in the path (the Assisted image service's /bytoken/<JWT>/… links) is a credential too. Every JWT
        // starts "eyJ" (base64 of '{"'), so the regex runs only on the rare URL that can hold one: this is per request.
        var text = uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        if (text.IndexOf("eyJ", StringComparison.Ordinal) >= 0)
        {
            text = JwtPattern.Replace(text, Mask);
        }
        var q = text.IndexOf('?');

        // Most API URLs carry only paging parameters: return them as they are, without splitting and joining.
        if (q < 0 || !SecretQueryKeys.Any(k => text.IndexOf(k, q, StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return text;
        }

        var pairs = text.Substring(q + 1).Split('&').Select(pair =>
        {
            var eq = pair.IndexOf('=');
            var key = eq < 0 ? pair : pair.Substring(0, eq);
            return eq >= 0 && SecretQueryKeys.Any(k => string.Equals(k, Uri.UnescapeDataString(key), StringComparison.OrdinalIgnoreCase))
                ? key + "=" + Mask
                : pair;
        });
        return text.Substring(0, q + 1) + string.Join("&", pairs);
    }

    /// <summary>A body excerpt of at most <paramref name="max"/> characters with tokens masked.</summary>
    internal static string Body(string? body, int max = 1024)
    {
        if (string.IsNullOrEmpty(body))
        {
            return string.Empty;
        }

        var masked = SecretJsonField.Replace(body, "$1" + Mask + "$2");
        masked = JwtPattern.Replace(masked, Mask);
        masked = OpenShiftTokenPattern.Replace(masked, Mask);
        return masked.Length <= max ? masked : masked.Substring(0, max) + "…";
    }
}
