using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Text.Json.Nodes;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// config.openshift.io/v1 images/cluster: where the integrated image registry can be reached. Its
/// status.externalRegistryHostnames lists the registry's default route when that is turned on (what
/// <c>oc registry info --public</c> and <c>oc registry login</c> read); internalRegistryHostname is the service.
/// </summary>
public static class ImageConfigEndpoints
{
    /// <summary>The host of the image registry's default route (default-route-openshift-image-registry.apps.&lt;cluster&gt;).</summary>
    public const string ExternalRegistryHost = "default-route-openshift-image-registry.apps.sandbox.example.com";

    public const string InternalRegistryHost = "image-registry.openshift-image-registry.svc:5000";

    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet("/apis/config.openshift.io/v1/images/{name}", (string name) =>
        {
            if (store.Options.Flavor != ClusterFlavor.OpenShift)
            {
                return NoSuchResource();
            }

            if (name != "cluster")
            {
                return NotFound("images", name, "config.openshift.io");
            }

            var external = new JsonArray();
            if (store.Options.RegistryDefaultRoute)
            {
                external.Add(ExternalRegistryHost);
            }

            return Json(new JsonObject
            {
                ["apiVersion"] = "config.openshift.io/v1",
                ["kind"] = "Image",
                ["metadata"] = new JsonObject { ["name"] = "cluster", ["resourceVersion"] = "1042", ["creationTimestamp"] = "2024-03-01T09:00:00Z" },
                ["spec"] = new JsonObject(),
                ["status"] = new JsonObject
                {
                    ["externalRegistryHostnames"] = external,
                    ["internalRegistryHostname"] = InternalRegistryHost,
                },
            });
        });
    }
}
