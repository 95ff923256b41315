using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// rbac.authorization.k8s.io/v1 RoleBindings and ClusterRoleBindings: list (limit/continue), get, create (201, 409
/// AlreadyExists), replace (PUT; roleRef is immutable, 422; a stale resourceVersion is 409 Conflict) and delete.
/// Writing bindings takes admin in the namespace (or cluster-admin); the authorizer honours what is stored.
/// </summary>
public static class RbacEndpoints
{
    private const string Prefix = "/apis/" + RbacStore.RbacGroup + "/v1";

    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet(Prefix, () => Json(new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = RbacStore.RbacGroup + "/v1",
            ["resources"] = new JsonArray(
                ClusterEndpoints.Resource("clusterrolebindings", "ClusterRoleBinding", false, "create", "delete", "get", "list", "update"),
                ClusterEndpoints.Resource("rolebindings", "RoleBinding", true, "create", "delete", "get", "list", "update")),
        }));

        group.MapGet(Prefix + "/rolebindings", (HttpContext http) =>
            ClusterEndpoints.Authorize(http, "list", "rolebindings", RbacStore.RbacGroup, null)
            ?? KubeListing.Page("RoleBindingList", store.Rbac.List(null, false), http.Request, store, RbacStore.RbacGroup + "/v1"));
        group.MapGet(Prefix + "/namespaces/{ns}/rolebindings", (HttpContext http, string ns) =>
            ClusterEndpoints.Authorize(http, "list", "rolebindings", RbacStore.RbacGroup, ns)
            ?? KubeListing.Page("RoleBindingList", store.Rbac.List(ns, false), http.Request, store, RbacStore.RbacGroup + "/v1"));
        group.MapGet(Prefix + "/clusterrolebindings", (HttpContext http) =>
            ClusterEndpoints.Authorize(http, "list", "clusterrolebindings", RbacStore.RbacGroup, null)
            ?? KubeListing.Page("ClusterRoleBindingList", store.Rbac.List(null, true), http.Request, store, RbacStore.RbacGroup + "/v1"));

        group.MapGet(Prefix + "/namespaces/{ns}/rolebindings/{name}", (HttpContext http, string ns, string name) => Get(http, store, ns, name));
        group.MapGet(Prefix + "/clusterrolebindings/{name}", (HttpContext http, string name) => Get(http, store, null, name));
        group.MapPost(Prefix + "/namespaces/{ns}/rolebindings", async (HttpContext http, string ns) => await WriteAsync(http, store, ns, null));
        // Typed as Func<…, Task<IResult>>: a bare (HttpContext) => Task lambda would bind as a RequestDelegate and drop the result.
        group.MapPost(Prefix + "/clusterrolebindings", (Func<HttpContext, Task<IResult>>)(http => WriteAsync(http, store, null, null)));
        group.MapPut(Prefix + "/namespaces/{ns}/rolebindings/{name}", async (HttpContext http, string ns, string name) => await WriteAsync(http, store, ns, name));
        group.MapPut(Prefix + "/clusterrolebindings/{name}", async (HttpContext http, string name) => await WriteAsync(http, store, null, name));
        group.MapDelete(Prefix + "/namespaces/{ns}/rolebindings/{name}", (HttpContext http, string ns, string name) => Delete(http, store, ns, name));
        group.MapDelete(Prefix + "/clusterrolebindings/{name}", (HttpContext http, string name) => Delete(http, store, null, name));
    }

    private static string Resource(string? ns) => ns is null ? "clusterrolebindings" : "rolebindings";

    private static IResult Get(HttpContext http, ClusterStore store, string? ns, string name) =>
        ClusterEndpoints.Authorize(http, "get", Resource(ns), RbacStore.RbacGroup, ns, name)
        ?? (store.Rbac.Get(ns, name) is { } binding ? Json(binding) : NotFound(Resource(ns), name, RbacStore.RbacGroup));

    private static IResult Delete(HttpContext http, ClusterStore store, string? ns, string name) =>
        ClusterEndpoints.Authorize(http, "delete", Resource(ns), RbacStore.RbacGroup, ns, name)
        ?? (store.Rbac.Delete(ns, name) is { } binding ? Json(binding) : NotFound(Resource(ns), name, RbacStore.RbacGroup));

    /// <summary>POST (<paramref name="urlName"/> null) or PUT: validation as the API server does it, then the store.</summary>
    private static async Task<IResult> WriteAsync(HttpContext http, ClusterStore store, string? ns, string? urlName)
    {
        var kind = ns is null ? "ClusterRoleBinding" : "RoleBinding";
        if (ClusterEndpoints.Authorize(http, urlName is null ? "create" : "update", Resource(ns), RbacStore.RbacGroup, ns, urlName) is { } denied)
        {
            return denied;
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || body["kind"]?.GetValue<string>() is { } bodyKind && bodyKind != kind)
        {
            return BadRequest("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf");
        }

        var metadata = body["metadata"] as JsonObject;
        var name = metadata?["name"]?.GetValue<string>() ?? string.Empty;
        if (urlName is not null && name != urlName)
        {
            return BadRequest("the name of the object (" + name + ") does not match the name on the URL (" + urlName + ")");
        }

        if (name.Length == 0)
        {
            return Invalid(kind, RbacStore.RbacGroup, name, "metadata.name", "Required value: name or generateName is required");
        }

        var roleRef = body["roleRef"] as JsonObject;
        var roleKind = roleRef?["kind"]?.GetValue<string>() ?? string.Empty;
        var roleName = roleRef?["name"]?.GetValue<string>() ?? string.Empty;
        if (roleName.Length == 0)
        {
            return Invalid(kind, RbacStore.RbacGroup, name, "roleRef.name", "Required value");
        }

        if (roleKind != "ClusterRole" && (ns is null || roleKind != "Role"))
        {
            var supported = ns is null ? "\"ClusterRole\"" : "\"ClusterRole\", \"Role\"";
            return Invalid(kind, RbacStore.RbacGroup, name, "roleRef.kind", $"Unsupported value: \"{roleKind}\": supported values: {supported}");
        }

        var subjects = new List<RbacStore.BindingSubject>();
        var index = 0;
        foreach (var node in body["subjects"] as JsonArray ?? new JsonArray())
        {
            var subjectKind = node?["kind"]?.GetValue<string>() ?? string.Empty;
            var subjectName = node?["name"]?.GetValue<string>() ?? string.Empty;
            var subjectNamespace = node?["namespace"]?.GetValue<string>();
            if (subjectKind is not ("User" or "Group" or "ServiceAccount"))
            {
                return Invalid(kind, RbacStore.RbacGroup, name, $"subjects[{index}].kind", $"Unsupported value: \"{subjectKind}\": supported values: \"ServiceAccount\", \"User\", \"Group\"");
            }

            if (subjectName.Length == 0)
            {
                return Invalid(kind, RbacStore.RbacGroup, name, $"subjects[{index}].name", "Required value");
            }

            if (subjectKind == "ServiceAccount" && string.IsNullOrEmpty(subjectNamespace) && ns is null)
            {
                return Invalid(kind, RbacStore.RbacGroup, name, $"subjects[{index}].namespace", "Required value");
            }

            subjects.Add(new RbacStore.BindingSubject(subjectKind, subjectName, subjectKind == "ServiceAccount" ? subjectNamespace ?? ns : null));
            index++;
        }

        if (urlName is null)
        {
            return store.Rbac.Create(ns, name, roleKind, roleName, subjects) is { } created
                ? Json(created, StatusCodes.Status201Created)
                : AlreadyExists(Resource(ns), name, RbacStore.RbacGroup);
        }

        var (outcome, replaced) = store.Rbac.Replace(ns, name, metadata?["resourceVersion"]?.GetValue<string>(), roleKind, roleName, subjects);
        return outcome switch
        {
            "NotFound" => NotFound(Resource(ns), name, RbacStore.RbacGroup),
            "RoleRefChanged" => Invalid(kind, RbacStore.RbacGroup, name, "roleRef",
                $"Invalid value: rbac.RoleRef{{APIGroup:\"{RbacStore.RbacGroup}\", Kind:\"{roleKind}\", Name:\"{roleName}\"}}: cannot change roleRef"),
            "Conflict" => Status(409, "Conflict",
                $"Operation cannot be fulfilled on {Resource(ns)}.{RbacStore.RbacGroup} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
                new JsonObject { ["name"] = name, ["group"] = RbacStore.RbacGroup, ["kind"] = Resource(ns) }),
            _ => Json(replaced!),
        };
    }
}
