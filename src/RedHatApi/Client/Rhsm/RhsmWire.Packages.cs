using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of packages: an advisory's packages (PackageDetail, epoch a number) and package details
// (pkgDetails, pkgContentSetArch, epoch a string). Epoch is read as either.

/// <summary>The PackageDetail definition (GET /errata/{id}/packages).</summary>
internal sealed class RhsmErratumPackageWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("epoch")]
    public JsonElement Epoch { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("release")]
    public string? Release { get; set; }

    [JsonPropertyName("arch")]
    public string? Arch { get; set; }

    [JsonPropertyName("checksum")]
    public string? Checksum { get; set; }

    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("contentSets")]
    public List<string>? ContentSets { get; set; }

    [JsonPropertyName("repoTags")]
    public List<string>? RepoTags { get; set; }

    [JsonPropertyName("details_url")]
    public string? DetailsUrl { get; set; }
}

/// <summary>The pkgDetails definition (GET /packages/{checksum}) and pkgContentSetArch, which adds downloadHref.</summary>
internal sealed class RhsmPackageDetailsWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("epoch")]
    public JsonElement Epoch { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("release")]
    public string? Release { get; set; }

    [JsonPropertyName("arch")]
    public string? Arch { get; set; }

    [JsonPropertyName("checksum")]
    public string? Checksum { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("license")]
    public string? License { get; set; }

    [JsonPropertyName("group")]
    public string? Group { get; set; }

    [JsonPropertyName("size")]
    public long? Size { get; set; }

    [JsonPropertyName("buildDate")]
    public string? BuildDate { get; set; }

    [JsonPropertyName("buildHost")]
    public string? BuildHost { get; set; }

    [JsonPropertyName("contentSets")]
    public List<string>? ContentSets { get; set; }

    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("downloadHref")]
    public string? DownloadHref { get; set; }
}
