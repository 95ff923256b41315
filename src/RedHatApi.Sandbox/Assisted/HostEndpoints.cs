using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// Hosts: GET /v2/clusters/{id}/hosts and /v2/infra-envs/{id}/hosts (bare arrays, no paging), GET, PATCH (201) and
/// DELETE (204) of /v2/infra-envs/{id}/hosts/{host_id}.
/// </summary>
public static class HostEndpoints
{
    private static readonly string[] Roles = { "auto-assign", "master", "arbiter", "worker" };

    // RFC 1123 labels, as the service's hostname validation requires; "localhost" is refused separately.
    private static readonly Regex Hostname = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$", RegexOptions.CultureInvariant);

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;

        group.MapGet("/clusters/{cluster_id}/hosts", (string cluster_id) =>
            ClusterEndpoints.IsUuid(cluster_id, out var invalid) ? From(store.Hosts.ListByCluster(cluster_id)) : invalid!);

        group.MapGet("/infra-envs/{infra_env_id}/hosts", (string infra_env_id) =>
            ClusterEndpoints.IsUuid(infra_env_id, "infra_env_id", out var invalid) ? From(store.Hosts.ListByInfraEnv(infra_env_id)) : invalid!);

        group.MapGet("/infra-envs/{infra_env_id}/hosts/{host_id}", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(store.Hosts.Get(infra_env_id, host_id)));

        group.MapPatch("/infra-envs/{infra_env_id}/hosts/{host_id}", async (HttpContext http, string infra_env_id, string host_id) =>
        {
            if (Ids(infra_env_id, host_id) is { } invalid)
            {
                return invalid;
            }

            var (body, error) = await ClusterEndpoints.ReadBodyAsync(http, "host-update-params");
            if (error is not null)
            {
                return error;
            }

            store.Bodies.Record("PATCH", http.Request.Path, body!);
            if (InfraEnvEndpoints.Enum(body!, "host_role", Roles) is { } badRole)
            {
                return badRole;
            }

            if (body!["host_name"] is JsonValue name &&
                (name.GetValueKind() != JsonValueKind.String || name.GetValue<string>() is var text && (!Hostname.IsMatch(text) || text.Length > 253 || text == "localhost")))
            {
                return HandlerError(400, $"Hostname {name} is invalid: a hostname must be a lower-case RFC 1123 name other than localhost");
            }

            return From(store.Hosts.Update(infra_env_id, host_id, body));
        });

        group.MapDelete("/infra-envs/{infra_env_id}/hosts/{host_id}", (string infra_env_id, string host_id) =>
            Ids(infra_env_id, host_id) ?? From(store.Hosts.Deregister(infra_env_id, host_id)));
    }

    private static IResult? Ids(string infraEnvId, string hostId) =>
        !ClusterEndpoints.IsUuid(infraEnvId, "infra_env_id", out var badEnv) ? badEnv
        : !ClusterEndpoints.IsUuid(hostId, "host_id", out var badHost) ? badHost
        : null;
}
