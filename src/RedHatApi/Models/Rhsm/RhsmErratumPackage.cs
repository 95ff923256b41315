using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>A package an advisory ships (GET /errata/{id}/packages). Its Checksum binds to Get-RhsmPackage.</summary>
public sealed class RhsmErratumPackage
{
    internal RhsmErratumPackage(
        string erratumId, string name, int epoch, string? version, string? release, string? arch, string checksum,
        string? filename, string? summary, IReadOnlyList<string> contentSets, IReadOnlyList<string> repoTags, Uri? detailsHref)
    {
        ErratumId = erratumId;
        Name = name;
        Epoch = epoch;
        Version = version;
        Release = release;
        Arch = arch;
        Checksum = checksum;
        Filename = filename;
        Summary = summary;
        ContentSets = contentSets;
        RepoTags = repoTags;
        DetailsHref = detailsHref;
    }

    /// <summary>The advisory that ships the package.</summary>
    public string ErratumId { get; }

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

    /// <summary>SHA-256 of the package; binds to -Checksum of Get-RhsmPackage.</summary>
    public string Checksum { get; }

    /// <summary>The RPM file name.</summary>
    public string? Filename { get; }

    /// <summary>One-line description.</summary>
    public string? Summary { get; }

    /// <summary>Content sets (repositories) that carry the package.</summary>
    public IReadOnlyList<string> ContentSets { get; }

    /// <summary>Repository tags.</summary>
    public IReadOnlyList<string> RepoTags { get; }

    /// <summary>The API URL of the package's details.</summary>
    public Uri? DetailsHref { get; }

    /// <summary>name-[epoch:]version-release.arch, as rpm -q prints it.</summary>
    public string Nevra => RhsmNevra.Format(Name, Epoch, Version, Release, Arch);

    /// <inheritdoc />
    public override string ToString() => Nevra;
}
