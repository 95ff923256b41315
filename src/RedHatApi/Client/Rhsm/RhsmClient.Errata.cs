using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>Errata: /errata, /errata/{id}, /errata/{id}/systems, /errata/{id}/packages, /errata/cset/{cs}/arch/{arch}.</summary>
internal sealed partial class RhsmClient
{
    /// <summary>Default and maximum page size of GET /errata.</summary>
    internal const int ErrataPageCap = 1000;

    /// <summary>Default and maximum page size of GET /errata/{id}/systems.</summary>
    internal const int ErratumSystemsPageCap = 1000;

    /// <summary>Default and maximum page size of GET /errata/{id}/packages.</summary>
    internal const int ErratumPackagesPageCap = 50;

    /// <summary>Maximum page size of GET /errata/cset/{cs}/arch/{arch} and /packages/cset/{cs}/arch/{arch} (the default is 50).</summary>
    internal const int ContentSetPageCap = 100;

    private static readonly string[] SecuritySeverities = { "Critical", "Important", "Moderate", "Low" };

    private static readonly char[] CveSeparators = { ' ', ',', ';', '\n', '\t' };

    /// <summary>One page of GET /errata: the advisories that apply to at least one of the organisation's systems.</summary>
    internal Task<Page<RhsmErratumSummary>> GetErrataPageAsync(PageRequest page, CancellationToken cancellationToken) =>
        GetListPageAsync<RhsmMyErratumWire, RhsmErratumSummary>(
            "errata", null, page,
            e => new RhsmErratumSummary(
                e.AdvisoryId ?? string.Empty, e.Type, e.Severity ?? SeverityFromSynopsis(e.Type, e.Synopsis), e.Synopsis,
                ParseTime(e.PublishDate), e.AffectedSystemCount, null, null, ParseUri(e.Details)),
            null, cancellationToken);

    /// <summary>One page of GET /errata/cset/{cs}/arch/{arch}.</summary>
    internal Task<Page<RhsmErratumSummary>> GetContentSetErrataPageAsync(string contentSet, string arch, PageRequest page, CancellationToken cancellationToken) =>
        GetListPageAsync<RhsmErratumInContentSetWire, RhsmErratumSummary>(
            ContentSetPath("errata", contentSet, arch), null, page,
            e => new RhsmErratumSummary(
                e.AdvisoryId ?? string.Empty, e.Type, e.Severity ?? SeverityFromSynopsis(e.Type, e.Synopsis), e.Synopsis,
                ParseTime(e.PublishDate), null, contentSet, arch, ParseUri(e.Href)),
            null, cancellationToken);

    /// <summary>GET /errata/{id}; a 404 becomes RhsmErratumNotFound for that id.</summary>
    internal async Task<RhsmErratumDetail> GetErratumAsync(string id, CancellationToken cancellationToken)
    {
        var e = await ForErratum(id, () => GetBodyAsync<RhsmErratumDetailsWire>(ErratumPath(id), id, cancellationToken)).ConfigureAwait(false);
        return new RhsmErratumDetail(
            e.Id ?? id, e.Type, e.Severity, e.Synopsis, e.Summary, e.Description, e.Solution, ParseTime(e.Issued), ParseTime(e.LastUpdated),
            (e.Cves ?? string.Empty).Split(CveSeparators, StringSplitOptions.RemoveEmptyEntries),
            ToReferences(e.Bugzillas), ToReferences(e.References), (e.AffectedProducts ?? new List<string>()).ToList());
    }

    /// <summary>One page of GET /errata/{id}/systems; an unknown advisory is RhsmErratumNotFound.</summary>
    internal Task<Page<RhsmErratumSystem>> GetErratumSystemsPageAsync(string id, PageRequest page, CancellationToken cancellationToken) =>
        ForErratum(id, () => GetListPageAsync<RhsmSystemWire, RhsmErratumSystem>(
            ErratumPath(id) + "/systems", null, page, s => new RhsmErratumSystem(id, ToModel(s)), id, cancellationToken));

    /// <summary>One page of GET /errata/{id}/packages; an unknown advisory is RhsmErratumNotFound.</summary>
    internal Task<Page<RhsmErratumPackage>> GetErratumPackagesPageAsync(string id, PageRequest page, CancellationToken cancellationToken) =>
        ForErratum(id, () => GetListPageAsync<RhsmErratumPackageWire, RhsmErratumPackage>(
            ErratumPath(id) + "/packages", null, page,
            p => new RhsmErratumPackage(
                id, p.Name ?? string.Empty, ParseEpoch(p.Epoch), p.Version, p.Release, p.Arch, p.Checksum ?? string.Empty, p.Filename,
                p.Summary, (p.ContentSets ?? new List<string>()).ToList(), (p.RepoTags ?? new List<string>()).ToList(), ParseUri(p.DetailsUrl)),
            id, cancellationToken));

    /// <summary>
    /// The severity of an advisory whose listing has no severity field (GET /errata): Red Hat security synopses
    /// lead with it ("Important: openssl security update"); other advisories have none.
    /// </summary>
    internal static string? SeverityFromSynopsis(string? type, string? synopsis)
    {
        if (type is null || type.IndexOf("Security", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return type is null ? null : "None";
        }

        var colon = synopsis?.IndexOf(':') ?? -1;
        var lead = colon > 0 ? synopsis!.Substring(0, colon).Trim() : null;
        return SecuritySeverities.FirstOrDefault(s => string.Equals(s, lead, StringComparison.OrdinalIgnoreCase));
    }

    private static string ErratumPath(string id) => "errata/" + Segment(id);

    private static string ContentSetPath(string resource, string contentSet, string arch) =>
        resource + "/cset/" + Segment(contentSet) + "/arch/" + Segment(arch);

    private static List<RhsmReference> ToReferences(List<RhsmReferenceWire>? wire) =>
        (wire ?? new List<RhsmReferenceWire>()).Select(r => new RhsmReference(r.Id, r.Type, r.Title, ParseUri(r.Href))).ToList();

    /// <summary>Turns a 404 about one advisory into RhsmErratumNotFound, a per-input error the pipeline survives.</summary>
    private static Task<T> ForErratum<T>(string id, Func<Task<T>> call) =>
        NotFoundAs(ErrorIds.RhsmErratumNotFound, Text.Format(Strings.RhsmErratumNotFound, id), id, call);
}
