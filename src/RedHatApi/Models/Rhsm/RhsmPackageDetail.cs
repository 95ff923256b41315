using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>
/// A package as Red Hat's content describes it: by checksum (GET /packages/{checksum}) or in a content set
/// (GET /packages/cset/{cs}/arch/{arch}).
/// </summary>
public sealed class RhsmPackageDetail
{
    internal RhsmPackageDetail(
        string checksum, string name, int epoch, string? version, string? release, string? arch, string? summary,
        string? description, string? license, string? group, long? size, DateTimeOffset? buildDate, string? buildHost,
        IReadOnlyList<string> contentSets, Uri? href, Uri? downloadHref)
    {
        Checksum = checksum;
        Name = name;
        Epoch = epoch;
        Version = version;
        Release = release;
        Arch = arch;
        Summary = summary;
        Description = description;
        License = license;
        Group = group;
        Size = size;
        BuildDate = buildDate;
        BuildHost = buildHost;
        ContentSets = contentSets;
        Href = href;
        DownloadHref = downloadHref;
    }

    /// <summary>SHA-256 of the package.</summary>
    public string Checksum { get; }

    /// <summary>Package name, for example openssl-libs.</summary>
    public string Name { get; }

    /// <summary>RPM epoch (0 when none).</summary>
    public int Epoch { get; }

    /// <summary>Upstream version.</summary>
    public string? Version { get; }

    /// <summary>Release, for example 3.el9.</summary>
    public string? Release { get; }

    /// <summary>x86_64, aarch64, noarch...</summary>
    public string? Arch { get; }

    /// <summary>One-line description.</summary>
    public string? Summary { get; }

    /// <summary>Longer description.</summary>
    public string? Description { get; }

    /// <summary>The package's license.</summary>
    public string? License { get; }

    /// <summary>RPM group.</summary>
    public string? Group { get; }

    /// <summary>Size of the RPM in bytes.</summary>
    public long? Size { get; }

    /// <summary>When the package was built.</summary>
    public DateTimeOffset? BuildDate { get; }

    /// <summary>The build host.</summary>
    public string? BuildHost { get; }

    /// <summary>Content sets (repositories) that carry the package.</summary>
    public IReadOnlyList<string> ContentSets { get; }

    /// <summary>The API URL of this package.</summary>
    public Uri? Href { get; }

    /// <summary>The API URL that answers with a short-lived download link; null when the response gave none.</summary>
    public Uri? DownloadHref { get; }

    /// <summary>name-[epoch:]version-release.arch, as rpm -q prints it.</summary>
    public string Nevra => RhsmNevra.Format(Name, Epoch, Version, Release, Arch);

    /// <inheritdoc />
    public override string ToString() => Nevra;
}
