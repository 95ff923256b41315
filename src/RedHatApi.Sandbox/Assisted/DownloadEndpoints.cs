using System;
using System.Formats.Tar;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// A cluster's generated files and logs: pre-signed links (/downloads/files-presigned, /downloads/credentials-presigned)
/// and the downloads they point at (/downloads/files, /logs), served with Range support. Files exist once the
/// installation starts, logs once it is installing (hosts upload them); before that both answer 409.
/// </summary>
public static class DownloadEndpoints
{
    private static readonly string[] PresignedFiles = { "bootstrap.ign", "master.ign", "metadata.json", "worker.ign", "install-config.yaml", "logs", "manifests" };

    private static readonly string[] Files = { "bootstrap.ign", "master.ign", "metadata.json", "worker.ign", "install-config.yaml", "custom_manifests.json", "custom_manifests.yaml", "arbiter.ign" };

    private static readonly string[] CredentialFiles = { "kubeadmin-password", "kubeconfig", "kubeconfig-noingress" };

    private static readonly string[] LogTypes = { "host", "controller", "all" };

    private static readonly string[] FileStatuses = { "preparing-for-installation", "installing", "installing-pending-user-action", "finalizing", "installed", "error", "cancelled", "adding-hosts" };

    private static readonly string[] LogStatuses = { "installing", "installing-pending-user-action", "finalizing", "installed", "error", "cancelled", "adding-hosts" };

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;

        group.MapGet("/clusters/{cluster_id}/downloads/files-presigned", (string cluster_id, string? file_name, string? logs_type, string? host_id, string? additional_name) =>
        {
            if (Query(cluster_id, file_name, PresignedFiles) is { } invalid)
            {
                return invalid;
            }

            if (logs_type is not null && !LogTypes.Contains(logs_type))
            {
                return Validation(EnumFailCode, "logs_type in query should be one of [host controller all]");
            }

            lock (store.Gate)
            {
                if (Available(store, cluster_id, file_name!) is { } refused)
                {
                    return refused;
                }
            }

            var path = file_name switch
            {
                "logs" => $"/clusters/{cluster_id}/logs?logs_type={logs_type ?? "all"}" + (host_id is null ? string.Empty : "&host_id=" + host_id),
                "manifests" => $"/clusters/{cluster_id}/manifests/files?file_name={Uri.EscapeDataString(additional_name ?? string.Empty)}",
                _ => $"/clusters/{cluster_id}/downloads/files?file_name={file_name}",
            };
            var (url, expires) = UrlAuth.Link(state, cluster_id, path);
            return Json(new JsonObject { ["url"] = url, ["expires_at"] = AssistedStore.Time(expires) });
        });

        group.MapGet("/clusters/{cluster_id}/downloads/credentials-presigned", (string cluster_id, string? file_name) =>
        {
            if (Query(cluster_id, file_name, CredentialFiles) is { } invalid)
            {
                return invalid;
            }

            var (status, file, reason) = store.Credentials.File(cluster_id, file_name!);
            if (file is null)
            {
                return HandlerError(status, reason ?? string.Empty);
            }

            var (url, expires) = UrlAuth.Link(state, cluster_id, $"/clusters/{cluster_id}/downloads/credentials?file_name={file_name}");
            return Json(new JsonObject { ["url"] = url, ["expires_at"] = AssistedStore.Time(expires) });
        });

        group.MapGet("/clusters/{cluster_id}/downloads/files", (HttpContext http, string cluster_id, string? file_name) =>
        {
            if (Query(cluster_id, file_name, Files) is { } invalid)
            {
                return invalid;
            }

            byte[] bytes;
            lock (store.Gate)
            {
                if (Available(store, cluster_id, file_name!) is { } refused)
                {
                    return refused;
                }

                bytes = FileOf(store, store.Clusters.Find(cluster_id)!, file_name!);
            }

            http.Response.Headers.ContentDisposition = "attachment; filename=" + file_name;
            return Results.Bytes(bytes, "application/octet-stream", enableRangeProcessing: true);
        });

        group.MapGet("/clusters/{cluster_id}/logs", (HttpContext http, string cluster_id, string? logs_type, string? host_id) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            if (logs_type is not null && !LogTypes.Contains(logs_type))
            {
                return Validation(EnumFailCode, "logs_type in query should be one of [host controller all]");
            }

            byte[] bytes;
            lock (store.Gate)
            {
                if (Available(store, cluster_id, "logs") is { } refused)
                {
                    return refused;
                }

                bytes = Logs(store, store.Clusters.Find(cluster_id)!, logs_type ?? "all", host_id);
            }

            http.Response.Headers.ContentDisposition = $"attachment; filename=cluster_{cluster_id}_logs.tar";
            return Results.Bytes(bytes, "application/x-tar", enableRangeProcessing: true);
        });
    }

    private static IResult? Query(string clusterId, string? fileName, string[] allowed)
    {
        if (!ClusterEndpoints.IsUuid(clusterId, out var invalid))
        {
            return invalid;
        }

        if (fileName is null)
        {
            return Validation(RequiredFailCode, "file_name in query is required");
        }

        return allowed.Contains(fileName) ? null : Validation(EnumFailCode, $"file_name in query should be one of [{string.Join(" ", allowed)}]");
    }

    /// <summary>404 for an unknown cluster, 409 while the file does not exist yet; the caller holds the lock.</summary>
    private static IResult? Available(AssistedStore store, string clusterId, string fileName)
    {
        if (store.Clusters.Find(clusterId) is not { } cluster)
        {
            return From(AssistedOutcome.MissingCluster(clusterId));
        }

        if (fileName == "manifests")
        {
            return null;
        }

        var statuses = fileName == "logs" ? LogStatuses : FileStatuses;
        return statuses.Contains(cluster.Status)
            ? null
            : HandlerError(409, fileName == "logs"
                ? $"Cluster {clusterId} is in {cluster.Status} state, no logs were uploaded yet"
                : $"Cluster {clusterId} is in {cluster.Status} state, {fileName} can be downloaded only in one of [{string.Join(" ", statuses)}] states");
    }

    /// <summary>The file's bytes, derived from the cluster so that two calls answer the same.</summary>
    private static byte[] FileOf(AssistedStore store, SandboxCluster cluster, string fileName)
    {
        var content = new AssistedContent(store);
        var text = fileName switch
        {
            "install-config.yaml" => AssistedInstallConfig.Render(cluster),
            "metadata.json" => new JsonObject { ["clusterName"] = cluster.Name, ["clusterID"] = cluster.Id, ["infraID"] = cluster.Name + "-" + cluster.Id[..5] }.ToJsonString(),
            "custom_manifests.json" => new JsonArray(content.Manifests(cluster).Select(m => (JsonNode)new JsonObject
            {
                ["folder"] = m.Folder, ["file_name"] = m.FileName, ["content"] = Encoding.UTF8.GetString(m.Content),
            }).ToArray()).ToJsonString(),
            "custom_manifests.yaml" => string.Join("---\n", content.Manifests(cluster).Select(m => Encoding.UTF8.GetString(m.Content))),
            _ => Ignition(cluster, fileName[..^4]),
        };
        return Encoding.UTF8.GetBytes(text);
    }

    private static string Ignition(SandboxCluster cluster, string role) => new JsonObject
    {
        ["ignition"] = new JsonObject
        {
            ["version"] = "3.2.0",
            ["config"] = new JsonObject
            {
                ["merge"] = new JsonArray(new JsonObject { ["source"] = $"https://api-int.{cluster.Name}.{cluster.Json["base_dns_domain"]}:22623/config/{role}" }),
            },
        },
        ["storage"] = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["path"] = "/etc/assisted/role", ["contents"] = new JsonObject { ["source"] = "data:," + role } }),
        },
    }.ToJsonString();

    /// <summary>A tar of the hosts' installer logs and/or the installation controller's log.</summary>
    private static byte[] Logs(AssistedStore store, SandboxCluster cluster, string type, string? hostId)
    {
        using var buffer = new MemoryStream();
        using (var tar = new TarWriter(buffer, TarEntryFormat.Ustar, leaveOpen: true))
        {
            if (type is "host" or "all")
            {
                foreach (var host in (store.Hosts.ListByCluster(cluster.Id).Body as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                {
                    var id = host["id"]!.GetValue<string>();
                    if (hostId is null || string.Equals(id, hostId, StringComparison.OrdinalIgnoreCase))
                    {
                        var name = host["requested_hostname"]?.GetValue<string>() ?? id;
                        Add(tar, $"{name}/installer.log", $"Installing host {name} ({id}) of cluster {cluster.Name}\nWriting image to disk\nRebooting\nDone\n");
                    }
                }
            }

            if (type is "controller" or "all")
            {
                Add(tar, "controller_logs/assisted-installer-controller.log", $"Cluster {cluster.Name} ({cluster.Id}): waiting for operators\nAll operators available\n");
            }
        }

        return buffer.ToArray();
    }

    private static void Add(TarWriter tar, string name, string text)
    {
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) };
        tar.WriteEntry(entry);
    }
}
