using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// Operators: the catalogue (/v2/supported-operators, /v2/operators/bundles), a cluster's operators (its
/// monitored_operators), and enabling or disabling OLM operators, which is a cluster update whose olm_operators is the
/// whole new list (the service replaces the list; it adds the operators each one depends on).
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>The operator type of the operators a user enables.</summary>
    internal const string OlmOperatorType = "olm";

    /// <summary>GET /v2/supported-operators: the names of the operators the service can install.</summary>
    internal async Task<IReadOnlyList<string>> GetSupportedOperatorsAsync(CancellationToken cancellationToken) =>
        await GetAsync<List<string>>("supported-operators", null, cancellationToken).ConfigureAwait(false);

    /// <summary>GET /v2/supported-operators/{name}: the settings the operator accepts; an unknown name is AssistedOperatorNotFound.</summary>
    internal async Task<IReadOnlyList<AssistedOperatorProperty>> GetOperatorPropertiesAsync(string name, CancellationToken cancellationToken)
    {
        var target = new AssistedTarget(name, ErrorIds.AssistedOperatorNotFound, Text.Format(Strings.AssistedOperatorNotFound, name));
        var wire = await GetAsync<List<AssistedOperatorPropertyWire>>("supported-operators/" + Uri.EscapeDataString(name), target, cancellationToken).ConfigureAwait(false);
        return wire.Select(p => new AssistedOperatorProperty(
            name, p.Name ?? string.Empty, p.DataType, p.Mandatory ?? false, p.Options ?? new List<string>(), p.Description, p.DefaultValue)).ToList();
    }

    /// <summary>GET /v2/operators/bundles, filtered as the service filters when a version is given.</summary>
    internal async Task<IReadOnlyList<AssistedOperatorBundle>> GetOperatorBundlesAsync(string? openShiftVersion, string? cpuArchitecture, string? platformType, bool singleNode, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (openShiftVersion is not null)
        {
            query.Add("openshift_version=" + Uri.EscapeDataString(openShiftVersion));
            if (cpuArchitecture is not null)
            {
                query.Add("cpu_architecture=" + Uri.EscapeDataString(cpuArchitecture));
            }

            if (platformType is not null)
            {
                query.Add("platform_type=" + Uri.EscapeDataString(platformType));
            }
        }

        if (singleNode)
        {
            query.Add("feature_ids=SNO");
        }

        var path = "operators/bundles" + (query.Count == 0 ? string.Empty : "?" + string.Join("&", query));
        var wire = await GetAsync<List<AssistedBundleWire>>(path, null, cancellationToken).ConfigureAwait(false);
        return wire.Select(ToModel).ToList();
    }

    /// <summary>GET /v2/operators/bundles/{id}; an unknown id is AssistedOperatorBundleNotFound.</summary>
    internal async Task<AssistedOperatorBundle> GetOperatorBundleAsync(string id, bool singleNode, CancellationToken cancellationToken)
    {
        var target = new AssistedTarget(id, ErrorIds.AssistedOperatorBundleNotFound, Text.Format(Strings.AssistedOperatorBundleNotFound, id));
        var path = "operators/bundles/" + Uri.EscapeDataString(id) + (singleNode ? "?feature_ids=SNO" : string.Empty);
        return ToModel(await GetAsync<AssistedBundleWire>(path, target, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The operators of a cluster, from GET /v2/clusters/{id} (its monitored_operators).</summary>
    internal async Task<IReadOnlyList<AssistedClusterOperator>> GetClusterOperatorsAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var wire = await GetClusterContentAsync(clusterId, cancellationToken).ConfigureAwait(false);
        return (wire.MonitoredOperators ?? new()).Select(o => ToModel(clusterId, o)).ToList();
    }

    /// <summary>
    /// The olm_operators list a cluster has once <paramref name="enable"/> are added (with their properties, which
    /// replace those of an operator already enabled) and <paramref name="disable"/> are taken out; the cluster's other
    /// OLM operators keep their properties.
    /// </summary>
    internal static AssistedOlmOperatorsUpdateWire OlmOperatorsAfter(
        IEnumerable<AssistedClusterOperator> current, IReadOnlyDictionary<string, string?> enable, IEnumerable<string> disable)
    {
        var removed = new HashSet<string>(disable, StringComparer.OrdinalIgnoreCase);
        var list = current
            .Where(o => string.Equals(o.Type, OlmOperatorType, StringComparison.OrdinalIgnoreCase) && !removed.Contains(o.Name))
            .Select(o => new AssistedOperatorCreateWire { Name = o.Name, Properties = string.IsNullOrEmpty(o.Properties) ? null : o.Properties })
            .ToList();
        foreach (var added in enable)
        {
            var existing = list.FindIndex(o => string.Equals(o.Name, added.Key, StringComparison.OrdinalIgnoreCase));
            var item = new AssistedOperatorCreateWire { Name = added.Key, Properties = added.Value ?? (existing >= 0 ? list[existing].Properties : null) };
            if (existing >= 0)
            {
                list[existing] = item;
            }
            else
            {
                list.Add(item);
            }
        }

        return new AssistedOlmOperatorsUpdateWire { OlmOperators = list };
    }

    /// <summary>The PATCH /v2/clusters/{id} that sets the cluster's OLM operators to <paramref name="operators"/>.</summary>
    internal ApiRequest UpdateOlmOperatorsRequest(Guid clusterId, AssistedOlmOperatorsUpdateWire operators) =>
        Request(new HttpMethod("PATCH"), ClusterPath(clusterId), operators);

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateOlmOperatorsRequest"/>): the cluster's operators afterwards.</summary>
    internal async Task<IReadOnlyList<AssistedClusterOperator>> UpdateOlmOperatorsAsync(Guid clusterId, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = ClusterTarget(clusterId, Text.Format(Strings.AssistedOperationOperators, clusterId), Strings.AssistedAdviceUpdate);
        var response = await SendAsync<AssistedClusterContentWire>(request, target, cancellationToken).ConfigureAwait(false);
        var wire = response.Body ?? await GetClusterContentAsync(clusterId, cancellationToken).ConfigureAwait(false);
        return (wire.MonitoredOperators ?? new()).Select(o => ToModel(clusterId, o)).ToList();
    }

    /// <summary>GET /v2/clusters/{id} read for the fields the content cmdlets need (operators, overrides, version).</summary>
    private Task<AssistedClusterContentWire> GetClusterContentAsync(Guid clusterId, CancellationToken cancellationToken) =>
        GetAsync<AssistedClusterContentWire>(ClusterPath(clusterId) + "?exclude-hosts=true", ClusterTarget(clusterId), cancellationToken);

    private static AssistedOperatorBundle ToModel(AssistedBundleWire wire) =>
        new(wire.Id ?? string.Empty, wire.Title, wire.Description, wire.Operators ?? new List<string>(), wire.OptionalOperators ?? new List<string>());

    private static AssistedClusterOperator ToModel(Guid clusterId, AssistedMonitoredOperatorWire wire) =>
        new(clusterId, wire.Name ?? string.Empty, wire.OperatorType)
        {
            Version = string.IsNullOrEmpty(wire.Version) ? null : wire.Version,
            Namespace = string.IsNullOrEmpty(wire.Namespace) ? null : wire.Namespace,
            SubscriptionName = string.IsNullOrEmpty(wire.SubscriptionName) ? null : wire.SubscriptionName,
            Status = string.IsNullOrEmpty(wire.Status) ? null : wire.Status,
            StatusInfo = string.IsNullOrEmpty(wire.StatusInfo) ? null : wire.StatusInfo,
            StatusUpdatedAt = ParseTime(wire.StatusUpdatedAt),
            Properties = string.IsNullOrEmpty(wire.Properties) ? null : wire.Properties,
            Bundles = wire.Bundles ?? new List<string>(),
            Timeout = wire.TimeoutSeconds is > 0 and { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
}
