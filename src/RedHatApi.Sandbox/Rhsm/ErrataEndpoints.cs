using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Rhsm.Data;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// The organisation's errata and advisory details: GET /errata, /errata/{id}, /errata/{id}/systems,
/// /errata/{id}/packages and /errata/cset/{cs}/arch/{arch}, with each endpoint's own page cap.
/// </summary>
public static class ErrataEndpoints
{
    /// <summary>Default and maximum page of GET /errata.</summary>
    public const int ErrataCap = 1000;

    /// <summary>Default and maximum page of GET /errata/{id}/systems.</summary>
    public const int SystemsCap = 1000;

    /// <summary>Default and maximum page of GET /errata/{id}/packages.</summary>
    public const int PackagesCap = 50;

    /// <summary>Maximum page of GET /errata/cset/{cs}/arch/{arch}; its default is smaller.</summary>
    public const int ContentSetCap = 100;

    /// <summary>Default page of GET /errata/cset/{cs}/arch/{arch}.</summary>
    public const int ContentSetDefault = 50;

    private const string NotFoundMessage = "Erratum not found";

    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        var org = new OrgErrataIndex(state.Systems);

        group.MapGet("/errata", (int? limit, long? offset) =>
            ListPage(org.Errata.Select(e => MyErratum(e)), limit, offset, ErrataCap, state.Options.OverCap));

        group.MapGet("/errata/{advisoryId}", (string advisoryId) =>
            AdvisoryCatalog.Find(advisoryId) is { } advisory ? Body(Details(advisory)) : NotFound(NotFoundMessage));

        group.MapGet("/errata/{advisoryId}/systems", (string advisoryId, int? limit, long? offset) =>
            AdvisoryCatalog.Find(advisoryId) is { } advisory
                ? ListPage(org.SystemsOf(advisory).Select(RhsmEndpoints.ToWire), limit, offset, SystemsCap, state.Options.OverCap)
                : NotFound(NotFoundMessage));

        group.MapGet("/errata/{advisoryId}/packages", (string advisoryId, int? limit, long? offset) =>
            AdvisoryCatalog.Find(advisoryId) is { } advisory
                ? ListPage(AdvisoryCatalog.PackagesOf(advisory).Select(PackageDetail), limit, offset, PackagesCap, state.Options.OverCap)
                : NotFound(NotFoundMessage));

        // An unknown content set or architecture is an empty list, not a 404: the path is a query, not a resource.
        group.MapGet("/errata/cset/{contentSet}/arch/{arch}", (string contentSet, string arch, int? limit, long? offset) =>
            ListPage(
                AdvisoryCatalog.InContentSet(contentSet, arch).Select(ErratumInContentSet), limit, offset, ContentSetCap,
                state.Options.OverCap, ContentSetDefault));
    }

    /// <summary>The MyErratum definition (no severity field: clients read it from the synopsis).</summary>
    private static object MyErratum(OrgErratum e) => new
    {
        advisoryId = e.Advisory.Id,
        affectedSystemCount = e.Systems.Count,
        details = $"https://access.redhat.com/errata/{e.Advisory.Id}",
        publishDate = AdvisoryCatalog.Date(e.Advisory.Issued),
        synopsis = e.Advisory.Synopsis,
        systems = $"/management/v1/errata/{e.Advisory.Id}/systems",
        type = e.Advisory.Type,
    };

    /// <summary>The ErratumInContentSet definition.</summary>
    private static object ErratumInContentSet(Advisory a) => new
    {
        advisoryId = a.Id,
        href = a.Href,
        publishDate = AdvisoryCatalog.Date(a.Issued),
        severity = a.Severity,
        synopsis = a.Synopsis,
        type = a.Type,
    };

    /// <summary>The ErratumDetails definition.</summary>
    private static object Details(Advisory a) => new
    {
        affectedProducts = AdvisoryCatalog.Arches.Select(Product).ToArray(),
        bugzillas = a.Cves.Select((cve, i) => new
        {
            href = $"https://bugzilla.redhat.com/show_bug.cgi?id={2_200_000 + (a.Number * 3) + i}",
            id = (2_200_000 + (a.Number * 3) + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            title = $"{cve} {a.Component.Name}: flaw fixed by this update",
            type = "bugzilla",
        }).ToArray(),
        copyrightYear = "2026",
        cves = string.Join(" ", a.Cves),
        description = $"The {a.Component.Name} packages are part of Red Hat Enterprise Linux 9. "
            + (a.IsSecurity ? "Security fix(es): " + string.Join(", ", a.Cves) + "." : "This update fixes several bugs and adds enhancements."),
        id = a.Id,
        issued = AdvisoryCatalog.Date(a.Issued),
        lastUpdated = AdvisoryCatalog.Date(a.LastUpdated),
        references = new[]
        {
            new { href = $"https://access.redhat.com/errata/{a.Id}", id = a.Id, title = a.Synopsis, type = "self" },
        },
        severity = a.Severity,
        solution = "Before applying this update, make sure all previously released errata relevant to your system have been applied. "
            + "For details on how to apply this update, refer to https://access.redhat.com/articles/11258",
        summary = $"An update for {a.Component.Name} is now available for Red Hat Enterprise Linux 9.",
        synopsis = a.Synopsis,
        type = a.Type,
        typeSeverity = a.IsSecurity ? $"{a.Type}: {a.Severity}" : a.Type,
    };

    /// <summary>The PackageDetail definition (an errata package; epoch is a number here).</summary>
    private static object PackageDetail(AdvisoryPackage p) => new
    {
        arch = p.Arch,
        checksum = p.Checksum,
        contentSets = new[] { p.ContentSet },
        details_url = $"/management/v1/packages/{p.Checksum}",
        epoch = p.Epoch,
        filename = p.Filename,
        name = p.Name,
        release = p.Release,
        repoTags = new[] { "rhel-9" },
        summary = $"{p.Name} from {p.Advisory.Component.Name}",
        version = p.Version,
    };

    private static string Product(string arch) => arch switch
    {
        "x86_64" => "Red Hat Enterprise Linux for x86_64 9",
        "aarch64" => "Red Hat Enterprise Linux for ARM 64 9",
        "ppc64le" => "Red Hat Enterprise Linux for Power, little endian 9",
        _ => "Red Hat Enterprise Linux for IBM z Systems 9",
    };
}
