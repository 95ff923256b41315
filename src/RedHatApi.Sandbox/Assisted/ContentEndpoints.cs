using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// A cluster's content: custom manifests (/manifests, /manifests/files), install-config (GET, PATCH of the
/// overrides), ignored validations and preflight requirements, with go-openapi's checks of folder, file name and
/// body before the handler runs.
/// </summary>
public static class ContentEndpoints
{
    /// <summary>go-openapi's PatternFailCode.</summary>
    private const int PatternFailCode = 605;

    private static readonly string[] Folders = { "manifests", "openshift" };

    private static readonly Regex FileNamePattern = new(@"^[^\/]*\.(json|ya?ml(\.patch_?[a-zA-Z0-9_]*)?)$", RegexOptions.CultureInvariant);

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;
        var content = new AssistedContent(store);

        group.MapGet("/clusters/{cluster_id}/manifests", (string cluster_id, bool? include_system_generated) =>
            ClusterEndpoints.IsUuid(cluster_id, out var invalid) ? From(content.ListManifests(cluster_id, include_system_generated ?? false)) : invalid!);

        group.MapPost("/clusters/{cluster_id}/manifests", async (HttpContext http, string cluster_id) =>
        {
            var (body, error) = await Body(http, cluster_id, "CreateManifestParams");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("POST", http.Request.Path, body!);
            var folder = body!["folder"]?.GetValue<string>() ?? "manifests";
            if (Check(folder, body["file_name"]?.GetValue<string>(), "file_name") is { } bad)
            {
                return bad;
            }

            if (body["content"]?.GetValue<string>() is not { } encoded)
            {
                return Validation(RequiredFailCode, "content in body is required");
            }

            return Decode(encoded) is { } bytes
                ? From(content.AddManifest(cluster_id, folder, body["file_name"]!.GetValue<string>(), bytes))
                : HandlerError(400, "failed to base64-decode cluster manifest content");
        });

        group.MapPatch("/clusters/{cluster_id}/manifests", async (HttpContext http, string cluster_id) =>
        {
            var (body, error) = await Body(http, cluster_id, "UpdateManifestParams");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("PATCH", http.Request.Path, body!);
            if (body!["folder"]?.GetValue<string>() is not { } folder)
            {
                return Validation(RequiredFailCode, "folder in body is required");
            }

            var newFolder = body["updated_folder"]?.GetValue<string>();
            var newName = body["updated_file_name"]?.GetValue<string>();
            var bad = Check(folder, body["file_name"]?.GetValue<string>(), "file_name")
                ?? (newFolder is not null || newName is not null ? Check(newFolder ?? folder, newName ?? "x.yaml", "updated_file_name") : null);
            if (bad is not null)
            {
                return bad;
            }

            byte[]? bytes = null;
            if (body["updated_content"]?.GetValue<string>() is { } encoded && (bytes = Decode(encoded)) is null)
            {
                return HandlerError(400, "failed to base64-decode cluster manifest content");
            }

            return From(content.UpdateManifest(cluster_id, folder, body["file_name"]!.GetValue<string>(), newFolder, newName, bytes));
        });

        group.MapDelete("/clusters/{cluster_id}/manifests", (string cluster_id, string? folder, string? file_name) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            return Check(folder ?? "manifests", file_name, "file_name", "query") ?? From(content.RemoveManifest(cluster_id, folder ?? "manifests", file_name!));
        });

        group.MapGet("/clusters/{cluster_id}/manifests/files", (HttpContext http, string cluster_id, string? folder, string? file_name) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            if (file_name is null)
            {
                return Validation(RequiredFailCode, "file_name in query is required");
            }

            var (status, file, reason) = content.ManifestFile(cluster_id, folder ?? "manifests", file_name);
            if (file is null)
            {
                return HandlerError(status, reason ?? string.Empty);
            }

            http.Response.Headers.ContentDisposition = "attachment; filename=" + file_name;
            return Results.Bytes(file, "application/octet-stream");
        });

        group.MapGet("/clusters/{cluster_id}/install-config", (string cluster_id) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            lock (store.Gate)
            {
                return store.Clusters.Find(cluster_id) is { } cluster
                    ? Json(JsonValue.Create(AssistedInstallConfig.Render(cluster)))
                    : From(AssistedOutcome.MissingCluster(cluster_id));
            }
        });

        group.MapPatch("/clusters/{cluster_id}/install-config", async (HttpContext http, string cluster_id) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            // The body is a JSON string whose text is the overrides object.
            JsonNode? node;
            try
            {
                node = await JsonNode.ParseAsync(http.Request.Body);
            }
            catch (JsonException ex)
            {
                return Validation(InvalidTypeCode, "parsing install-config-params body from \"\" failed, because " + ex.Message);
            }

            if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                return Validation(InvalidTypeCode, "install-config-params in body must be of type string");
            }

            store.Bodies.Record("PATCH", http.Request.Path, new JsonObject { ["install-config-params"] = value.GetValue<string>() });
            return From(content.SetInstallConfigOverrides(cluster_id, value.GetValue<string>()));
        });

        group.MapGet("/clusters/{cluster_id}/ignored-validations", (string cluster_id) =>
            ClusterEndpoints.IsUuid(cluster_id, out var invalid) ? From(content.GetIgnoredValidations(cluster_id)) : invalid!);

        group.MapPut("/clusters/{cluster_id}/ignored-validations", async (HttpContext http, string cluster_id) =>
        {
            var (body, error) = await Body(http, cluster_id, "ignored_validations");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("PUT", http.Request.Path, body!);
            return From(content.SetIgnoredValidations(cluster_id, body!["cluster-validation-ids"]?.GetValue<string>(), body["host-validation-ids"]?.GetValue<string>()));
        });

        group.MapGet("/clusters/{cluster_id}/preflight-requirements", (string cluster_id) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            lock (store.Gate)
            {
                return store.Clusters.Find(cluster_id) is { } cluster ? Json(AssistedPreflight.For(cluster)) : From(AssistedOutcome.MissingCluster(cluster_id));
            }
        });
    }

    private static async System.Threading.Tasks.Task<(JsonObject? Body, IResult? Error)> Body(HttpContext http, string clusterId, string parameter) =>
        ClusterEndpoints.IsUuid(clusterId, out var invalid) ? await ClusterEndpoints.ReadBodyAsync(http, parameter) : (null, invalid);

    /// <summary>go-openapi's checks of a folder and file name (body or query); null when both are valid.</summary>
    private static IResult? Check(string folder, string? fileName, string field, string where = "body")
    {
        if (!Folders.Contains(folder))
        {
            return Validation(EnumFailCode, $"folder in {where} should be one of [manifests openshift]");
        }

        if (fileName is null)
        {
            return Validation(RequiredFailCode, $"{field} in {where} is required");
        }

        return FileNamePattern.IsMatch(fileName) ? null : Validation(PatternFailCode, $"{field} in {where} should match '{FileNamePattern}'");
    }

    private static byte[]? Decode(string encoded)
    {
        try
        {
            return Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
