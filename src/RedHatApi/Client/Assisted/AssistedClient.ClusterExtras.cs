using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// The cluster calls the host workflows need: the list with the API's owner filter, and allow-add-hosts, which turns
/// an installed cluster into one that accepts day-2 hosts.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>GET /v2/clusters?owner=…, or every cluster when <paramref name="owner"/> is null.</summary>
    internal async Task<IReadOnlyList<AssistedCluster>> GetClustersAsync(string? owner, CancellationToken cancellationToken) =>
        owner is null
            ? await GetClustersAsync(cancellationToken).ConfigureAwait(false)
            : (await GetAsync<List<AssistedClusterWire>>(ClustersPath + "?owner=" + Uri.EscapeDataString(owner), null, cancellationToken).ConfigureAwait(false))
                .Select(ToModel).ToList();

    /// <summary>The POST /v2/clusters/{id}/actions/allow-add-hosts: 202 with the cluster, now adding-hosts.</summary>
    internal ApiRequest AllowAddHostsRequest(Guid id) => Request(HttpMethod.Post, ClusterPath(id) + "/actions/allow-add-hosts");

    /// <summary>Sends <paramref name="request"/> (from <see cref="AllowAddHostsRequest"/>); a 409 (not installed) is AssistedClusterStateConflict.</summary>
    internal async Task<AssistedCluster> AllowAddHostsAsync(Guid id, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = ClusterTarget(id, Text.Format(Strings.AssistedOperationAllowAddHosts, id), Strings.AssistedAdviceAllowAddHosts);
        var response = await SendAsync<AssistedClusterWire>(request, target, cancellationToken).ConfigureAwait(false);
        return ToModel(response.Body ?? throw EmptyBody());
    }
}
