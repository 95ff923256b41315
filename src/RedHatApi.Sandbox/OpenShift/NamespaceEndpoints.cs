using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// GET /api/v1/namespaces (a cluster-scoped list with limit/continue, as discovery advertises: kubectl get ns and the
/// module's namespace completer) and GET /api/v1/namespaces/{name}. Read-only. Listing needs a cluster-wide grant:
/// cluster-admin may, a namespace admin or an ordinary user gets RBAC's 403, as on a real cluster.
/// </summary>
public static class NamespaceEndpoints
{
    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet("/api/v1/namespaces", (HttpContext http) =>
            ClusterEndpoints.Authorize(http, "list", "namespaces", string.Empty, null)
            ?? KubeListing.Page("NamespaceList", store.Namespaces.List(), http.Request, store));
        group.MapGet("/api/v1/namespaces/{name}", (HttpContext http, string name) =>
            ClusterEndpoints.Authorize(http, "get", "namespaces", string.Empty, null, name)
            ?? (store.Namespaces.Get(name) is { } ns ? Json(ns) : NotFound("namespaces", name)));
    }
}
