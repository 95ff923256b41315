using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// authorization.k8s.io/v1 SelfSubjectAccessReview, what kubectl auth can-i asks: may I do verb on resource in
/// namespace? Answered by the same RBAC check every route makes, so "yes" here means the request would pass.
/// Non-resource URLs (can-i get /healthz) are allowed to cluster admins only.
/// </summary>
public static class AccessReviewEndpoints
{
    public const string Group = "authorization.k8s.io";

    private const string Prefix = "/apis/" + Group + "/v1";

    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet(Prefix, () => Json(new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = Group + "/v1",
            ["resources"] = new JsonArray(ClusterEndpoints.Resource("selfsubjectaccessreviews", "SelfSubjectAccessReview", false, "create")),
        }));
        group.MapPost(Prefix + "/selfsubjectaccessreviews", async (HttpContext http) =>
        {
            JsonObject? body;
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
            }
            catch (JsonException)
            {
                body = null;
            }

            var spec = body?["spec"] as JsonObject;
            if (spec is null)
            {
                return BadRequest("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf");
            }

            var who = ClusterEndpoints.Who(http)!;
            bool allowed;
            if (spec["resourceAttributes"] is JsonObject attributes)
            {
                var verb = attributes["verb"]?.GetValue<string>() ?? string.Empty;
                var resource = attributes["resource"]?.GetValue<string>() ?? string.Empty;
                if (attributes["subresource"]?.GetValue<string>() is { Length: > 0 } subresource)
                {
                    resource += "/" + subresource;
                }

                var ns = attributes["namespace"]?.GetValue<string>() is { Length: > 0 } given ? given : null;
                allowed = store.Rbac.Allows(who, verb, resource, ns);
            }
            else
            {
                allowed = who.IsAdmin;
            }

            var status = new JsonObject { ["allowed"] = allowed };
            if (allowed)
            {
                status["reason"] = who.IsAdmin ? "RBAC: allowed by ClusterRoleBinding for the cluster admins" : "RBAC: allowed by a role binding";
            }

            return Json(new JsonObject
            {
                ["kind"] = "SelfSubjectAccessReview",
                ["apiVersion"] = Group + "/v1",
                ["metadata"] = new JsonObject { ["creationTimestamp"] = null },
                ["spec"] = spec.DeepClone(),
                ["status"] = status,
            }, StatusCodes.Status201Created);
        });
    }
}
