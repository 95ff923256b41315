using System.Linq;
using RedHatApi.Client.Assisted;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// Completion of the names users type for a cluster's content: operators (the service's catalogue), operator
/// bundles, and the custom manifests of the -ClusterId on the line. Each is one unpaged request, so every answer is whole.
/// </summary>
internal static class AssistedContentListings
{
    /// <summary>GET /v2/supported-operators.</summary>
    internal static CompletionQuery? Operators(CompletionContext context) =>
        !context.CanCall(ApiName.Assisted) ? null : new CompletionQuery("assisted/supported-operators", async ct =>
        {
            var names = await AssistedClient.For(context.Session).GetSupportedOperatorsAsync(ct).ConfigureAwait(false);
            return new CandidateSet(names.Select(n => new CompletionCandidate(n)).ToList(), isWhole: true);
        });

    /// <summary>GET /v2/operators/bundles: id, with the title as detail.</summary>
    internal static CompletionQuery? Bundles(CompletionContext context) =>
        !context.CanCall(ApiName.Assisted) ? null : new CompletionQuery("assisted/operator-bundles", async ct =>
        {
            var bundles = await AssistedClient.For(context.Session).GetOperatorBundlesAsync(null, null, null, false, ct).ConfigureAwait(false);
            return new CandidateSet(bundles.Select(b => new CompletionCandidate(b.Id, null, b.Title)).ToList(), isWhole: true);
        });

    /// <summary>GET /v2/openshift-versions: each version, with its support level as detail.</summary>
    internal static CompletionQuery? Versions(CompletionContext context) =>
        !context.CanCall(ApiName.Assisted) ? null : new CompletionQuery("assisted/openshift-versions", async ct =>
        {
            var versions = await AssistedClient.For(context.Session).GetOpenShiftVersionsAsync(false, ct).ConfigureAwait(false);
            return new CandidateSet(versions.Select(v => new CompletionCandidate(v.Version, null, v.SupportLevel)).ToList(), isWhole: true);
        });

    /// <summary>
    /// The validation ids of the -ClusterId on the line: the cluster's own, or (<paramref name="hosts"/>) those of its
    /// hosts, with the current status as detail; nothing without a cluster.
    /// </summary>
    internal static CompletionQuery? Validations(CompletionContext context, bool hosts)
    {
        if (!context.CanCall(ApiName.Assisted) || context.GetGuid("ClusterId") is not { } clusterId)
        {
            return null;
        }

        return new CompletionQuery("assisted/validations/" + (hosts ? "host/" : "cluster/") + clusterId.ToString("D"), async ct =>
        {
            var client = AssistedClient.For(context.Session);
            var validations = hosts
                ? (await client.GetClusterHostsAsync(clusterId, ct).ConfigureAwait(false)).SelectMany(h => h.Validations)
                : (await client.GetClusterAsync(clusterId, ct).ConfigureAwait(false)).Validations;
            var candidates = validations.GroupBy(v => v.Id).Select(g => new CompletionCandidate(g.Key, null, g.First().Category + ", " + g.First().Status)).ToList();
            candidates.Insert(0, new CompletionCandidate("all", null, "every validation that can be ignored"));
            return new CandidateSet(candidates, isWhole: true);
        });
    }

    /// <summary>The user manifests of the -ClusterId on the line; nothing without one.</summary>
    internal static CompletionQuery? Manifests(CompletionContext context)
    {
        if (!context.CanCall(ApiName.Assisted) || context.GetGuid("ClusterId") is not { } clusterId)
        {
            return null;
        }

        return new CompletionQuery("assisted/manifests/" + clusterId.ToString("D"), async ct =>
        {
            var manifests = await AssistedClient.For(context.Session).GetManifestsAsync(clusterId, false, ct).ConfigureAwait(false);
            return new CandidateSet(manifests.Select(m => new CompletionCandidate(m.FileName, null, m.Folder)).ToList(), isWhole: true);
        });
    }
}

/// <summary>Completes the names of the operators the Assisted Installer supports (lvm, odf, cnv…).</summary>
internal sealed class AssistedOperatorNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedContentListings.Operators(context);
}

/// <summary>Completes operator bundle ids (virtualization, openshift-ai…).</summary>
internal sealed class AssistedOperatorBundleIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedContentListings.Bundles(context);
}

/// <summary>Completes the file names of the custom manifests of the -ClusterId already on the line.</summary>
internal sealed class AssistedManifestFileNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedContentListings.Manifests(context);
}

/// <summary>Completes OpenShift versions the Assisted Installer offers.</summary>
internal sealed class AssistedOpenShiftVersionCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedContentListings.Versions(context);
}

/// <summary>Completes the cluster validation ids of the -ClusterId on the line, and all.</summary>
internal sealed class AssistedClusterValidationIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedContentListings.Validations(context, hosts: false);
}

/// <summary>Completes the host validation ids of the hosts of the -ClusterId on the line, and all.</summary>
internal sealed class AssistedHostValidationIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => AssistedContentListings.Validations(context, hosts: true);
}
