using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>A downloadable RHEL image (ISO or guest image) as RHSM lists it.</summary>
public sealed class RhsmImage
{
    internal RhsmImage(
        string checksum, string? filename, string? imageName, string? arch, DateTimeOffset? datePublished, Uri? downloadHref,
        string? contentSet, string? version)
    {
        Checksum = checksum;
        Filename = filename;
        ImageName = imageName;
        Arch = arch;
        DatePublished = datePublished;
        DownloadHref = downloadHref;
        ContentSet = contentSet;
        Version = version;
    }

    /// <summary>SHA-256 of the image, lower-case hex; Save-RhsmImage downloads by it and verifies it.</summary>
    public string Checksum { get; }

    /// <summary>File name, for example rhel-9.4-x86_64-dvd.iso.</summary>
    public string? Filename { get; }

    /// <summary>Display name, for example Red Hat Enterprise Linux 9.4 Binary DVD.</summary>
    public string? ImageName { get; }

    /// <summary>Architecture: x86_64, aarch64, ppc64le, s390x.</summary>
    public string? Arch { get; }

    /// <summary>When the image was published.</summary>
    public DateTimeOffset? DatePublished { get; }

    /// <summary>The API URL that hands out a download link; present only when the account is entitled to the image.</summary>
    public Uri? DownloadHref { get; }

    /// <summary>The content set the image was listed from (Get-RhsmImage -ContentSet); null otherwise.</summary>
    public string? ContentSet { get; }

    /// <summary>The RHEL version the image was listed for (Get-RhsmImage -Version); null otherwise.</summary>
    public string? Version { get; }

    /// <inheritdoc />
    public override string ToString() => Filename ?? Checksum;
}
