using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Rhsm.Data;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>Package details by checksum and the packages of a content set: GET /packages/{checksum}, /packages/cset/{cs}/arch/{arch}.</summary>
public static class PackageEndpoints
{
    /// <summary>Maximum page of GET /packages/cset/{cs}/arch/{arch}.</summary>
    public const int ContentSetCap = 100;

    /// <summary>Default page of GET /packages/cset/{cs}/arch/{arch}.</summary>
    public const int ContentSetDefault = 50;

    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        group.MapGet("/packages/{checksum}", (string checksum) =>
            AdvisoryCatalog.FindPackage(checksum) is { } package ? Body(Details(package, withDownload: false)) : NotFound("Package not found"));

        // filter=latest (the only value the spec allows) keeps the newest build of each package name.
        group.MapGet("/packages/cset/{contentSet}/arch/{arch}", (string contentSet, string arch, int? limit, long? offset, string? filter) =>
        {
            if (!string.IsNullOrEmpty(filter) && filter.Split(',').Any(f => f != "latest"))
            {
                return ErrorBody(400, "filter must be 'latest'");
            }

            IEnumerable<AdvisoryPackage> packages = AdvisoryCatalog.ContentSetPackages(contentSet, arch);
            if (filter == "latest")
            {
                packages = packages.GroupBy(p => p.Name).Select(g => g.First());
            }

            return ListPage(packages.Select(p => Details(p, withDownload: true)), limit, offset, ContentSetCap, state.Options.OverCap, ContentSetDefault);
        });
    }

    /// <summary>pkgDetails, and with <paramref name="withDownload"/> pkgContentSetArch (epoch is a string in both).</summary>
    private static Dictionary<string, object?> Details(AdvisoryPackage p, bool withDownload)
    {
        var fields = new Dictionary<string, object?>
        {
            ["arch"] = p.Arch,
            ["buildDate"] = AdvisoryCatalog.Date(p.Advisory.Issued.AddDays(-2)),
            ["buildHost"] = $"{p.Arch}-{(p.Size % 40) + 1:00}.build.eng.rdu2.redhat.com",
            ["checksum"] = p.Checksum,
            ["contentSets"] = new[] { p.ContentSet },
            ["description"] = $"The {p.Name} package, built from {p.Advisory.Component.Name} {p.Version}.",
            ["epoch"] = p.Epoch.ToString(CultureInfo.InvariantCulture),
            ["group"] = "Unspecified",
            ["href"] = $"/management/v1/packages/{p.Checksum}",
            ["license"] = p.Advisory.Component.License,
            ["name"] = p.Name,
            ["release"] = p.Release,
            ["size"] = p.Size,
            ["summary"] = $"{p.Name} from {p.Advisory.Component.Name}",
            ["version"] = p.Version,
        };
        if (withDownload)
        {
            fields["downloadHref"] = $"/management/v1/packages/{p.Checksum}/download";
        }

        return fields;
    }
}
