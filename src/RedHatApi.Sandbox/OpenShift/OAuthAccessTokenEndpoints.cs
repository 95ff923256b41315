using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// oauth.openshift.io/v1, which /apis advertises on OpenShift: its discovery document (kubectl api-resources and
/// every kubectl discovery fail on a group that is listed but answers 404) and oauthaccesstokens, the tokens of
/// password logins: list, get, delete (oc delete oauthaccesstokens &lt;name&gt; logs that session out). Cluster
/// admins only, as on a real cluster; object names are hashes, never the tokens.
/// </summary>
public static class OAuthAccessTokenEndpoints
{
    public const string Group = "oauth.openshift.io";

    private const string Prefix = "/apis/" + Group + "/v1";

    private const string Resource = "oauthaccesstokens";

    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet(Prefix, () => store.Options.Flavor != ClusterFlavor.OpenShift ? NoSuchResource() : Json(new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = Group + "/v1",
            ["resources"] = new JsonArray(ClusterEndpoints.Resource(Resource, "OAuthAccessToken", false, "delete", "get", "list")),
        }));
        group.MapGet(Prefix + "/" + Resource, (HttpContext http) =>
            Unserved(store)
            ?? ClusterEndpoints.Authorize(http, "list", Resource, Group, null)
            ?? KubeListing.Page("OAuthAccessTokenList", store.OAuth.List(), http.Request, store, Group + "/v1"));
        group.MapGet(Prefix + "/" + Resource + "/{name}", (HttpContext http, string name) =>
            Unserved(store)
            ?? ClusterEndpoints.Authorize(http, "get", Resource, Group, null, name)
            ?? (store.OAuth.Get(name) is { } token ? Json(token) : NotFound(Resource, name, Group)));
        group.MapDelete(Prefix + "/" + Resource + "/{name}", (HttpContext http, string name) =>
            Unserved(store)
            ?? ClusterEndpoints.Authorize(http, "delete", Resource, Group, null, name)
            ?? (store.OAuth.Delete(name) is { } deleted ? Json(deleted) : NotFound(Resource, name, Group)));
    }

    /// <summary>Plain Kubernetes has no OpenShift groups.</summary>
    private static IResult? Unserved(ClusterStore store) => store.Options.Flavor == ClusterFlavor.OpenShift ? null : NoSuchResource();
}
