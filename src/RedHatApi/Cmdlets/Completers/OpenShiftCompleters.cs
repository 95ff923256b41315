using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The cluster listings completion uses, on the cluster the command would use (-Cluster on the line, else the
/// current one); none connected means no request. One page each: Kubernetes has no page-size cap, so the page is
/// kubectl's chunk size, which keeps a Tab press to one small answer.
/// </summary>
internal static class OpenShiftListings
{
    private const int PageSize = OpenShiftClient.DefaultPageSize;

    private static readonly KubeResource Namespaces = new("v1", "Namespace", "namespaces", namespaced: false);

    private static readonly KubeResource Projects = new("project.openshift.io/v1", "Project", "projects", namespaced: false);

    /// <summary>
    /// GET /api/v1/namespaces. Listing namespaces is a cluster-wide right ordinary OpenShift users lack; for them the
    /// projects API lists the namespaces they can use, as <c>oc projects</c> does.
    /// </summary>
    internal static CompletionQuery? NamespaceNames(CompletionContext context) =>
        context.Cluster() is not { } cluster ? null : new CompletionQuery(Key(cluster, "namespaces"), async ct =>
        {
            var client = OpenShiftClient.For(cluster);
            Page<JsonObject> page;
            try
            {
                page = await client.ListObjectsPageAsync(Namespaces, null, null, null, new PageRequest(0, PageSize), ct).ConfigureAwait(false);
            }
            catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.Forbidden)
            {
                page = await client.ListObjectsPageAsync(Projects, null, null, null, new PageRequest(0, PageSize), ct).ConfigureAwait(false);
            }

            return new CandidateSet(
                page.Items.Select(i => i["metadata"]?["name"]?.GetValue<string>()).OfType<string>()
                    .Select(n => new CompletionCandidate(n, detail: n == cluster.DefaultNamespace ? "default namespace of " + cluster.Name : cluster.Name)).ToList(),
                isWhole: page.NextCursor is null);
        });

    /// <summary>
    /// The service accounts of the -Namespace on the line (else the cluster's default namespace, as the command does),
    /// or of every namespace with -AllNamespaces.
    /// </summary>
    internal static CompletionQuery? ServiceAccounts(CompletionContext context)
    {
        if (context.Cluster() is not { } cluster)
        {
            return null;
        }

        var client = OpenShiftClient.For(cluster);
        var ns = context.Has("AllNamespaces") ? null : client.NamespaceOrDefault(context.GetString("Namespace"));
        return new CompletionQuery(Key(cluster, "serviceaccounts/" + (ns ?? "*")), async ct =>
        {
            var page = await client.ListServiceAccountsPageAsync(ns, null, new PageRequest(0, PageSize), ct).ConfigureAwait(false);
            return new CandidateSet(
                page.Items.Select(sa => new CompletionCandidate(sa.Name, detail: "namespace " + sa.Namespace)).ToList(),
                isWhole: page.NextCursor is null);
        });
    }

    /// <summary>
    /// The kinds the -ApiVersion on the line serves, by discovery, that the command can use: listable kinds for
    /// Get-OpenShiftResource, watchable ones for Watch-OpenShiftResource. No -ApiVersion yet: nothing to ask.
    /// </summary>
    internal static CompletionQuery? Kinds(CompletionContext context)
    {
        if (context.GetString("ApiVersion") is not { Length: > 0 } apiVersion || context.Cluster() is not { } cluster)
        {
            return null;
        }

        var verb = context.CommandName.StartsWith("Watch-", StringComparison.OrdinalIgnoreCase) ? "watch" : "list";
        return new CompletionQuery(Key(cluster, "kinds/" + apiVersion + "/" + verb), async ct =>
        {
            var kinds = await OpenShiftClient.For(cluster).GetServedKindsAsync(apiVersion, verb, ct).ConfigureAwait(false);
            return new CandidateSet(kinds.Select(k => new CompletionCandidate(k, detail: apiVersion + " on " + cluster.Name)).ToList(), isWhole: true);
        });
    }

    // Keyed by connection name and server: a cluster connected again under the same name with another server is
    // another cluster.
    private static string Key(ClusterConnection cluster, string scope) => "cluster/" + cluster.Name + "@" + cluster.Server.AbsoluteUri + "/" + scope;
}

/// <summary>Completes namespaces of the cluster the command would use.</summary>
internal sealed class OpenShiftNamespaceCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => OpenShiftListings.NamespaceNames(context);
}

/// <summary>Completes service-account names of the -Namespace on the line (else the default namespace).</summary>
internal sealed class OpenShiftServiceAccountCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => OpenShiftListings.ServiceAccounts(context);
}

/// <summary>Completes -Kind with the kinds the -ApiVersion on the line serves (discovery).</summary>
internal sealed class OpenShiftKindCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => OpenShiftListings.Kinds(context);
}
