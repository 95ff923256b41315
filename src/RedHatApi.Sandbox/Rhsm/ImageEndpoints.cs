using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using RedHatApi.Sandbox.Rhsm.Data;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// RHSM images: GET /images/cset/{ContentSet} (25 per page by default, 100 at most), GET /images/rhel/{Version}/{Arch}
/// (not paged: <c>{"body":[...]}</c>), GET /images/{checksum}/download (307 to a short-lived CDN link), and the CDN
/// host that serves the bytes with Range support.
/// </summary>
public static class ImageEndpoints
{
    /// <summary>Default page of GET /images/cset/{ContentSet}.</summary>
    public const int ContentSetDefault = 25;

    /// <summary>Maximum page of GET /images/cset/{ContentSet}.</summary>
    public const int ContentSetCap = 100;

    /// <summary>The CDN path the links point at, like access.cdn.redhat.com's.</summary>
    public const string CdnPrefix = "/content/origin/files/sha256";

    /// <summary>How long a download link stays valid.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(5);

    private static readonly Regex Sha256 = new("^[a-f0-9]{64}$", RegexOptions.CultureInvariant);
    private static readonly Regex RhelVersion = new(@"^\d+\.\d+$", RegexOptions.CultureInvariant);

    /// <summary>The API routes, on the RHSM group (token check applies).</summary>
    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        group.MapGet("/images/cset/{contentSet}", (string contentSet, int? limit, long? offset) =>
            ListPage(state.Images.InContentSet(contentSet).Select(ToWire), limit, offset, ContentSetCap, state.Options.OverCap, ContentSetDefault));

        group.MapGet("/images/rhel/{version}/{arch}", (string version, string arch) =>
            RhelVersion.IsMatch(version)
                ? Results.Json(new { body = state.Images.ForVersion(version, arch).Select(ToWire).ToList() })
                : ErrorBody(400, $"'{version}' is not a valid RHEL version (for example 9.4)"));

        // RHSM answers 307 with the link both in Location and in the body; clients must not send the bearer to it.
        // "localhost" is another host name for the same socket, so the sandbox can tell which host a request used.
        group.MapGet("/images/{checksum}/download", (HttpContext http, string checksum) =>
        {
            if (!Sha256.IsMatch(checksum))
            {
                return ErrorBody(400, "checksum must be a lower-case SHA-256 (64 hex digits)");
            }

            if (state.Images.Find(checksum) is not { } image)
            {
                return NotFound("Image not found");
            }

            var expires = DateTimeOffset.UtcNow.Add(LinkLifetime);
            var path = CdnPath(image);
            var href = $"http://localhost:{state.BaseUri.Port}{path}?_auth_={expires.ToUnixTimeSeconds()}_{Signature(state, path, expires.ToUnixTimeSeconds())}";
            http.Response.Headers.Location = href;
            return Body(new { href, filename = image.Filename, expiration = expires.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) }, StatusCodes.Status307TemporaryRedirect);
        });
    }

    /// <summary>The CDN host: serves an image's bytes for a valid, unexpired link, with Range support.</summary>
    public static void MapDownloadHost(IEndpointRouteBuilder app, RhsmFamily state) =>
        app.MapGet(CdnPrefix + "/{prefix}/{checksum}/{filename}", (HttpContext http, string checksum, string filename, [FromQuery(Name = "_auth_")] string? auth) =>
        {
            // S3 and the CDN refuse a request that carries a second auth mechanism: a leaked bearer fails loudly here.
            if (http.Request.Headers.ContainsKey(HeaderNames.Authorization))
            {
                return CdnError(400, "InvalidArgument", "Only one auth mechanism allowed; only the _auth_ query parameter or the Authorization header should be specified");
            }

            var host = http.Request.Host.Host;
            if (!string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || state.Images.Find(checksum) is not { } image || image.Filename != filename)
            {
                return CdnError(404, "NoSuchKey", "The specified key does not exist.");
            }

            var parts = (auth ?? string.Empty).Split('_');
            if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[1]), Encoding.ASCII.GetBytes(Signature(state, CdnPath(image), expires))))
            {
                return CdnError(403, "AccessDenied", "Invalid or missing _auth_ token");
            }

            if (DateTimeOffset.FromUnixTimeSeconds(expires) < DateTimeOffset.UtcNow)
            {
                return CdnError(403, "AccessDenied", "Request has expired");
            }

            return Results.Stream(
                image.Open(),
                "application/octet-stream",
                lastModified: image.DatePublished,
                entityTag: new EntityTagHeaderValue("\"" + image.Checksum + "\""),
                enableRangeProcessing: true);
        });

    private static object ToWire(SeededImage i) => new
    {
        arch = i.Arch,
        checksum = i.Checksum,
        datePublished = i.DatePublished.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        downloadHref = $"{RhsmEndpoints.Prefix}/images/{i.Checksum}/download",
        filename = i.Filename,
        imageName = i.ImageName,
    };

    private static string CdnPath(SeededImage image) => $"{CdnPrefix}/{image.Checksum[..2]}/{image.Checksum}/{image.Filename}";

    /// <summary>The link's signature: an HMAC of path and expiry under a key only the sandbox knows.</summary>
    private static string Signature(RhsmFamily state, string path, long expires)
    {
        var key = Encoding.UTF8.GetBytes("redhatapi-sandbox-cdn:" + state.Seed.ToString(CultureInfo.InvariantCulture));
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(path + "|" + expires.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexString(mac, 0, 16).ToLowerInvariant();
    }

    /// <summary>The S3-style XML error body the CDN's origin answers with.</summary>
    private static IResult CdnError(int status, string code, string message) =>
        Results.Text($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>", "application/xml", Encoding.UTF8, status);
}
