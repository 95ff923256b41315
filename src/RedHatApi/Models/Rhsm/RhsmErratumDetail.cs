using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Rhsm;

/// <summary>The full description of one advisory (GET /errata/{id}).</summary>
public sealed class RhsmErratumDetail
{
    internal RhsmErratumDetail(
        string id, string? type, string? severity, string? synopsis, string? summary, string? description, string? solution,
        DateTimeOffset? issued, DateTimeOffset? lastUpdated, IReadOnlyList<string> cves, IReadOnlyList<RhsmReference> bugzillas,
        IReadOnlyList<RhsmReference> references, IReadOnlyList<string> affectedProducts)
    {
        Id = id;
        Type = type;
        Severity = severity;
        Synopsis = synopsis;
        Summary = summary;
        Description = description;
        Solution = solution;
        Issued = issued;
        LastUpdated = lastUpdated;
        Cves = cves;
        Bugzillas = bugzillas;
        References = references;
        AffectedProducts = affectedProducts;
    }

    /// <summary>The advisory id, for example RHSA-2026:1234.</summary>
    public string Id { get; }

    /// <summary>Security Advisory, Bug Fix Advisory or Product Enhancement Advisory.</summary>
    public string? Type { get; }

    /// <summary>Critical, Important, Moderate, Low, or None for non-security advisories.</summary>
    public string? Severity { get; }

    /// <summary>One-line summary.</summary>
    public string? Synopsis { get; }

    /// <summary>A paragraph on what the update is for.</summary>
    public string? Summary { get; }

    /// <summary>The fixes and changes in detail.</summary>
    public string? Description { get; }

    /// <summary>How to apply the update.</summary>
    public string? Solution { get; }

    /// <summary>When the advisory was issued.</summary>
    public DateTimeOffset? Issued { get; }

    /// <summary>When the advisory last changed.</summary>
    public DateTimeOffset? LastUpdated { get; }

    /// <summary>CVE ids the advisory fixes (empty for non-security advisories).</summary>
    public IReadOnlyList<string> Cves { get; }

    /// <summary>Bugzilla entries the advisory closes.</summary>
    public IReadOnlyList<RhsmReference> Bugzillas { get; }

    /// <summary>Other references (the advisory page, classification notes...).</summary>
    public IReadOnlyList<RhsmReference> References { get; }

    /// <summary>Products the advisory applies to.</summary>
    public IReadOnlyList<string> AffectedProducts { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
