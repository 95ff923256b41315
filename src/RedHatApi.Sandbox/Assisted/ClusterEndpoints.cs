using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>/v2/clusters: register (201), list (bare array, no paging), get, update (PATCH 201), deregister (204),
/// and the install / cancel / reset actions (202), with 409 whenever the cluster's state forbids the call.</summary>
public static class ClusterEndpoints
{
    private static readonly string[] RequiredOnCreate = { "name", "openshift_version", "pull_secret" };

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;

        // owner: the clusters of one user (user_name), as the service filters for organization administrators.
        group.MapGet("/clusters", (string? openshift_cluster_id, bool? with_hosts, string? owner) =>
            Json(new JsonArray(store.Clusters.List(openshift_cluster_id, with_hosts ?? false)
                .Where(c => owner is null || c["user_name"]?.GetValue<string>() == owner)
                .Select(c => (JsonNode)c).ToArray())));

        group.MapPost("/clusters", async (HttpContext http) =>
        {
            var (body, error) = await ReadBodyAsync(http, "new-cluster-params");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("POST", http.Request.Path, body!);
            foreach (var required in RequiredOnCreate)
            {
                if (body![required] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
                {
                    return Validation(RequiredFailCode, required + " in body is required");
                }
            }

            var name = body!["name"]!.GetValue<string>();
            if (name.Length < 1 || name.Length > 54)
            {
                return Validation(603, "name in body should be at most 54 chars long");
            }

            if (!AssistedClusters.IsPullSecret(body["pull_secret"]!.GetValue<string>()))
            {
                return HandlerError(400, "Failed to validate pull secret: the pull secret must be a JSON object with an \"auths\" map");
            }

            var requested = body["openshift_version"]!.GetValue<string>();
            if (VersionEndpoints.Resolve(requested) is not { } version)
            {
                var arch = body["cpu_architecture"]?.GetValue<string>() ?? "x86_64";
                return HandlerError(400, $"Openshift version {requested} for CPU architecture {arch} is not supported");
            }

            return From(store.Clusters.Register(body, name, version));
        });

        group.MapGet("/clusters/{cluster_id}", (string cluster_id) =>
            IsUuid(cluster_id, out var invalid) ? From(store.Clusters.Get(cluster_id)) : invalid!);

        group.MapPatch("/clusters/{cluster_id}", async (HttpContext http, string cluster_id) =>
        {
            if (!IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            var (body, error) = await ReadBodyAsync(http, "cluster-update-params");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("PATCH", http.Request.Path, body!);
            if (body!["pull_secret"] is JsonValue secret && !AssistedClusters.IsPullSecret(secret.GetValue<string>()))
            {
                return HandlerError(400, "Failed to validate pull secret: the pull secret must be a JSON object with an \"auths\" map");
            }

            return From(store.Clusters.Update(cluster_id, body));
        });

        group.MapDelete("/clusters/{cluster_id}", (string cluster_id) =>
            IsUuid(cluster_id, out var invalid) ? From(store.Clusters.Deregister(cluster_id)) : invalid!);

        MapAction(group, "install", store.Installs.Install);
        MapAction(group, "cancel", store.Installs.Cancel);
        MapAction(group, "reset", store.Installs.Reset);
    }

    /// <summary>Accepts only a UUID where the spec says format uuid, with go-openapi's 400 otherwise.</summary>
    internal static bool IsUuid(string value, out IResult? invalid) => IsUuid(value, "cluster_id", out invalid);

    /// <summary>The same check for a path parameter of another name (infra_env_id, host_id).</summary>
    internal static bool IsUuid(string value, string parameter, out IResult? invalid)
    {
        invalid = Guid.TryParse(value, out _) ? null : Validation(InvalidTypeCode, $"{parameter} in path must be of type uuid: \"{value}\"");
        return invalid is null;
    }

    private static void MapAction(RouteGroupBuilder group, string action, Func<string, AssistedOutcome> run) =>
        group.MapPost("/clusters/{cluster_id}/actions/" + action, (string cluster_id) =>
            IsUuid(cluster_id, out var invalid) ? From(run(cluster_id)) : invalid!);

    internal static async Task<(JsonObject? Body, IResult? Error)> ReadBodyAsync(HttpContext http, string parameter)
    {
        try
        {
            var node = await JsonNode.ParseAsync(http.Request.Body);
            return node is JsonObject body ? (body, null) : (null, Validation(RequiredFailCode, parameter + " in body is required"));
        }
        catch (JsonException ex)
        {
            return (null, Validation(AssistedResults.InvalidTypeCode, "parsing " + parameter + " body from \"\" failed, because " + ex.Message));
        }
    }
}
