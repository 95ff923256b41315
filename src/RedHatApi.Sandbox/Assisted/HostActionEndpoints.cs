using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// Day-2 hosts: POST /v2/clusters/{id}/actions/allow-add-hosts (202), and the host actions under
/// /v2/infra-envs/{id}/hosts/{host_id}: actions/install (202), actions/reset, actions/bind,
/// actions/unbind (200), actions/reset-validation/{validation_id} (PATCH 200), installer-args (PATCH 201) and
/// ignition (GET 200, PATCH 201 without a body).
/// </summary>
public static class HostActionEndpoints
{
    private const string Host = "/infra-envs/{infra_env_id}/hosts/{host_id}";

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var hosts = state.Assisted.Hosts;

        // The day-2 switch: hosts can be added (and installed one by one) only to a cluster in adding-hosts.
        group.MapPost("/clusters/{cluster_id}/actions/allow-add-hosts", (string cluster_id) =>
            ClusterEndpoints.IsUuid(cluster_id, out var invalid) ? From(hosts.AllowAddHosts(cluster_id)) : invalid!);

        group.MapPost(Host + "/actions/install", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(hosts.Install(infra_env_id, host_id)));

        group.MapPost(Host + "/actions/reset", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(hosts.Reset(infra_env_id, host_id)));

        group.MapPost(Host + "/actions/unbind", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(hosts.Unbind(infra_env_id, host_id)));

        group.MapPost(Host + "/actions/bind", async (HttpContext http, string infra_env_id, string host_id) =>
        {
            if (Ids(infra_env_id, host_id) is { } invalid)
            {
                return invalid;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "bind-host-params");
            if (error is not null)
            {
                return error;
            }

            state.Assisted.Bodies.Record("POST", http.Request.Path, body!);
            if (body!["cluster_id"] is not JsonValue cluster || cluster.GetValueKind() != JsonValueKind.String)
            {
                return Validation(RequiredFailCode, "bind-host-params.cluster_id in body is required");
            }

            return ClusterEndpoints.IsUuid(cluster.GetValue<string>(), "cluster_id", out var badCluster)
                ? From(hosts.Bind(infra_env_id, host_id, cluster.GetValue<string>()))
                : badCluster!;
        });

        group.MapPatch(Host + "/actions/reset-validation/{validation_id}", (string infra_env_id, string host_id, string validation_id) =>
            Ids(infra_env_id, host_id) ?? From(hosts.ResetValidation(infra_env_id, host_id, validation_id)));

        group.MapPatch(Host + "/installer-args", async (HttpContext http, string infra_env_id, string host_id) =>
        {
            if (Ids(infra_env_id, host_id) is { } invalid)
            {
                return invalid;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "installer-args-params");
            if (error is not null)
            {
                return error;
            }

            state.Assisted.Bodies.Record("PATCH", http.Request.Path, body!);
            if (body!["args"] is not JsonArray args || args.Any(a => a is not JsonValue v || v.GetValueKind() != JsonValueKind.String))
            {
                return Validation(InvalidTypeCode, "args in body must be of type array of strings");
            }

            return From(hosts.SetInstallerArgs(infra_env_id, host_id, args));
        });

        group.MapGet(Host + "/ignition", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(hosts.GetIgnition(infra_env_id, host_id)));

        group.MapPatch(Host + "/ignition", async (HttpContext http, string infra_env_id, string host_id) =>
        {
            if (Ids(infra_env_id, host_id) is { } invalid)
            {
                return invalid;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "host-ignition-params");
            if (error is not null)
            {
                return error;
            }

            state.Assisted.Bodies.Record("PATCH", http.Request.Path, body!);
            var config = body!["config"] is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : null;
            return IgnitionProblem(config) is { } problem
                ? HandlerError(400, problem)
                : From(hosts.SetIgnition(infra_env_id, host_id, config!));
        });
    }

    /// <summary>The service parses an ignition override and wants ignition.version; the reason for a 400, or null.</summary>
    internal static string? IgnitionProblem(string? config)
    {
        if (string.IsNullOrEmpty(config))
        {
            return "config in body is required and must be an ignition config";
        }

        try
        {
            return JsonNode.Parse(config) is JsonObject ignition && ignition["ignition"]?["version"] is JsonValue
                ? null
                : "invalid ignition config: ignition.version is required";
        }
        catch (JsonException e)
        {
            return "invalid ignition config: " + e.Message;
        }
    }

    private static IResult? Ids(string infraEnvId, string hostId) =>
        !ClusterEndpoints.IsUuid(infraEnvId, "infra_env_id", out var badEnv) ? badEnv
        : !ClusterEndpoints.IsUuid(hostId, "host_id", out var badHost) ? badHost
        : null;
}
