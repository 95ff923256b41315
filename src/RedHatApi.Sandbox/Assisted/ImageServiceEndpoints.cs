using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using RedHatApi.Sandbox.Assisted.Data;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// The discovery image service (api.openshift.com/api/assisted-images): pre-signed links of the form
/// <c>/images/{infra_env_id}?arch=…&amp;image_token=&lt;JWT&gt;&amp;type=…&amp;version=…</c>, where the token is an HS256 JWT
/// with the infra-env id as <c>sub</c> and a four-hour <c>exp</c>. It is served from another host name
/// ("localhost", the same socket as the API's 127.0.0.1) so the sandbox can tell which host a request used; it
/// refuses an Authorization header (the link is its own credential), serves deterministic ISO bytes with Range
/// support, and hosts "boot" from the first image fetched for a bound infra-env.
/// </summary>
public static class ImageServiceEndpoints
{
    public const string Prefix = "/api/assisted-images/images";

    /// <summary>How long a link stays valid (the service's image tokens last four hours).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(4);

    /// <summary>A fresh link for an infra-env, and its expiry.</summary>
    public static (string Url, DateTimeOffset ExpiresAt) Link(AssistedFamily state, SandboxInfraEnv env)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.Add(LinkLifetime).ToUnixTimeSeconds());
        var token = Token(state, env.Id, expires.ToUnixTimeSeconds());
        var url = $"http://localhost:{state.BaseUri.Port}{Prefix}/{env.Id}?arch={env.CpuArchitecture}&image_token={token}&type={env.ImageType}&version={env.OpenshiftVersion}";
        return (url, expires);
    }

    /// <summary>Fills an infra-env's download_url and expires_at with a fresh link, as the service does.</summary>
    public static JsonNode WithLink(AssistedFamily state, JsonNode json)
    {
        if (json is JsonObject env && env["id"]?.GetValue<string>() is { } id && state.Assisted.InfraEnvs.Find(id) is { } known)
        {
            var (url, expires) = Link(state, known);
            env["download_url"] = url;
            env["expires_at"] = AssistedStore.Time(expires);
        }

        return json;
    }

    /// <summary>Size of an image: a minimal ISO is SandboxOptions.ImageBytes, a full one four times that.</summary>
    public static long LengthOf(AssistedFamily state, string type) => type == "full-iso" ? 4 * state.ImageBytes : state.ImageBytes;

    public static void Map(IEndpointRouteBuilder app, AssistedFamily state) =>
        app.MapGet(Prefix + "/{infra_env_id}", (HttpContext http, string infra_env_id, [FromQuery(Name = "image_token")] string? token, string? type) =>
        {
            if (http.Request.Headers.ContainsKey(HeaderNames.Authorization))
            {
                return Results.Text("only one authentication mechanism may be used: this link carries its own image_token", "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
            }

            if (!string.Equals(http.Request.Host.Host, "localhost", StringComparison.OrdinalIgnoreCase) || state.Assisted.InfraEnvs.Find(infra_env_id) is not { } env)
            {
                return Results.Text("404 page not found", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
            }

            if (!Valid(state, token, env.Id))
            {
                return Results.Text("Unauthorized: invalid or expired image_token", "text/plain", Encoding.UTF8, StatusCodes.Status401Unauthorized);
            }

            if (type is not ("full-iso" or "minimal-iso"))
            {
                return Results.Text($"invalid image type '{type}'", "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
            }

            state.Assisted.Hosts.BootFromImage(env.Id);
            var key = BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"iso/{state.Seed}/{env.Id}/{type}")));
            return Results.Stream(
                new DiscoveryIsoStream(key, LengthOf(state, type)),
                "application/octet-stream",
                fileDownloadName: null,
                entityTag: new EntityTagHeaderValue("\"" + key.ToString("x16", CultureInfo.InvariantCulture) + "\""),
                enableRangeProcessing: true);
        });

    internal static string Token(AssistedFamily state, string infraEnvId, long expires)
    {
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8.ToArray());
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { exp = expires, sub = infraEnvId }));
        return header + "." + payload + "." + Base64Url(Sign(state, infraEnvId, header + "." + payload));
    }

    internal static bool Valid(AssistedFamily state, string? token, string infraEnvId)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 3 || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(Base64Url(Sign(state, infraEnvId, parts[0] + "." + parts[1])))))
        {
            return false;
        }

        using var claims = JsonDocument.Parse(Convert.FromBase64String(Pad(parts[1].Replace('-', '+').Replace('_', '/'))));
        return claims.RootElement.GetProperty("sub").GetString() == infraEnvId
            && DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64()) > DateTimeOffset.UtcNow;
    }

    /// <summary>HMAC with the infra-env's current key: the seed and the key generation its regenerate-signing-key calls reached.</summary>
    private static byte[] Sign(AssistedFamily state, string infraEnvId, string data) =>
        HMACSHA256.HashData(
            Encoding.UTF8.GetBytes("redhatapi-sandbox-images:" + state.Seed.ToString(CultureInfo.InvariantCulture) + ":" + infraEnvId + ":"
                + (state.Assisted.InfraEnvs.Find(infraEnvId)?.SigningKeyGeneration ?? 0).ToString(CultureInfo.InvariantCulture)),
            Encoding.ASCII.GetBytes(data));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Pad(string text) => text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
}
