using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>Packages: /packages/{checksum} and /packages/cset/{cs}/arch/{arch}.</summary>
internal sealed partial class RhsmClient
{
    /// <summary>GET /packages/{checksum}; a 404 becomes RhsmPackageNotFound for that checksum.</summary>
    internal async Task<RhsmPackageDetail> GetPackageAsync(string checksum, CancellationToken cancellationToken)
    {
        var wire = await NotFoundAs(
            ErrorIds.RhsmPackageNotFound, Text.Format(Strings.RhsmPackageNotFound, checksum), checksum,
            () => GetBodyAsync<RhsmPackageDetailsWire>("packages/" + Segment(checksum), checksum, cancellationToken)).ConfigureAwait(false);
        return ToModel(wire);
    }

    /// <summary>One page of GET /packages/cset/{cs}/arch/{arch}; <paramref name="latest"/> sends filter=latest.</summary>
    internal Task<Page<RhsmPackageDetail>> GetContentSetPackagesPageAsync(
        string contentSet, string arch, bool latest, PageRequest page, CancellationToken cancellationToken) =>
        GetListPageAsync<RhsmPackageDetailsWire, RhsmPackageDetail>(
            ContentSetPath("packages", contentSet, arch), latest ? "filter=latest" : null, page, ToModel, null, cancellationToken);

    /// <summary>The epoch, which the spec types as a number in PackageDetail and as a string in pkgDetails.</summary>
    private static int ParseEpoch(JsonElement epoch) => epoch.ValueKind switch
    {
        JsonValueKind.Number when epoch.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(epoch.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => 0,
    };

    private static RhsmPackageDetail ToModel(RhsmPackageDetailsWire p) => new(
        p.Checksum ?? string.Empty, p.Name ?? string.Empty, ParseEpoch(p.Epoch), p.Version, p.Release, p.Arch, p.Summary, p.Description,
        p.License, p.Group, p.Size, ParseTime(p.BuildDate), p.BuildHost, (p.ContentSets ?? new List<string>()).ToList(),
        ParseUri(p.Href), ParseUri(p.DownloadHref));
}
