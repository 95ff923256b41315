using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// The operator catalogue and support levels: /v2/supported-operators[/{name}], /v2/operators/bundles[/{id}],
/// /v2/support-levels/features[/detailed] and /v2/support-levels/architectures (openshift_version required).
/// </summary>
public static class OperatorEndpoints
{
    private static readonly string[] Architectures = { "x86_64", "aarch64", "arm64", "ppc64le", "s390x", "multi" };

    private static readonly string[] Platforms = { "baremetal", "none", "nutanix", "vsphere", "external" };

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/supported-operators", () => Json(new JsonArray(AssistedOperatorCatalog.Names.Select(n => (JsonNode)n).ToArray())));

        group.MapGet("/supported-operators/{operator_name}", (string operator_name) =>
            AssistedOperatorCatalog.Names.Contains(operator_name)
                ? Json(AssistedOperatorCatalog.Properties(operator_name))
                : HandlerError(404, $"Operator {operator_name} is not supported"));

        group.MapGet("/operators/bundles", (HttpContext http, string? openshift_version, string? cpu_architecture, string? platform_type) =>
        {
            if (Query(openshift_version, cpu_architecture, platform_type, required: false) is { } invalid)
            {
                return invalid;
            }

            var singleNode = http.Request.Query["feature_ids"].Contains("SNO");
            var bundles = AssistedOperatorCatalog.Bundles(singleNode, openshift_version);
            if (openshift_version is not null && (cpu_architecture ?? "x86_64") != "x86_64")
            {
                // Both bundles need x86_64 operators (cnv, openshift-ai).
                bundles = new JsonArray();
            }

            return Json(bundles);
        });

        group.MapGet("/operators/bundles/{id}", (HttpContext http, string id) =>
        {
            var singleNode = http.Request.Query["feature_ids"].Contains("SNO");
            return AssistedOperatorCatalog.Bundles(singleNode, null).FirstOrDefault(b => b!["id"]!.GetValue<string>() == id) is { } bundle
                ? Json(bundle.DeepClone())
                : HandlerError(404, $"Bundle {id} not found");
        });

        group.MapGet("/support-levels/features", (string? openshift_version, string? cpu_architecture, string? platform_type) =>
        {
            if (Query(openshift_version, cpu_architecture, platform_type, required: true) is { } invalid)
            {
                return invalid;
            }

            var features = new JsonObject();
            foreach (var id in AssistedOperatorCatalog.FeatureIds())
            {
                features[id] = AssistedOperatorCatalog.Level(id, openshift_version!, cpu_architecture ?? "x86_64", platform_type).Level;
            }

            return Json(new JsonObject { ["features"] = features });
        });

        group.MapGet("/support-levels/features/detailed", (string? openshift_version, string? cpu_architecture, string? platform_type) =>
        {
            if (Query(openshift_version, cpu_architecture, platform_type, required: true) is { } invalid)
            {
                return invalid;
            }

            var all = AssistedOperatorCatalog.FeatureIds().Select(id => AssistedOperatorCatalog.Feature(id, openshift_version!, cpu_architecture ?? "x86_64", platform_type)).ToList();
            return Json(new JsonObject
            {
                ["features"] = new JsonArray(all.Where(f => !f.ContainsKey("name")).Select(f => (JsonNode)f).ToArray()),
                ["operators"] = new JsonArray(all.Where(f => f.ContainsKey("name")).Select(f => (JsonNode)f).ToArray()),
            });
        });

        group.MapGet("/support-levels/architectures", (string? openshift_version) =>
            Query(openshift_version, null, null, required: true) ?? Json(new JsonObject { ["architectures"] = AssistedOperatorCatalog.Architectures(openshift_version!) }));
    }

    /// <summary>go-openapi's checks of the version, architecture and platform query parameters, then the handler's version check.</summary>
    private static IResult? Query(string? version, string? arch, string? platform, bool required)
    {
        if (version is null)
        {
            return required ? Validation(RequiredFailCode, "openshift_version in query is required") : null;
        }

        if (arch is not null && !Architectures.Contains(arch))
        {
            return Validation(EnumFailCode, $"cpu_architecture in query should be one of [{string.Join(" ", Architectures)}]");
        }

        if (platform is not null && !Platforms.Contains(platform))
        {
            return Validation(EnumFailCode, $"platform_type in query should be one of [{string.Join(" ", Platforms)}]");
        }

        return AssistedOperatorCatalog.Minor(version) < 0 ? HandlerError(400, $"Invalid OpenShift version {version}") : null;
    }
}
