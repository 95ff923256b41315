using System.Text.Json.Serialization;

namespace RedHatApi.Client.Rhsm;

// Wire shapes of /images.

/// <summary>The ImageInContentSet definition (ImageForVersionArch has the same fields).</summary>
internal sealed class RhsmImageWire
{
    [JsonPropertyName("arch")]
    public string? Arch { get; set; }

    [JsonPropertyName("checksum")]
    public string? Checksum { get; set; }

    [JsonPropertyName("datePublished")]
    public string? DatePublished { get; set; }

    [JsonPropertyName("downloadHref")]
    public string? DownloadHref { get; set; }

    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    [JsonPropertyName("imageName")]
    public string? ImageName { get; set; }
}

/// <summary>The DownloadLink definition: the body of the 307 from GET /images/{checksum}/download.</summary>
internal sealed class RhsmDownloadLinkWire
{
    [JsonPropertyName("href")]
    public string? Href { get; set; }

    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    [JsonPropertyName("expiration")]
    public string? Expiration { get; set; }
}
