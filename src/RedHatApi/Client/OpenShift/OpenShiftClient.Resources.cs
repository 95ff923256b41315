using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.OpenShift;

/// <summary>Any kind, by discovery: apiVersion + kind → resource, then list (limit/continue), get and watch as raw JSON.</summary>
internal sealed partial class OpenShiftClient
{
    /// <summary>Discovery answers per cluster connection and group/version; they change only with the cluster's version.</summary>
    private static readonly ConditionalWeakTable<ClusterConnection, ConcurrentDictionary<string, IReadOnlyList<ApiResourceWire>>> DiscoveryCache = new();

    /// <summary>
    /// Maps <paramref name="kind"/> (Kind, plural or singular name, any case) in <paramref name="apiVersion"/> to its
    /// resource; OpenShiftKindUnknown (with the kinds served there) when the version or kind is not served.
    /// </summary>
    internal async Task<KubeResource> ResolveKindAsync(string apiVersion, string kind, CancellationToken cancellationToken)
    {
        var resources = await ServedResourcesAsync(apiVersion, cancellationToken).ConfigureAwait(false);
        var match = resources.FirstOrDefault(r => string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase))
            ?? resources.FirstOrDefault(r => string.Equals(r.Name, kind, StringComparison.OrdinalIgnoreCase) || string.Equals(r.SingularName, kind, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var served = string.Join(", ", resources.Select(r => r.Kind).Distinct().OrderBy(k => k, StringComparer.Ordinal));
            throw new RedHatApiException(ErrorIds.OpenShiftKindUnknown, Text.Format(Strings.OpenShiftKindUnknown, ClusterName, kind, apiVersion, served.Length == 0 ? "none" : served)) { Target = kind };
        }

        return new KubeResource(apiVersion, match.Kind!, match.Name!, match.Namespaced);
    }

    /// <summary>
    /// The kinds <paramref name="apiVersion"/> serves that support <paramref name="verb"/> (list, watch), by discovery
    /// (cached per cluster like every lookup of a kind); OpenShiftKindUnknown when the version is not served.
    /// </summary>
    internal async Task<IReadOnlyList<string>> GetServedKindsAsync(string apiVersion, string verb, CancellationToken cancellationToken) =>
        (await ServedResourcesAsync(apiVersion, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Verbs is null || r.Verbs.Contains(verb, StringComparer.OrdinalIgnoreCase))
            .Select(r => r.Kind!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>What one group/version serves, from the cluster's discovery document, fetched once per cluster connection.</summary>
    private async Task<IReadOnlyList<ApiResourceWire>> ServedResourcesAsync(string apiVersion, CancellationToken cancellationToken)
    {
        var cache = DiscoveryCache.GetOrCreateValue(Cluster);
        if (!cache.TryGetValue(apiVersion, out var resources))
        {
            var path = apiVersion.IndexOf('/') < 0 ? "api/" + apiVersion : "apis/" + apiVersion;
            ApiResourceListWire list;
            try
            {
                list = await SendAsync<ApiResourceListWire>(HttpMethod.Get, path, null, null, cancellationToken).ConfigureAwait(false);
            }
            catch (RedHatApiException ex) when (IsNotFound(ex))
            {
                throw new RedHatApiException(ErrorIds.OpenShiftKindUnknown, Text.Format(Strings.OpenShiftApiVersionUnknown, ClusterName, apiVersion), ex) { Target = apiVersion };
            }

            // Subresources (pods/log, serviceaccounts/token) are not kinds of their own to list.
            resources = (list.Resources ?? new List<ApiResourceWire>()).Where(r => r.Name is { } n && n.IndexOf('/') < 0 && !string.IsNullOrEmpty(r.Kind)).ToList();
            cache[apiVersion] = resources;
        }

        return resources;
    }

    /// <summary>One page of any kind as JSON objects, each given its kind and apiVersion (list items come without them).</summary>
    internal async Task<Page<JsonObject>> ListObjectsPageAsync(KubeResource resource, string? ns, string? labelSelector, string? fieldSelector, PageRequest page, CancellationToken cancellationToken)
    {
        var query = SelectorQuery(labelSelector, fieldSelector);
        var fetched = await ListPageAsync<JsonObject, JsonObject>(resource.CollectionPath(ns), query.Length == 0 ? null : query, page, i => WithKind(i, resource), cancellationToken).ConfigureAwait(false);
        return fetched;
    }

    /// <summary>The list's resourceVersion: where a watch starts after a re-list (one item is enough to learn it).</summary>
    internal async Task<string?> ListResourceVersionAsync(KubeResource resource, string? ns, string? labelSelector, string? fieldSelector, CancellationToken cancellationToken)
    {
        var query = SelectorQuery(labelSelector, fieldSelector);
        var url = resource.CollectionPath(ns) + "?limit=1" + (query.Length == 0 ? string.Empty : "&" + query);
        var list = await SendAsync<KubeList<JsonObject>>(HttpMethod.Get, url, null, null, cancellationToken).ConfigureAwait(false);
        return list.Metadata?.ResourceVersion;
    }

    internal async Task<JsonObject> GetObjectAsync(KubeResource resource, string? ns, string name, CancellationToken cancellationToken) =>
        WithKind(await SendAsync<JsonObject>(HttpMethod.Get, resource.ItemPath(ns, name), null, new KubeTarget(resource.Kind, resource.Namespaced ? ns : null, name), cancellationToken).ConfigureAwait(false), resource);

    internal static string SelectorQuery(string? labelSelector, string? fieldSelector)
    {
        var query = new StringBuilder();
        if (!string.IsNullOrEmpty(labelSelector))
        {
            query.Append("labelSelector=").Append(Uri.EscapeDataString(labelSelector));
        }

        if (!string.IsNullOrEmpty(fieldSelector))
        {
            query.Append(query.Length == 0 ? string.Empty : "&").Append("fieldSelector=").Append(Uri.EscapeDataString(fieldSelector));
        }

        return query.ToString();
    }

    private static JsonObject WithKind(JsonObject item, KubeResource resource)
    {
        if (item["kind"] is null || item["apiVersion"] is null)
        {
            // Put kind and apiVersion first, as kubectl shows list items.
            var copy = new JsonObject { ["apiVersion"] = resource.ApiVersion, ["kind"] = resource.Kind };
            foreach (var property in item.ToList())
            {
                item.Remove(property.Key);
                if (property.Key is not ("kind" or "apiVersion"))
                {
                    copy[property.Key] = property.Value;
                }
            }

            return copy;
        }

        return item;
    }
}
