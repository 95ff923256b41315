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
