using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>/v2/clusters and its actions. The list is a bare array with no paging (do not invent any).</summary>
internal sealed partial class AssistedClient
{
    /// <summary>Path of the cluster list, for requests and -WhatIf.</summary>
    internal const string ClustersPath = "clusters";

    /// <summary>The actions under /v2/clusters/{id}/actions/.</summary>
    internal enum ClusterAction
    {
        /// <summary>Start the installation (ready only).</summary>
        Install,

        /// <summary>Cancel a running or failed installation.</summary>
        Cancel,

        /// <summary>Reset a cancelled or failed installation.</summary>
        Reset,
    }

    /// <summary>GET /v2/clusters: every cluster the user can see.</summary>
    internal async Task<IReadOnlyList<AssistedCluster>> GetClustersAsync(CancellationToken cancellationToken) =>
        (await GetAsync<List<AssistedClusterWire>>(ClustersPath, null, cancellationToken).ConfigureAwait(false)).Select(ToModel).ToList();

    /// <summary>GET /v2/clusters/{id} without hosts; an unknown id is AssistedClusterNotFound.</summary>
    internal async Task<AssistedCluster> GetClusterAsync(Guid id, CancellationToken cancellationToken) =>
        ToModel(await GetAsync<AssistedClusterWire>(ClusterPath(id) + "?exclude-hosts=true", ClusterTarget(id), cancellationToken).ConfigureAwait(false));

    /// <summary>The POST /v2/clusters that registers a cluster: the value -WhatIf shows and <see cref="RegisterClusterAsync"/> sends.</summary>
    internal ApiRequest RegisterClusterRequest(AssistedClusterCreateWire body) => _api.Request(HttpMethod.Post, ClustersPath, body);

    /// <summary>Sends <paramref name="request"/> (from <see cref="RegisterClusterRequest"/>): 201 with the new cluster.</summary>
    internal async Task<AssistedCluster> RegisterClusterAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ToModel((await _api.SendJsonAsync<AssistedClusterWire>(request, null, cancellationToken).ConfigureAwait(false)).Body
            ?? throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "empty body")));

    /// <summary>The PATCH /v2/clusters/{id} that sets exactly the non-null fields of <paramref name="changes"/>.</summary>
    internal ApiRequest UpdateClusterRequest(Guid id, AssistedClusterUpdateWire changes) => Request(new HttpMethod("PATCH"), ClusterPath(id), changes);

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateClusterRequest"/>): 201 with the cluster; 409 is AssistedClusterStateConflict.</summary>
    internal async Task<AssistedCluster> UpdateClusterAsync(Guid id, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = ClusterTarget(id, Text.Format(Strings.AssistedOperationUpdate, id), Strings.AssistedAdviceUpdate);
        var response = await SendAsync<AssistedClusterWire>(request, target, cancellationToken).ConfigureAwait(false);
        return ToModel(response.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "empty body")));
    }

    /// <summary>The DELETE /v2/clusters/{id}.</summary>
    internal ApiRequest RemoveClusterRequest(Guid id) => Request(HttpMethod.Delete, ClusterPath(id));

    /// <summary>Sends <paramref name="request"/> (from <see cref="RemoveClusterRequest"/>): 204; 409 while installing.</summary>
    internal Task RemoveClusterAsync(Guid id, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, ClusterTarget(id, Text.Format(Strings.AssistedOperationRemove, id), Strings.AssistedAdviceRemove), cancellationToken);

    /// <summary>The POST /v2/clusters/{id}/actions/{action}.</summary>
    internal ApiRequest ClusterActionRequest(Guid id, ClusterAction action) => Request(HttpMethod.Post, ActionPath(id, action));

    /// <summary>Sends <paramref name="request"/> (from <see cref="ClusterActionRequest"/>): 202 with the cluster; 409 when the state does not allow it.</summary>
    internal async Task<AssistedCluster> RunClusterActionAsync(Guid id, ClusterAction action, ApiRequest request, CancellationToken cancellationToken)
    {
        var (operation, advice) = action switch
        {
            ClusterAction.Install => (Strings.AssistedOperationInstall, Strings.AssistedAdviceInstall),
            ClusterAction.Cancel => (Strings.AssistedOperationCancel, Strings.AssistedAdviceCancel),
            _ => (Strings.AssistedOperationReset, Strings.AssistedAdviceReset),
        };
        var target = ClusterTarget(id, Text.Format(operation, id), Text.Format(advice, id));
        var response = await SendAsync<AssistedClusterWire>(request, target, cancellationToken).ConfigureAwait(false);
        return response.Body is { } wire ? ToModel(wire) : await GetClusterAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a failure about cluster <paramref name="id"/> means: AssistedClusterNotFound, or AssistedClusterStateConflict with its status.</summary>
    internal AssistedTarget ClusterTarget(Guid id, string? operation = null, string? advice = null) =>
        new(id, ErrorIds.AssistedClusterNotFound, Text.Format(Strings.AssistedClusterNotFound, id))
        {
            ConflictErrorId = ErrorIds.AssistedClusterStateConflict,
            Operation = operation,
            ConflictAdvice = advice,
            ReadState = ct => CurrentStatusAsync(id, ct),
        };

    private static string ClusterPath(Guid id) => ClustersPath + "/" + Segment(id);

    private static string ActionPath(Guid id, ClusterAction action) =>
        ClusterPath(id) + "/actions/" + action.ToString().ToLowerInvariant();

    /// <summary>The cluster's status for an error message; null when even that cannot be read.</summary>
    private async Task<string?> CurrentStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return (await GetAsync<AssistedClusterWire>(ClusterPath(id) + "?exclude-hosts=true", null, cancellationToken).ConfigureAwait(false)).Status;
        }
        catch (RedHatApiException)
        {
            return null;
        }
    }

    private static AssistedCluster ToModel(AssistedClusterWire wire) =>
        new(
            ParseGuid(wire.Id) ?? Guid.Empty,
            wire.Name ?? string.Empty,
            wire.OpenShiftVersion,
            wire.Status ?? string.Empty,
            wire.StatusInfo,
            wire.Progress?.TotalPercentage ?? 0,
            wire.Progress?.FinalizingStage,
            AssistedJson.Validations(wire.ValidationsInfo))
        {
            BaseDnsDomain = wire.BaseDnsDomain,
            CpuArchitecture = wire.CpuArchitecture,
            ControlPlaneCount = wire.ControlPlaneCount,
            PlatformType = wire.Platform?.Type,
            HostCount = wire.TotalHostCount ?? 0,
            ReadyHostCount = wire.ReadyHostCount ?? 0,
            PullSecretSet = wire.PullSecretSet ?? false,
            ApiVips = (wire.ApiVips ?? new()).Select(v => v.Ip ?? string.Empty).Where(ip => ip.Length > 0).ToList(),
            IngressVips = (wire.IngressVips ?? new()).Select(v => v.Ip ?? string.Empty).Where(ip => ip.Length > 0).ToList(),
            OcpReleaseImage = wire.OcpReleaseImage,
            OpenshiftClusterId = ParseGuid(wire.OpenshiftClusterId),
            UserName = wire.UserName,
            Kind = wire.Kind,
            CreatedAt = ParseTime(wire.CreatedAt),
            UpdatedAt = ParseTime(wire.UpdatedAt),
            StatusUpdatedAt = ParseTime(wire.StatusUpdatedAt),
            InstallStartedAt = ParseTime(wire.InstallStartedAt),
            InstallCompletedAt = ParseTime(wire.InstallCompletedAt),
            Href = ParseUri(wire.Href),
        };
}
