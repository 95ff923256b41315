using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.RunAi;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>Clusters (one bare array), nodes and node pools (pages that end short).</summary>
internal sealed partial class RunAiClient
{
    /// <summary>GET /api/v1/clusters: every cluster in one answer.</summary>
    internal async Task<IReadOnlyList<RunAiCluster>> GetClustersAsync(CancellationToken cancellationToken) =>
        (await GetArrayPageAsync<RunAiClusterWire, RunAiCluster>("api/v1/clusters", new RunAiListQuery(), paged: false, new PageRequest(0, PageCap), ToCluster, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>One cluster by UUID; none is a per-input RunAiClusterNotFound.</summary>
    internal async Task<RunAiCluster> GetClusterAsync(string uuid, CancellationToken cancellationToken) =>
        ToCluster(await SendAsync<RunAiClusterWire>(Request(HttpMethod.Get, "api/v1/clusters/" + Uri.EscapeDataString(uuid)), RunAiTarget.Cluster(uuid), cancellationToken).ConfigureAwait(false));

    /// <summary>Nodes of the tenant, or of one cluster (/clusters/{uuid}/nodes).</summary>
    internal Task<Page<RunAiNode>> GetNodesPageAsync(string? clusterUuid, RunAiListQuery query, PageRequest page, CancellationToken cancellationToken) =>
        GetOffsetPageAsync<RunAiNodeWire, RunAiNode>(
            clusterUuid is null ? "api/v1/nodes" : "api/v1/clusters/" + Uri.EscapeDataString(clusterUuid) + "/nodes", "nodes", query, page, ToNode, cancellationToken);

    internal Task<Page<RunAiNodePool>> GetNodePoolsPageAsync(RunAiListQuery query, PageRequest page, CancellationToken cancellationToken) =>
        GetOffsetPageAsync<RunAiNodePoolWire, RunAiNodePool>("api/v1/node-pools", "nodepools", query, page, ToNodePool, cancellationToken);

    /// <summary>
    /// The cluster a new project or department goes to: the one given, else the tenant's only cluster. Several
    /// clusters and none given is InvalidParameter, naming -ClusterId.
    /// </summary>
    internal async Task<string> ClusterForAsync(string? clusterId, string kind, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(clusterId))
        {
            return clusterId!;
        }

        var clusters = await GetClustersAsync(cancellationToken).ConfigureAwait(false);
        return clusters.Count == 1
            ? clusters[0].Uuid
            : throw new Errors.RedHatApiException(Errors.ErrorIds.InvalidParameter, Text.Format(Strings.RunAiClusterAmbiguous, clusters.Count, kind));
    }

    /// <summary>
    /// The node pool a quota applies to: the one named in the cluster, else the cluster's default pool. A name that
    /// is not there is InvalidParameter.
    /// </summary>
    internal async Task<RunAiNodePool> NodePoolForAsync(string clusterId, string? name, CancellationToken cancellationToken)
    {
        var filters = new List<string> { RunAiListQuery.Equal("clusterId", clusterId) };
        if (name is not null)
        {
            filters.Add(RunAiListQuery.Equal("name", name));
        }

        var pools = new List<RunAiNodePool>();
        var query = new RunAiListQuery { Filters = filters };
        await foreach (var pool in Paginator.StreamAsync<RunAiNodePool>((p, ct) => GetNodePoolsPageAsync(query, p, ct), new PagingPlan(0, null, PageCap), null, cancellationToken).ConfigureAwait(false))
        {
            pools.Add(pool);
        }

        return (name is null ? pools.FirstOrDefault(p => p.IsDefault) ?? pools.FirstOrDefault() : pools.FirstOrDefault(p => p.Name == name))
            ?? throw new Errors.RedHatApiException(Errors.ErrorIds.InvalidParameter, Text.Format(Strings.RunAiNodePoolNotFound, name ?? "(default)", clusterId)) { Target = name };
    }

    private static RunAiCluster ToCluster(RunAiClusterWire wire) =>
        new(wire.Uuid ?? string.Empty, wire.Name ?? string.Empty)
        {
            State = wire.Status?.State,
            Version = wire.Version,
            Platform = wire.Status?.Platform?.Type,
            KubeVersion = wire.Status?.Platform?.KubeVersion,
            Domain = wire.Domain,
            CreatedAt = wire.CreatedAt,
            LastLiveness = wire.LastLiveness,
        };

    private static RunAiNode ToNode(RunAiNodeWire wire) =>
        new(wire.Name ?? string.Empty, wire.ClusterUuid)
        {
            Id = wire.Id,
            NodePool = wire.NodePool,
            Status = wire.Status,
            GpuType = wire.GpuInfo?.GpuType,
            GpuCount = wire.GpuInfo?.GpuCount ?? 0,
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
        };

    private static RunAiNodePool ToNodePool(RunAiNodePoolWire wire) =>
        new(wire.Id ?? string.Empty, wire.Name ?? string.Empty, wire.ClusterId)
        {
            ClusterName = wire.ClusterName,
            LabelKey = wire.LabelKey,
            LabelValue = wire.LabelValue,
            Phase = wire.Phase,
            IsDefault = wire.IsDefault,
            CreatedAt = wire.CreatedAt,
        };
}
