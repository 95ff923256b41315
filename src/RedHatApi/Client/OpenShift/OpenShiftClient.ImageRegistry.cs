using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;

namespace RedHatApi.Client.OpenShift;

/// <summary>Where the cluster's integrated image registry is reachable from outside (what <c>oc registry info --public</c> reads).</summary>
internal sealed partial class OpenShiftClient
{
    internal const string ImageConfigPath = "apis/config.openshift.io/v1/images/cluster";

    /// <summary>
    /// The first of images.config.openshift.io/cluster status.externalRegistryHostnames (the registry's default
    /// route, or hosts the admin added); null when there is none, or on plain Kubernetes (no config.openshift.io).
    /// </summary>
    internal async Task<string?> GetExternalRegistryHostAsync(CancellationToken cancellationToken)
    {
        JsonObject config;
        try
        {
            config = await SendAsync<JsonObject>(HttpMethod.Get, ImageConfigPath, null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (IsNotFound(ex))
        {
            return null;
        }

        return config["status"]?["externalRegistryHostnames"] is JsonArray hosts && hosts.Count > 0 && hosts[0] is JsonValue first
            && first.TryGetValue<string>(out var host) && host.Length > 0
            ? host
            : null;
    }

    /// <summary>
    /// A .dockerconfigjson for one registry: {"auths":{"&lt;registry&gt;":{"auth":"base64(user:password)"}}}, what
    /// docker, podman and kubernetes.io/dockerconfigjson secrets read. It holds the password: write it only where asked.
    /// </summary>
    internal static string DockerConfigJson(string registry, string userName, string password)
    {
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password));
        return new JsonObject { ["auths"] = new JsonObject { [registry] = new JsonObject { ["auth"] = auth } } }.ToJsonString();
    }
}
