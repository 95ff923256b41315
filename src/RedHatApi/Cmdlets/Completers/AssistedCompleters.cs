using System;
using System.Linq;
using RedHatApi.Client.Assisted;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The Assisted Installer listings completion uses. Clusters, infra-envs and hosts come as bare arrays without paging
/// (one request is the whole list), so every answer is whole.
/// </summary>
internal static class AssistedListings
{
    /// <summary>GET /v2/clusters: name, id, status and version of each.</summary>
    internal static CompletionQuery? Clusters(CompletionContext context) =>
        !context.CanCall(ApiName.Assisted) ? null : new CompletionQuery("assisted/clusters", async ct =>
        {
            var clusters = await AssistedClient.For(context.Session).GetClustersAsync(ct).ConfigureAwait(false);
            return new CandidateSet(clusters.Select(c => new CompletionCandidate(c.Name, c.Id.ToString("D"), c.Status + ", OpenShift " + c.OpenShiftVersion)).ToList(), isWhole: true);
        });

    /// <summary>GET /v2/infra-envs: name and id of each, and the cluster it is bound to.</summary>
    internal static CompletionQuery? InfraEnvs(CompletionContext context) =>
        !context.CanCall(ApiName.Assisted) ? null : new CompletionQuery("assisted/infra-envs", async ct =>
        {
            var infraEnvs = await AssistedClient.For(context.Session).GetInfraEnvsAsync(null, ct).ConfigureAwait(false);
            return new CandidateSet(infraEnvs.Select(e => new CompletionCandidate(e.Name, e.Id.ToString("D"), e.ClusterId is { } cluster ? "cluster " + cluster.ToString("D") : "no cluster")).ToList(), isWhole: true);
        });

    /// <summary>
    /// The hosts of the -InfraEnvId on the line, else of the -ClusterId on the line; null (nothing to offer) with
    /// neither, since hosts are only listed under one of them.
    /// </summary>
    internal static CompletionQuery? Hosts(CompletionContext context)
    {
        if (!context.CanCall(ApiName.Assisted))
        {
            return null;
        }

        if (context.GetGuid("InfraEnvId") is { } infraEnvId)
        {
            return new CompletionQuery("assisted/hosts/infra-env/" + infraEnvId.ToString("D"), async ct =>
                HostSet(await AssistedClient.For(context.Session).GetInfraEnvHostsAsync(infraEnvId, ct).ConfigureAwait(false)));
        }

        if (context.GetGuid("ClusterId") is { } clusterId)
        {
            return new CompletionQuery("assisted/hosts/cluster/" + clusterId.ToString("D"), async ct =>
                HostSet(await AssistedClient.For(context.Session).GetClusterHostsAsync(clusterId, ct).ConfigureAwait(false)));
        }

        return null;
    }

    private static CandidateSet HostSet(System.Collections.Generic.IReadOnlyList<Models.Assisted.AssistedHost> hosts) =>
        new(hosts.Select(h => new CompletionCandidate(
            string.IsNullOrEmpty(h.HostName) ? h.Id.ToString("D") : h.HostName!,
            h.Id.ToString("D"),
            h.Status + (string.IsNullOrEmpty(h.Role) ? string.Empty : ", " + h.Role))).ToList(), isWhole: true);
}

/// <summary>Completes Assisted Installer cluster names (Get-AssistedCluster -Name).</summary>
internal sealed class AssistedClusterNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedListings.Clusters(context);
}

/// <summary>Completes Assisted Installer cluster ids; the typed text matches the id or the cluster's name.</summary>
internal sealed class AssistedClusterIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedListings.Clusters(context);
}

/// <summary>Completes infra-env ids; the typed text matches the id or the infra-env's name.</summary>
internal sealed class AssistedInfraEnvIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedListings.InfraEnvs(context);
}

/// <summary>
/// Completes host ids of the -InfraEnvId (or -ClusterId) already on the line; the typed text matches the id or the
/// host name.
/// </summary>
internal sealed class AssistedHostIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedListings.Hosts(context);
}
