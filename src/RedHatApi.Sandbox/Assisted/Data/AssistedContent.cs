using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>What the sandbox keeps per cluster beyond its JSON: custom manifests and ignored validations.</summary>
public sealed class ClusterContent
{
    /// <summary>User manifests by "folder/file_name", in the order they were added.</summary>
    public List<(string Folder, string FileName, byte[] Content)> Manifests { get; } = new();

    public string IgnoredClusterValidations { get; set; } = "[]";

    public string IgnoredHostValidations { get; set; } = "[]";
}

/// <summary>
/// A cluster's custom manifests, ignored validations and install-config overrides, with the service's rules: they
/// change only before the installation starts (409 afterwards), a manifest name is unique per folder (409), and an
/// unknown manifest is 404. Content hangs off the cluster object itself, so a reseed (new cluster objects) or a
/// deregistration drops it with the cluster. Callers hold no lock; every method takes the store's gate.
/// </summary>
public sealed class AssistedContent
{
    /// <summary>Manifests the service generates for every cluster (include_system_generated=true).</summary>
    private static readonly (string Folder, string FileName)[] SystemManifests =
    {
        ("openshift", "50-masters-chrony-configuration.yaml"), ("openshift", "50-workers-chrony-configuration.yaml"),
    };

    private static readonly ConditionalWeakTable<SandboxCluster, ClusterContent> Contents = new();

    private readonly AssistedStore _store;

    public AssistedContent(AssistedStore store) => _store = store;

    public AssistedOutcome ListManifests(string clusterId, bool includeSystem)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(clusterId) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(clusterId);
            }

            var list = new JsonArray();
            foreach (var m in Of(cluster).Manifests)
            {
                list.Add(Manifest(m.Folder, m.FileName, "user"));
            }

            if (includeSystem)
            {
                foreach (var (folder, file) in SystemManifests)
                {
                    list.Add(Manifest(folder, file, "system"));
                }
            }

            return new AssistedOutcome(200, list);
        }
    }

    public AssistedOutcome AddManifest(string clusterId, string folder, string fileName, byte[] content)
    {
        lock (_store.Gate)
        {
            if (Changeable(clusterId, "manifests") is { } refused)
            {
                return refused;
            }

            var cluster = _store.Clusters.Find(clusterId)!;
            var manifests = Of(cluster).Manifests;
            if (manifests.Any(m => m.Folder == folder && m.FileName == fileName))
            {
                return AssistedOutcome.Conflict($"Manifest {folder}/{fileName} already exists for cluster {clusterId}");
            }

            if (Invalid(folder, fileName, content) is { } invalid)
            {
                return invalid;
            }

            manifests.Add((folder, fileName, content));
            _store.Events.Add(cluster, DateTimeOffset.UtcNow, "custom_manifest_added", "info", $"Custom manifest {folder}/{fileName} was added to cluster {cluster.Name}");
            return new AssistedOutcome(201, Manifest(folder, fileName, "user"));
        }
    }

    public AssistedOutcome UpdateManifest(string clusterId, string folder, string fileName, string? newFolder, string? newFileName, byte[]? content)
    {
        lock (_store.Gate)
        {
            if (Changeable(clusterId, "manifests") is { } refused)
            {
                return refused;
            }

            var manifests = Of(_store.Clusters.Find(clusterId)!).Manifests;
            var index = manifests.FindIndex(m => m.Folder == folder && m.FileName == fileName);
            if (index < 0)
            {
                return new AssistedOutcome(404, Reason: $"Manifest {folder}/{fileName} was not found for cluster {clusterId}");
            }

            var (toFolder, toName) = (newFolder ?? folder, newFileName ?? fileName);
            if ((toFolder, toName) != (folder, fileName) && manifests.Any(m => m.Folder == toFolder && m.FileName == toName))
            {
                return AssistedOutcome.Conflict($"Manifest {toFolder}/{toName} already exists for cluster {clusterId}");
            }

            var bytes = content ?? manifests[index].Content;
            if (Invalid(toFolder, toName, bytes) is { } invalid)
            {
                return invalid;
            }

            manifests[index] = (toFolder, toName, bytes);
            return new AssistedOutcome(200, Manifest(toFolder, toName, "user"));
        }
    }

    public AssistedOutcome RemoveManifest(string clusterId, string folder, string fileName)
    {
        lock (_store.Gate)
        {
            if (Changeable(clusterId, "manifests") is { } refused)
            {
                return refused;
            }

            var removed = Of(_store.Clusters.Find(clusterId)!).Manifests.RemoveAll(m => m.Folder == folder && m.FileName == fileName);
            return removed == 0 ? new AssistedOutcome(404, Reason: $"Manifest {folder}/{fileName} was not found for cluster {clusterId}") : new AssistedOutcome(200);
        }
    }

    /// <summary>The manifest's bytes: (200, bytes) or (status, reason).</summary>
    public (int Status, byte[]? File, string? Reason) ManifestFile(string clusterId, string folder, string fileName)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(clusterId) is not { } cluster)
            {
                return (404, null, $"cluster {clusterId} can't be found");
            }

            var found = Of(cluster).Manifests.FindIndex(m => m.Folder == folder && m.FileName == fileName);
            if (found >= 0)
            {
                return (200, Of(cluster).Manifests[found].Content, null);
            }

            return SystemManifests.Contains((folder, fileName))
                ? (200, Encoding.UTF8.GetBytes($"apiVersion: machineconfiguration.openshift.io/v1\nkind: MachineConfig\nmetadata:\n  name: {fileName[..^5]}\n"), null)
                : (404, null, $"Manifest {folder}/{fileName} was not found for cluster {clusterId}");
        }
    }

    /// <summary>Every user manifest as the installer sees it (custom_manifests.json and the manifests download).</summary>
    public IReadOnlyList<(string Folder, string FileName, byte[] Content)> Manifests(SandboxCluster cluster)
    {
        lock (_store.Gate)
        {
            return Of(cluster).Manifests.ToList();
        }
    }

    public AssistedOutcome GetIgnoredValidations(string clusterId)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(clusterId) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(clusterId);
            }

            return new AssistedOutcome(200, IgnoredJson(Of(cluster)));
        }
    }

    /// <summary>PUT ignored-validations: each field is a JSON list of ids (or ["all"]); some validations cannot be ignored.</summary>
    public AssistedOutcome SetIgnoredValidations(string clusterId, string? clusterIds, string? hostIds)
    {
        lock (_store.Gate)
        {
            if (Changeable(clusterId, "ignored validations") is { } refused)
            {
                return refused;
            }

            var content = Of(_store.Clusters.Find(clusterId)!);
            var problems = new List<string>();
            var clusterList = Ids(clusterIds, AssistedValidationIds.Cluster, AssistedValidationIds.ClusterNotIgnorable, problems);
            var hostList = Ids(hostIds, AssistedValidationIds.Host, AssistedValidationIds.HostNotIgnorable, problems);
            if (problems.Count > 0)
            {
                return new AssistedOutcome(400, Reason: "unable to ignore the following validations: " + string.Join(", ", problems));
            }

            content.IgnoredClusterValidations = clusterList ?? content.IgnoredClusterValidations;
            content.IgnoredHostValidations = hostList ?? content.IgnoredHostValidations;
            return new AssistedOutcome(201, IgnoredJson(content));
        }
    }

    /// <summary>PATCH install-config: the overrides must be a JSON object of install-config fields.</summary>
    public AssistedOutcome SetInstallConfigOverrides(string clusterId, string overrides)
    {
        lock (_store.Gate)
        {
            if (Changeable(clusterId, "install config") is { } refused)
            {
                return refused;
            }

            if (AssistedInstallConfig.Check(overrides) is { } problem)
            {
                return new AssistedOutcome(400, Reason: problem);
            }

            var cluster = _store.Clusters.Find(clusterId)!;
            cluster.Json["install_config_overrides"] = overrides;
            _store.Events.Add(cluster, DateTimeOffset.UtcNow, "install_config_applied", "info", $"Custom install config was applied to the cluster {cluster.Name}");
            return new AssistedOutcome(201);
        }
    }

    internal static ClusterContent Of(SandboxCluster cluster) => Contents.GetValue(cluster, _ => new ClusterContent());

    private static JsonObject IgnoredJson(ClusterContent content) => new()
    {
        ["cluster-validation-ids"] = content.IgnoredClusterValidations,
        ["host-validation-ids"] = content.IgnoredHostValidations,
    };

    private static JsonObject Manifest(string folder, string fileName, string source) => new()
    {
        ["folder"] = folder,
        ["file_name"] = fileName,
        ["manifest_source"] = source,
    };

    /// <summary>null when the list text is absent; else the normalised list, adding what is wrong to <paramref name="problems"/>.</summary>
    private static string? Ids(string? text, string[] known, string[] notIgnorable, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        List<string>? ids;
        try
        {
            ids = text.Length == 0 ? new() : JsonSerializer.Deserialize<List<string>>(text);
        }
        catch (JsonException)
        {
            problems.Add("'" + text + "' is not a JSON list of validation ids");
            return null;
        }

        ids ??= new();
        if (ids.Count == 1 && ids[0] == "all")
        {
            return "[\"all\"]";
        }

        problems.AddRange(ids.Where(id => !known.Contains(id)).Select(id => id + " (unknown)"));
        problems.AddRange(ids.Where(id => notIgnorable.Contains(id)).Select(id => id + " (cannot be ignored)"));
        return JsonSerializer.Serialize(ids);
    }

    /// <summary>404 for an unknown cluster, 409 once installation has started; null when the cluster's content may change.</summary>
    private AssistedOutcome? Changeable(string clusterId, string what)
    {
        if (_store.Clusters.Find(clusterId) is not { } cluster)
        {
            return AssistedOutcome.MissingCluster(clusterId);
        }

        return AssistedClusters.UpdatableStatuses.Contains(cluster.Status)
            ? null
            : AssistedOutcome.Conflict($"Cluster {clusterId} is in {cluster.Status} state, {what} can be changed only in one of [{string.Join(" ", AssistedClusters.UpdatableStatuses)}]");
    }

    /// <summary>The service parses what it will hand to the installer: JSON must parse, YAML must not be empty.</summary>
    private static AssistedOutcome? Invalid(string folder, string fileName, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new AssistedOutcome(400, Reason: $"Manifest content of file {folder}/{fileName} is empty");
        }

        if (fileName.EndsWith(".json", StringComparison.Ordinal))
        {
            try
            {
                JsonDocument.Parse(text).Dispose();
            }
            catch (JsonException)
            {
                return new AssistedOutcome(400, Reason: $"Manifest content of file {folder}/{fileName} has an illegal JSON format");
            }
        }

        return null;
    }
}
