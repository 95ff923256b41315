using System;

namespace RedHatApi.Models.Rhsm;

/// <summary>An erratum (advisory) applicable to one RHSM system.</summary>
public sealed class RhsmErratum
{
    internal RhsmErratum(Guid systemUuid, string id, string? type, string? severity, string? synopsis, DateTimeOffset? published, Uri? href)
    {
        SystemUuid = systemUuid;
        Id = id;
        Type = type;
        Severity = severity;
        Synopsis = synopsis;
        Published = published;
        Href = href;
    }

    /// <summary>The system the erratum applies to.</summary>
    public Guid SystemUuid { get; }

    /// <summary>The advisory id, for example RHSA-2026:1234.</summary>
    public string Id { get; }

    /// <summary>Security Advisory, Bug Fix Advisory or Product Enhancement Advisory.</summary>
    public string? Type { get; }

    /// <summary>Critical, Important, Moderate, Low, or None for non-security advisories.</summary>
    public string? Severity { get; }

    /// <summary>One-line summary.</summary>
    public string? Synopsis { get; }

    /// <summary>When the advisory was published.</summary>
    public DateTimeOffset? Published { get; }

    /// <summary>The API URL of the erratum.</summary>
    public Uri? Href { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
