using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>A short-lived link to an image's bytes on the CDN, from the 307 of GET /images/{checksum}/download.</summary>
internal sealed record ImageDownloadLink(Uri Href, string? Filename, DateTimeOffset? Expiration);

/// <summary>Images: /images/cset/{ContentSet}, /images/rhel/{Version}/{Arch} and /images/{checksum}/download.</summary>
internal sealed partial class RhsmClient
{
    /// <summary>Maximum page size of GET /images/cset/{ContentSet} (its default is 25).</summary>
    internal const int ImagesPageCap = 100;

    /// <summary>One page of GET /images/cset/{ContentSet}.</summary>
    internal Task<Page<RhsmImage>> GetContentSetImagesPageAsync(string contentSet, PageRequest page, CancellationToken cancellationToken) =>
        GetListPageAsync<RhsmImageWire, RhsmImage>(
            "images/cset/" + Segment(contentSet), null, page, w => ToModel(w, contentSet, null), contentSet, cancellationToken);

    /// <summary>GET /images/rhel/{Version}/{Arch}: not paged, the whole list in <c>{"body":[...]}</c>.</summary>
    internal async Task<IReadOnlyList<RhsmImage>> GetImagesAsync(string version, string arch, CancellationToken cancellationToken)
    {
        var envelope = await GetJsonAsync<RhsmEnvelope<List<RhsmImageWire>>>(
            "images/rhel/" + Segment(version) + "/" + Segment(arch), version + "/" + arch, cancellationToken).ConfigureAwait(false);
        return (envelope.Body ?? new()).Select(w => ToModel(w, null, version)).ToList();
    }

    /// <summary>
    /// The GET /images/{checksum}/download that hands out a download link, without following its 307 (a value: a
    /// resumed download sends it again for a fresh link).
    /// </summary>
    internal ApiRequest ImageDownloadLinkRequest(string checksum) =>
        new(HttpMethod.Get, Url(ImageDownloadPath(checksum))) { FollowRedirects = false };

    /// <summary>
    /// Sends <paramref name="request"/> (from <see cref="ImageDownloadLinkRequest"/>) without following its 307: the link goes to a CDN that must never see the
    /// bearer, so the caller fetches it with a plain client. An unknown checksum is RhsmImageNotFound.
    /// </summary>
    internal Task<ImageDownloadLink> GetImageDownloadLinkAsync(string checksum, ApiRequest request, CancellationToken cancellationToken) =>
        NotFoundAs(ErrorIds.RhsmImageNotFound, Text.Format(Strings.RhsmImageNotFound, checksum), checksum, async () =>
        {
            using var response = await _api.SendAsync(request, checksum, cancellationToken).ConfigureAwait(false);

            // The link is in Location and in the body; the body also names the file and the expiry.
            var body = response.Content is null || response.Content.Headers.ContentLength == 0
                ? null
                : (await _api.ReadJsonAsync<RhsmEnvelope<RhsmDownloadLinkWire>>(response, cancellationToken).ConfigureAwait(false)).Body;
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(response.RequestMessage!.RequestUri!, l)) : null;
            var href = location ?? (Uri.TryCreate(body?.Href, UriKind.Absolute, out var fromBody) ? fromBody : null);
            if (href is null)
            {
                throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.RhsmImageNoLink, checksum, (int)response.StatusCode))
                {
                    StatusCode = response.StatusCode,
                    Target = checksum,
                };
            }

            return new ImageDownloadLink(href, body?.Filename, ParseTime(body?.Expiration));
        });

    private static string ImageDownloadPath(string checksum) => "images/" + Segment(checksum) + "/download";

    private static RhsmImage ToModel(RhsmImageWire wire, string? contentSet, string? version) => new(
        (wire.Checksum ?? string.Empty).ToLowerInvariant(),
        wire.Filename,
        wire.ImageName,
        wire.Arch,
        ParseTime(wire.DatePublished),
        ParseUri(wire.DownloadHref),
        contentSet,
        version);
}
