using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// The swagger's urlAuth (query api_key): the key of a pre-signed link that /downloads/files-presigned and
/// /downloads/credentials-presigned hand out, as the service does when it serves files itself. The key is an
/// HS256 JWT naming the cluster (sub) and expiring after an hour; it grants only the download routes of that cluster,
/// and the request must carry no other credential.
/// </summary>
public static class UrlAuth
{
    public const string Query = "api_key";

    /// <summary>What the request log records as the client of an accepted link.</summary>
    public const string ClientName = "url-key";

    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    /// <summary>Routes whose security accepts urlAuth.</summary>
    private static readonly string[] Routes =
    {
        "/clusters/{cluster_id}/downloads/files", "/clusters/{cluster_id}/logs", "/clusters/{cluster_id}/downloads/credentials",
    };

    /// <summary>A link to <paramref name="pathAndQuery"/> (under the API prefix) with a fresh key for the cluster, and its expiry.</summary>
    public static (string Url, DateTimeOffset ExpiresAt) Link(AssistedFamily state, string clusterId, string pathAndQuery)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.Add(LinkLifetime).ToUnixTimeSeconds());
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8.ToArray());
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { exp = expires.ToUnixTimeSeconds(), sub = clusterId }));
        var key = header + "." + payload + "." + Base64Url(Sign(state, header + "." + payload));
        var url = new Uri(state.BaseUri, AssistedEndpoints.Prefix.TrimStart('/') + pathAndQuery + (pathAndQuery.Contains('?') ? "&" : "?") + Query + "=" + key);
        return (url.AbsoluteUri, expires);
    }

    /// <summary>True when the request is a GET of a urlAuth route that carries an api_key.</summary>
    public static bool Applies(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !http.Request.Query.ContainsKey(Query))
        {
            return false;
        }

        var pattern = (http.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText ?? string.Empty;
        return Array.IndexOf(Routes, pattern.StartsWith(AssistedEndpoints.Prefix, StringComparison.Ordinal) ? pattern[AssistedEndpoints.Prefix.Length..] : pattern) >= 0;
    }

    /// <summary>Null when the key is valid for the route's cluster and alone; else the 401 the service answers.</summary>
    public static IResult? Authorize(HttpContext http, AssistedFamily state)
    {
        if (http.Request.Headers.Authorization.Count > 0)
        {
            return InfraError(401, "only one authentication mechanism may be used: the link carries its own api_key");
        }

        var parts = http.Request.Query[Query].ToString().Split('.');
        if (parts.Length != 3 || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(Base64Url(Sign(state, parts[0] + "." + parts[1])))))
        {
            return InfraError(401, "invalid api_key");
        }

        using var claims = JsonDocument.Parse(Convert.FromBase64String(Pad(parts[1].Replace('-', '+').Replace('_', '/'))));
        var cluster = http.Request.RouteValues["cluster_id"]?.ToString();
        if (!string.Equals(claims.RootElement.GetProperty("sub").GetString(), cluster, StringComparison.OrdinalIgnoreCase))
        {
            return InfraError(401, "the api_key is not valid for this cluster");
        }

        if (DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64()) <= DateTimeOffset.UtcNow)
        {
            return InfraError(401, "the api_key has expired");
        }

        http.Items["tokenClient"] = ClientName;
        return null;
    }

    private static byte[] Sign(AssistedFamily state, string data) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes("redhatapi-sandbox-url-auth:" + state.Seed.ToString(CultureInfo.InvariantCulture)), Encoding.ASCII.GetBytes(data));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string text) => text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
}
