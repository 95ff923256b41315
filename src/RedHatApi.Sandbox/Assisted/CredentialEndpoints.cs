using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// GET /v2/clusters/{id}/credentials (kubeadmin and the console URL as JSON) and GET
/// /v2/clusters/{id}/downloads/credentials?file_name=kubeconfig|kubeconfig-noingress|kubeadmin-password (the file as
/// application/octet-stream); both 409 until the installation has produced them.
/// </summary>
public static class CredentialEndpoints
{
    private static readonly string[] FileNames = { "kubeadmin-password", "kubeconfig", "kubeconfig-noingress" };

    public static void Map(RouteGroupBuilder group, AssistedFamily state)
    {
        var store = state.Assisted;

        group.MapGet("/clusters/{cluster_id}/credentials", (string cluster_id) =>
            ClusterEndpoints.IsUuid(cluster_id, out var invalid) ? From(store.Credentials.Get(cluster_id)) : invalid!);

        group.MapGet("/clusters/{cluster_id}/downloads/credentials", (HttpContext http, string cluster_id, string? file_name) =>
        {
            if (!ClusterEndpoints.IsUuid(cluster_id, out var invalid))
            {
                return invalid!;
            }

            if (file_name is null)
            {
                return Validation(RequiredFailCode, "file_name in query is required");
            }

            if (System.Array.IndexOf(FileNames, file_name) < 0)
            {
                return Validation(EnumFailCode, $"file_name in query should be one of [{string.Join(" ", FileNames)}]");
            }

            var (status, file, reason) = store.Credentials.File(cluster_id, file_name);
            if (file is null)
            {
                return HandlerError(status, reason ?? string.Empty);
            }

            http.Response.Headers.ContentDisposition = "attachment; filename=" + file_name;
            return Results.Bytes(file, "application/octet-stream");
        });
    }
}
