using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// /v2/clusters/{id}/install-config: GET answers the generated install-config.yaml as a JSON string; PATCH takes the
/// overrides as a JSON string whose text is a JSON object, and replaces the cluster's overrides with it (the service
/// keeps them in install_config_overrides). The module's merge happens before the PATCH, so -WhatIf can show it.
/// </summary>
internal sealed partial class AssistedClient
{
    // A pull secret line of an install-config (pullSecret: '{"auths":…}'): masked if a service version includes it.
    private static readonly Regex PullSecretLine = new(@"(?m)^(\s*pullSecret:\s*).+$", RegexOptions.CultureInvariant);

    /// <summary>GET /v2/clusters/{id}/install-config and the cluster's current overrides.</summary>
    internal async Task<AssistedInstallConfig> GetInstallConfigAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var yaml = await GetAsync<string>(ClusterPath(clusterId) + "/install-config", ClusterTarget(clusterId), cancellationToken).ConfigureAwait(false);
        var overrides = await GetInstallConfigOverridesAsync(clusterId, cancellationToken).ConfigureAwait(false);
        return new AssistedInstallConfig(clusterId, PullSecretLine.Replace(yaml, "$1'<redacted>'"), overrides?.ToJsonString());
    }

    /// <summary>The cluster's install_config_overrides as a JSON object; null when there are none.</summary>
    internal async Task<JsonObject?> GetInstallConfigOverridesAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var wire = await GetClusterContentAsync(clusterId, cancellationToken).ConfigureAwait(false);
        try
        {
            return AssistedJsonInput.Parse(wire.InstallConfigOverrides);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The PATCH /v2/clusters/{id}/install-config that sets the overrides to <paramref name="overrides"/> (sent as a JSON string).</summary>
    internal ApiRequest SetInstallConfigRequest(Guid clusterId, JsonObject overrides) =>
        Request(new HttpMethod("PATCH"), ClusterPath(clusterId) + "/install-config", JsonValue.Create(overrides.ToJsonString()));

    /// <summary>Sends <paramref name="request"/> (from <see cref="SetInstallConfigRequest"/>): 201 without a body; 400 names the field the installer refused.</summary>
    internal Task SetInstallConfigAsync(Guid clusterId, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, ClusterTarget(clusterId, Text.Format(Strings.AssistedOperationInstallConfig, clusterId), Strings.AssistedAdviceUpdate), cancellationToken);
}
