using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>One event (the spec's event definition); <c>props</c> is a JSON string like the real service's.</summary>
public sealed record AssistedEventRecord(
    string Name, string? ClusterId, string? HostId, string? InfraEnvId, string Severity, string Category,
    string Message, DateTimeOffset EventTime, string? Props, string RequestId);

/// <summary>What GET /v2/events answers: one page, the total before limit/offset and the per-severity counts.</summary>
public sealed record AssistedEventPage(IReadOnlyList<AssistedEventRecord> Items, int Total, IReadOnlyDictionary<string, int> SeverityCounts);

/// <summary>The event filters of GET /v2/events.</summary>
public sealed record AssistedEventQuery(
    string? ClusterId, IReadOnlyList<string> HostIds, string? InfraEnvId, IReadOnlyList<string> Severities, string? Message,
    IReadOnlyList<string> Categories, bool ClusterLevel, bool Descending, int? Limit, int Offset);

/// <summary>Events of clusters and their hosts, as GET /v2/events serves them.</summary>
public sealed class AssistedEvents
{
    public static readonly string[] Severities = { "info", "warning", "error", "critical" };

    private readonly AssistedStore _store;
    private readonly List<AssistedEventRecord> _events = new();

    internal AssistedEvents(AssistedStore store) => _store = store;

    /// <summary>
    /// Events as internal/events/event.go serves them: filtered, ordered by event_time, counted before limit/offset
    /// (Event-Count) and by severity ignoring the severity filter (Severity-Count-*). A missing limit is 5000, -1 is
    /// no limit and 0 an empty page with the counts filled.
    /// </summary>
    public AssistedEventPage Query(AssistedEventQuery query)
    {
        lock (_store.Gate)
        {
            _store.Clusters.RefreshAll();
            var categories = query.Categories.Count == 0 ? new[] { "user" } : query.Categories;
            var matching = _events.Where(e =>
                    (query.ClusterId is null || e.ClusterId == query.ClusterId) &&
                    (query.HostIds.Count == 0 || (e.HostId is not null && query.HostIds.Contains(e.HostId))) &&
                    (query.InfraEnvId is null || e.InfraEnvId == query.InfraEnvId) &&
                    (!query.ClusterLevel || e.HostId is null) &&
                    categories.Contains(e.Category) &&
                    (query.Message is null || e.Message.Contains(query.Message, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            var counts = Severities.ToDictionary(s => s, s => matching.Count(e => e.Severity == s));
            if (query.Severities.Count > 0)
            {
                matching = matching.Where(e => query.Severities.Contains(e.Severity)).ToList();
            }

            var ordered = query.Descending
                ? matching.OrderByDescending(e => e.EventTime).ToList()
                : matching.OrderBy(e => e.EventTime).ToList();
            var limit = query.Limit ?? 5000;
            IEnumerable<AssistedEventRecord> page = ordered.Skip(query.Offset);
            if (limit >= 0)
            {
                page = page.Take(limit);
            }

            return new AssistedEventPage(page.ToList(), ordered.Count, counts);
        }
    }

    /// <summary>True when any event (of any category) names the cluster, even one deregistered since.</summary>
    public bool HasAny(string clusterId)
    {
        lock (_store.Gate)
        {
            return _events.Exists(e => string.Equals(e.ClusterId, clusterId, StringComparison.OrdinalIgnoreCase));
        }
    }

    public static JsonObject ToWire(AssistedEventRecord e)
    {
        var json = new JsonObject
        {
            ["name"] = e.Name,
            ["cluster_id"] = e.ClusterId,
            ["severity"] = e.Severity,
            ["category"] = e.Category,
            ["message"] = e.Message,
            ["event_time"] = AssistedStore.Time(e.EventTime),
            ["request_id"] = e.RequestId,
        };
        if (e.HostId is not null)
        {
            json["host_id"] = e.HostId;
        }

        if (e.InfraEnvId is not null)
        {
            json["infra_env_id"] = e.InfraEnvId;
        }

        if (e.Props is not null)
        {
            json["props"] = e.Props;
        }

        return json;
    }

    /// <summary>Adds an event about a cluster (and maybe one of its hosts); the caller holds the lock.</summary>
    internal void Add(SandboxCluster cluster, DateTimeOffset at, string name, string severity, string message, string? hostId = null, string category = "user")
    {
        var props = new JsonObject { ["cluster_name"] = cluster.Name, ["cluster_status"] = cluster.Status }.ToJsonString();
        var requestId = _store.IdFor("event/" + _events.Count);
        var infraEnv = hostId is null ? null
            : _store.Hosts.InfraEnvOf(hostId) is { } hostInfraEnv ? hostInfraEnv
            : AssistedSamples.SampleHosts.Any(h => h.Id == hostId) ? AssistedSamples.SampleInfraEnvId
            : _store.IdFor(cluster.Name + "/infra-env");
        _events.Add(new AssistedEventRecord(name, cluster.Id, hostId, infraEnv, severity, category, message, at, props, requestId));
    }

    internal void Clear() => _events.Clear();
}
