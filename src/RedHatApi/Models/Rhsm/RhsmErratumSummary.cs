using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>
/// An advisory as a listing describes it: the organisation's errata (GET /errata) or the errata of a content set
/// (GET /errata/cset/{cs}/arch/{arch}). Binds to -Id of Get-RhsmErratum, Get-RhsmErratumSystem and
/// Get-RhsmErratumPackage.
/// </summary>
public sealed class RhsmErratumSummary
{
    internal RhsmErratumSummary(
        string id, string? type, string? severity, string? synopsis, DateTimeOffset? published, int? affectedSystemCount,
        string? contentSet, string? arch, Uri? href)
    {
        Id = id;
        Type = type;
        Severity = severity;
        Synopsis = synopsis;
        Published = published;
        AffectedSystemCount = affectedSystemCount;
        ContentSet = contentSet;
        Arch = arch;
        Href = href;
    }

    /// <summary>The advisory id, for example RHSA-2026:1234.</summary>
    public string Id { get; }

    /// <summary>Security Advisory, Bug Fix Advisory or Product Enhancement Advisory.</summary>
    public string? Type { get; }

    /// <summary>
    /// Critical, Important, Moderate or Low for security advisories, None for the others. The organisation list
    /// has no severity field, so there it is read from the synopsis ("Important: openssl security update").
    /// </summary>
    public string? Severity { get; }

    /// <summary>One-line summary.</summary>
    public string? Synopsis { get; }

    /// <summary>When the advisory was published.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>Systems of the organisation the advisory applies to; null in content-set listings.</summary>
    public int? AffectedSystemCount { get; }

    /// <summary>The content set the listing was for; null in the organisation list.</summary>
    public string? ContentSet { get; }

    /// <summary>The architecture the listing was for; null in the organisation list.</summary>
    public string? Arch { get; }

    /// <summary>Where the advisory's details are, as the API links them.</summary>
    public Uri? Href { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
