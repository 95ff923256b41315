using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>GET /v2/openshift-versions: an object keyed by version (not an array), as the spec's openshift-versions.</summary>
public static class VersionEndpoints
{
    private static readonly (string Version, string Support, bool Default, string[] Architectures)[] Versions =
    {
        ("4.8.23", "end-of-life", false, new[] { "x86_64" }),
        ("4.14.38", "maintenance", false, new[] { "x86_64", "arm64", "ppc64le", "s390x" }),
        ("4.15.37", "maintenance", false, new[] { "x86_64", "arm64", "ppc64le", "s390x" }),
        ("4.15.38", "maintenance", false, new[] { "x86_64", "arm64", "ppc64le", "s390x" }),
        ("4.16.21", "production", false, new[] { "x86_64", "arm64", "ppc64le", "s390x", "multi" }),
        ("4.17.3", "production", true, new[] { "x86_64", "arm64", "ppc64le", "s390x", "multi" }),
        ("4.18.0-ec.2", "beta", false, new[] { "x86_64", "arm64" }),
    };

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/openshift-versions", (string? version, bool? only_latest) =>
        {
            var selected = Versions.Where(v => version is null || v.Version.StartsWith(version, StringComparison.Ordinal));
            if (only_latest == true)
            {
                selected = selected.GroupBy(v => MinorOf(v.Version)).Select(g => g.Last());
            }

            var body = new JsonObject();
            foreach (var v in selected)
            {
                var item = new JsonObject
                {
                    ["cpu_architectures"] = new JsonArray(v.Architectures.Select(a => (JsonNode)a).ToArray()),
                    ["display_name"] = v.Version,
                    ["support_level"] = v.Support,
                };
                if (v.Default)
                {
                    item["default"] = true;
                }

                body[v.Version] = item;
            }

            return Json(body);
        });

    /// <summary>The full version a cluster gets for "4.16" or "4.16.21"; null when the service does not offer it.</summary>
    public static string? Resolve(string requested)
    {
        var exact = Versions.FirstOrDefault(v => v.Version == requested).Version;
        if (exact is not null)
        {
            return exact;
        }

        return Versions.LastOrDefault(v => MinorOf(v.Version) == requested && v.Support != "beta").Version;
    }

    private static string MinorOf(string version) => string.Join('.', version.Split('.').Take(2));
}
