using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>The service's own facts: /v2/component-versions, /v2/release-sources and /v2/domains.</summary>
public static class CatalogueEndpoints
{
    private static readonly string[] Multi = { "x86_64", "arm64", "ppc64le", "s390x" };

    private static readonly string[] Minors = { "4.14", "4.15", "4.16", "4.17", "4.18" };

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/component-versions", () => Json(new JsonObject
        {
            ["versions"] = new JsonObject
            {
                ["assisted-installer-service"] = "quay.io/edge-infrastructure/assisted-service:v2.37.0",
                ["discovery-agent"] = "registry.redhat.io/rhai/assisted-installer-agent-rhel9:v1.0.0-381",
                ["assisted-installer"] = "registry.redhat.io/rhai/assisted-installer-rhel9:v1.0.0-402",
                ["assisted-installer-controller"] = "registry.redhat.io/rhai/assisted-installer-controller-rhel9:v1.0.0-296",
            },
            ["release_tag"] = "v2.37.0",
        }));

        group.MapGet("/release-sources", () => Json(new JsonArray(Minors.Select(minor => (JsonNode)new JsonObject
        {
            ["openshift_version"] = minor,
            ["multi_cpu_architectures"] = new JsonArray(Multi.Select(a => (JsonNode)a).ToArray()),
            ["upgrade_channels"] = new JsonArray(
                new JsonObject { ["cpu_architecture"] = "x86_64", ["channels"] = new JsonArray("stable", "candidate") },
                new JsonObject { ["cpu_architecture"] = "arm64", ["channels"] = new JsonArray("stable") },
                new JsonObject { ["cpu_architecture"] = "multi", ["channels"] = new JsonArray("stable", "candidate") }),
        }).ToArray())));

        group.MapGet("/domains", () => Json(new JsonArray(
            new JsonObject { ["domain"] = "sandbox-clusters.example.com", ["provider"] = "route53" },
            new JsonObject { ["domain"] = "lab.example.net", ["provider"] = "route53" })));
    }
}
