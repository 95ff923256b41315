using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The operators, bundles and support levels of the emulated service: the operator names of the spec's
/// supported-operators enum, the dependencies the service adds when one is enabled, and deterministic support levels
/// by OpenShift version, CPU architecture and platform (newer operators need 4.16, most need x86_64).
/// </summary>
public static class AssistedOperatorCatalog
{
    public static readonly string[] Names =
    {
        "amd-gpu", "lso", "mtv", "openshift-ai", "osc", "servicemesh", "authorino", "cnv", "nvidia-gpu", "pipelines", "odf", "lvm", "mce",
        "node-feature-discovery", "serverless", "nmstate", "kmm", "node-healthcheck", "self-node-remediation", "fence-agents-remediation",
        "node-maintenance", "kube-descheduler", "cluster-observability", "numa-resources", "oadp", "metallb", "loki", "openshift-logging",
    };

    /// <summary>What enabling an operator also enables.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Dependencies = new Dictionary<string, string[]>
    {
        ["cnv"] = new[] { "lso" },
        ["odf"] = new[] { "lso" },
        ["mtv"] = new[] { "cnv" },
        ["openshift-ai"] = new[] { "pipelines", "servicemesh", "serverless", "authorino" },
        ["nvidia-gpu"] = new[] { "node-feature-discovery" },
        ["amd-gpu"] = new[] { "kmm", "node-feature-discovery" },
    };

    /// <summary>Operators that need OpenShift 4.16 or later.</summary>
    private static readonly string[] Recent =
    {
        "openshift-ai", "amd-gpu", "kmm", "authorino", "node-healthcheck", "self-node-remediation", "fence-agents-remediation",
        "node-maintenance", "kube-descheduler", "cluster-observability", "numa-resources", "oadp", "metallb", "loki", "openshift-logging",
    };

    /// <summary>Operators only x86_64 runs.</summary>
    private static readonly string[] X86Only = { "cnv", "mtv", "nvidia-gpu", "amd-gpu", "openshift-ai", "osc" };

    private static readonly string[] TechPreview = { "openshift-ai", "nvidia-gpu", "amd-gpu", "osc" };

    private static readonly string[] Features =
    {
        "SNO", "TNA", "TNF", "VIP_AUTO_ALLOC", "CUSTOM_MANIFEST", "SINGLE_NODE_EXPANSION", "NUTANIX_INTEGRATION", "BAREMETAL_PLATFORM",
        "NONE_PLATFORM", "VSPHERE_INTEGRATION", "DUAL_STACK_VIPS", "CLUSTER_MANAGED_NETWORKING", "USER_MANAGED_NETWORKING", "MINIMAL_ISO",
        "FULL_ISO", "EXTERNAL_PLATFORM_OCI", "DUAL_STACK", "PLATFORM_MANAGED_NETWORKING", "EXTERNAL_PLATFORM", "OVN_NETWORK_TYPE",
        "SDN_NETWORK_TYPE", "NON_STANDARD_HA_CONTROL_PLANE", "USER_MANAGED_LOAD_BALANCER",
    };

    private static readonly Dictionary<string, string[]> Incompatible = new Dictionary<string, string[]>
    {
        ["SNO"] = new[] { "ODF", "VIP_AUTO_ALLOC", "USER_MANAGED_LOAD_BALANCER" },
        ["ODF"] = new[] { "SNO" },
        ["USER_MANAGED_NETWORKING"] = new[] { "VIP_AUTO_ALLOC", "CLUSTER_MANAGED_NETWORKING" },
    };

    /// <summary>The feature id of an operator: its name upper-cased with underscores (lvm → LVM, openshift-ai → OPENSHIFT_AI).</summary>
    public static string FeatureOf(string operatorName) => operatorName.ToUpperInvariant().Replace('-', '_');

    /// <summary>The settings an operator takes (GET /v2/supported-operators/{name}).</summary>
    public static JsonArray Properties(string name) => name switch
    {
        "odf" => new JsonArray(Property("deployment_mode", "string", false, "How ODF stores data: compact on the control plane or on dedicated workers", "compact", "compact", "standard")),
        "openshift-ai" => new JsonArray(Property("nvidia_gpu", "boolean", false, "Also install the NVIDIA GPU operator", "false")),
        "lvm" => new JsonArray(Property("device_class", "string", false, "Name of the LVM device class to create", "vg1")),
        _ => new JsonArray(),
    };

    private static readonly string[] VirtualizationSingleNode = { "cnv", "lvm", "nmstate" };
    private static readonly string[] Virtualization = { "cnv", "lso", "nmstate", "node-healthcheck", "self-node-remediation" };
    private static readonly string[] VirtualizationOptional = { "mtv" };
    private static readonly string[] OpenShiftAi = { "openshift-ai", "pipelines", "servicemesh", "serverless", "authorino", "node-feature-discovery" };
    private static readonly string[] OpenShiftAiOptional = { "nvidia-gpu", "amd-gpu" };

    /// <summary>The bundles (virtualization for every version, OpenShift AI from 4.16), as composed for one or more control-plane nodes.</summary>
    public static JsonArray Bundles(bool singleNode, string? version)
    {
        var bundles = new JsonArray
        {
            Bundle("virtualization", "Virtualization", "Run virtual machines alongside containers.", singleNode ? VirtualizationSingleNode : Virtualization, VirtualizationOptional),
        };
        if (version is null || Minor(version) >= 16)
        {
            bundles.Add(Bundle("openshift-ai", "OpenShift AI", "Train, serve and monitor AI models on GPUs.", OpenShiftAi, OpenShiftAiOptional));
        }

        return bundles;
    }

    /// <summary>(level, reason) of a feature id.</summary>
    public static (string Level, string? Reason) Level(string featureId, string version, string arch, string? platform)
    {
        var op = Names.FirstOrDefault(n => FeatureOf(n) == featureId);
        if (op is not null && Recent.Contains(op) && Minor(version) < 16)
        {
            return ("unavailable", "openshiftVersion");
        }

        if (op is not null && X86Only.Contains(op) && arch != "x86_64")
        {
            return ("unavailable", "cpuArchitecture");
        }

        if (arch != "x86_64" && featureId is "NUTANIX_INTEGRATION" or "VSPHERE_INTEGRATION")
        {
            return ("unavailable", "cpuArchitecture");
        }

        if (platform == "none" && featureId is "CLUSTER_MANAGED_NETWORKING" or "VIP_AUTO_ALLOC")
        {
            return ("unavailable", "platform");
        }

        if (featureId is "TNA" or "TNF")
        {
            return Minor(version) >= 19 ? ("tech-preview", null) : ("unavailable", "openshiftVersion");
        }

        return (op is not null && TechPreview.Contains(op)) || featureId == "EXTERNAL_PLATFORM_OCI" ? ("tech-preview", null) : ("supported", null);
    }

    /// <summary>Every feature id, operators included, in the spec's order.</summary>
    public static IEnumerable<string> FeatureIds() => Features.Concat(Names.Select(FeatureOf));

    public static JsonObject Feature(string featureId, string version, string arch, string? platform)
    {
        var (level, reason) = Level(featureId, version, arch, platform);
        var feature = new JsonObject
        {
            ["feature-support-level-id"] = featureId,
            ["support_level"] = level,
            ["incompatibilities"] = new JsonArray((Incompatible.TryGetValue(featureId, out var with) ? with : Array.Empty<string>()).Select(i => (JsonNode)i).ToArray()),
        };
        if (reason is not null)
        {
            feature["reason"] = reason;
        }

        if (Names.FirstOrDefault(n => FeatureOf(n) == featureId) is { } op)
        {
            feature["name"] = op;
            feature["dependencies"] = new JsonArray((Dependencies.TryGetValue(op, out var deps) ? deps : Array.Empty<string>()).Select(d => (JsonNode)FeatureOf(d)).ToArray());
        }

        return feature;
    }

    /// <summary>The support level of each CPU architecture for a version.</summary>
    public static JsonObject Architectures(string version)
    {
        var minor = Minor(version);
        return new JsonObject
        {
            ["X86_64_ARCHITECTURE"] = "supported",
            ["ARM64_ARCHITECTURE"] = minor >= 10 ? "supported" : "unavailable",
            ["PPC64LE_ARCHITECTURE"] = minor >= 13 ? "supported" : "unavailable",
            ["S390X_ARCHITECTURE"] = minor >= 13 ? "supported" : "unavailable",
            ["MULTIARCH_RELEASE_IMAGE"] = minor >= 12 ? "tech-preview" : "unavailable",
        };
    }

    /// <summary>The minor of "4.17" or "4.17.3"; -1 when the text is not an OpenShift 4 version.</summary>
    public static int Minor(string version)
    {
        var parts = version.Split('.', '-');
        return parts.Length >= 2 && parts[0] == "4" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ? minor : -1;
    }

    /// <summary>The monitored-operator the service adds for an enabled OLM operator.</summary>
    public static JsonObject Monitored(string clusterId, string name, string? properties) => new()
    {
        ["cluster_id"] = clusterId,
        ["name"] = name,
        ["operator_type"] = "olm",
        ["namespace"] = name switch
        {
            "lvm" or "odf" => "openshift-storage",
            "cnv" => "openshift-cnv",
            "lso" => "openshift-local-storage",
            "mce" => "multicluster-engine",
            _ => "openshift-" + name,
        },
        ["subscription_name"] = name switch { "lvm" => "lvms-operator", "odf" => "odf-operator", "cnv" => "hco-operatorhub", "lso" => "local-storage-operator", _ => name + "-operator" },
        ["properties"] = properties ?? string.Empty,
        ["timeout_seconds"] = name is "odf" or "cnv" ? 3600 : 1800,
        ["status"] = string.Empty,
        ["status_updated_at"] = "0001-01-01T00:00:00.000Z",
        ["bundles"] = new JsonArray(),
    };

    private static JsonObject Property(string name, string type, bool mandatory, string description, string defaultValue, params string[] options) => new()
    {
        ["name"] = name,
        ["data_type"] = type,
        ["mandatory"] = mandatory,
        ["description"] = description,
        ["default_value"] = defaultValue,
        ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()),
    };

    private static JsonObject Bundle(string id, string title, string description, string[] operators, string[] optional) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["description"] = description,
        ["operators"] = new JsonArray(operators.Select(o => (JsonNode)o).ToArray()),
        ["optional_operators"] = new JsonArray(optional.Select(o => (JsonNode)o).ToArray()),
    };
}
