using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// The discovery agent's calls, which accept only agentAuth (X-Secret-Key): POST /v2/infra-envs/{id}/hosts (201),
/// GET and POST …/hosts/{host_id}/instructions, PUT …/hosts/{host_id}/progress (200, no body).
/// </summary>
public static class AgentEndpoints
{
    private static readonly string[] Stages =
    {
        "Starting installation", "Waiting for control plane", "Waiting for bootkube", "Waiting for controller", "Installing", "Writing image to disk",
        "Copying registry data to disk", "Rebooting", "Waiting for ignition", "Configuring", "Joined", "Done", "Failed",
    };

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;
        var agentOnly = new AgentAuthMetadata(AgentAuthMode.Only);

        group.MapPost("/infra-envs/{infra_env_id}/hosts", async (HttpContext http, string infra_env_id) =>
        {
            if (!ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid))
            {
                return invalid!;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "new-host-params");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("POST", http.Request.Path, body!);
            if (body!["host_id"] is not JsonValue id || id.GetValueKind() != JsonValueKind.String)
            {
                return Validation(RequiredFailCode, "new-host-params.host_id in body is required");
            }

            if (!ClusterEndpoints.IsUuid(id.GetValue<string>(), "new-host-params.host_id", out var badId))
            {
                return badId!;
            }

            var version = Text(body, "discovery_agent_version") ?? http.Request.Headers["discovery_agent_version"].FirstOrDefault();
            return From(store.Agents.Register(infra_env_id, id.GetValue<string>(), version));
        }).WithMetadata(agentOnly);

        group.MapGet("/infra-envs/{infra_env_id}/hosts/{host_id}/instructions", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(store.Agents.NextSteps(infra_env_id, host_id))).WithMetadata(agentOnly);

        group.MapPut("/infra-envs/{infra_env_id}/hosts/{host_id}/progress", async (HttpContext http, string infra_env_id, string host_id) =>
        {
            if (Ids(infra_env_id, host_id) is { } invalid)
            {
                return invalid;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "host-progress");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("PUT", http.Request.Path, body!);
            if (body!["current_stage"] is not JsonValue stage || stage.GetValueKind() != JsonValueKind.String)
            {
                return Validation(RequiredFailCode, "host-progress.current_stage in body is required");
            }

            if (InfraEnvEndpoints.Enum(body, "current_stage", Stages) is { } badStage)
            {
                return badStage;
            }

            return From(store.Agents.UpdateProgress(infra_env_id, host_id, stage.GetValue<string>(), Text(body, "progress_info")));
        }).WithMetadata(agentOnly);
    }

    private static string? Text(JsonObject body, string field) =>
        body[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static IResult? Ids(string infraEnvId, string hostId) =>
        !ClusterEndpoints.IsUuid(infraEnvId, "infra_env_id", out var badEnv) ? badEnv
        : !ClusterEndpoints.IsUuid(hostId, "host_id", out var badHost) ? badHost
        : null;
}
