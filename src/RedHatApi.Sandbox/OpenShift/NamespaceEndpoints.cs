using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>GET /api/v1/namespaces and /api/v1/namespaces/{name}, as discovery advertises them (kubectl get ns). Read-only.</summary>
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
