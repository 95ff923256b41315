using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// /v2/infra-envs: register (201), list (bare array, no paging, optional cluster_id), get, update (PATCH 201),
/// deregister (204, 409 while hosts are registered) and GET …/downloads/image-url (a fresh pre-signed link).
/// </summary>
public static class InfraEnvEndpoints
{
    private static readonly string[] RequiredOnCreate = { "name", "pull_secret" };

    private static readonly string[] ImageTypes = { "full-iso", "minimal-iso", "disconnected-iso" };

    private static readonly string[] Architectures = { "x86_64", "aarch64", "arm64", "ppc64le", "s390x" };

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;

        group.MapGet("/infra-envs", (string? cluster_id) =>
        {
            if (cluster_id is not null && !ClusterEndpoints.IsUuid(cluster_id, "cluster_id", out var invalid))
            {
                return invalid!;
            }

            return Json(new JsonArray(store.InfraEnvs.List(cluster_id).Select(e => ImageServiceEndpoints.WithLink(state, e)).ToArray()));
        });

        group.MapPost("/infra-envs", async (HttpContext http) =>
        {
            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "infraenv-create-params");
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

            if ((Enum(body!, "image_type", ImageTypes) ?? Enum(body!, "cpu_architecture", Architectures)) is { } invalidEnum)
            {
                return invalidEnum;
            }

            if (body!["cluster_id"] is JsonValue cluster && !ClusterEndpoints.IsUuid(cluster.GetValue<string>(), "cluster_id", out var badCluster))
            {
                return badCluster!;
            }

            if (!AssistedClusters.IsPullSecret(body["pull_secret"]!.GetValue<string>()))
            {
                return HandlerError(400, "Failed to validate pull secret: the pull secret must be a JSON object with an \"auths\" map");
            }

            if (body["openshift_version"] is JsonValue version && VersionEndpoints.Resolve(version.GetValue<string>()) is null)
            {
                return HandlerError(400, $"Failed to find OpenShift version {version.GetValue<string>()}");
            }

            return WithLink(state, store.InfraEnvs.Register(body));
        });

        group.MapGet("/infra-envs/{infra_env_id}", (string infra_env_id) =>
            ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid) ? WithLink(state, store.InfraEnvs.Get(infra_env_id)) : invalid!);

        group.MapPatch("/infra-envs/{infra_env_id}", async (HttpContext http, string infra_env_id) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "infra-env-update-params");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("PATCH", http.Request.Path, body!);
            return Enum(body!, "image_type", ImageTypes) ?? InfraEnvFileEndpoints.CheckUpdate(body!) ?? WithLink(state, store.InfraEnvs.Update(infra_env_id, body!));
        });

        group.MapDelete("/infra-envs/{infra_env_id}", (string infra_env_id) =>
            ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid) ? From(store.InfraEnvs.Deregister(infra_env_id)) : invalid!);

        group.MapGet("/infra-envs/{infra_env_id}/downloads/image-url", (string infra_env_id) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            if (store.InfraEnvs.Find(infra_env_id) is not { } env)
            {
                return HandlerError(404, $"Failed to get infra env {infra_env_id}");
            }

            var (url, expires) = ImageServiceEndpoints.Link(state, env);
            return Json(new JsonObject { ["url"] = url, ["expires_at"] = AssistedStore.Time(expires) });
        });
    }

    /// <summary>go-openapi's 400 for a value outside a string enum; null when absent or valid.</summary>
    internal static IResult? Enum(JsonObject body, string field, string[] allowed) =>
        body[field] is JsonValue value && (value.GetValueKind() != JsonValueKind.String || !allowed.Contains(value.GetValue<string>()))
            ? Validation(EnumFailCode, $"{field} in body should be one of [{string.Join(" ", allowed)}]")
            : null;

    private static IResult WithLink(AssistedFamily state, AssistedOutcome outcome) =>
        outcome is { Ok: true, Body: { } body } ? Json(ImageServiceEndpoints.WithLink(state, body), outcome.Status) : From(outcome);
}
