using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Assisted;
using RedHatApi.Paging;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// GET /v2/events, the one paged Assisted listing: limit/offset, a bare array, and the total in the Event-Count
/// header (matching events before limit/offset), which ends the listing exactly.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>The page size the service applies when no limit is sent; the default and maximum of -PageSize.</summary>
    internal const int EventsPageCap = 5000;

    /// <summary>Filters of GET /v2/events.</summary>
    internal sealed class EventFilter
    {
        internal Guid? ClusterId { get; init; }

        internal IReadOnlyList<Guid> HostIds { get; init; } = Array.Empty<Guid>();

        internal Guid? InfraEnvId { get; init; }

        internal IReadOnlyList<string> Severities { get; init; } = Array.Empty<string>();

        internal string? Message { get; init; }

        internal IReadOnlyList<string> Categories { get; init; } = Array.Empty<string>();

        internal bool ClusterLevel { get; init; }

        internal bool Descending { get; init; }
    }

    /// <summary>One page of events; a cluster id the service does not know is AssistedClusterNotFound.</summary>
    internal async Task<Page<AssistedEvent>> GetEventsPageAsync(EventFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var url = EventsUrl(filter, page.Limit, page.Offset);
        var target = filter.ClusterId is { } clusterId ? ClusterTarget(clusterId) : null;
        var response = await SendAsync<List<AssistedEventWire>>(Request(HttpMethod.Get, url), target, cancellationToken).ConfigureAwait(false);
        long? total = response.Headers.TryGetValue("Event-Count", out var count) &&
            long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var items = (response.Body ?? new()).Select(ToModel).ToList();
        return new Page<AssistedEvent>(items, null, total);
    }

    /// <summary>The query of GET /v2/events; arrays are comma-separated (Swagger 2.0's default collection format).</summary>
    internal static string EventsUrl(EventFilter filter, int limit, long offset)
    {
        var query = new List<string>();
        if (filter.ClusterId is { } clusterId)
        {
            query.Add("cluster_id=" + Segment(clusterId));
        }

        if (filter.HostIds.Count > 0)
        {
            query.Add("host_ids=" + string.Join(",", filter.HostIds.Select(Segment)));
        }

        if (filter.InfraEnvId is { } infraEnvId)
        {
            query.Add("infra_env_id=" + Segment(infraEnvId));
        }

        if (filter.Severities.Count > 0)
        {
            query.Add("severities=" + string.Join(",", filter.Severities.Select(Uri.EscapeDataString)));
        }

        if (filter.Categories.Count > 0)
        {
            query.Add("categories=" + string.Join(",", filter.Categories.Select(Uri.EscapeDataString)));
        }

        if (!string.IsNullOrEmpty(filter.Message))
        {
            query.Add("message=" + Uri.EscapeDataString(filter.Message!));
        }

        if (filter.ClusterLevel)
        {
            query.Add("cluster_level=true");
        }

        query.Add("order=" + (filter.Descending ? "descending" : "ascending"));
        query.Add("limit=" + AssistedJson.Invariant(limit));
        query.Add("offset=" + AssistedJson.Invariant(offset));
        return "events?" + string.Join("&", query);
    }

    private static AssistedEvent ToModel(AssistedEventWire wire) =>
        new(ParseTime(wire.EventTime) ?? DateTimeOffset.MinValue, wire.Severity ?? string.Empty, wire.Message ?? string.Empty)
        {
            Name = wire.Name,
            Category = wire.Category,
            ClusterId = ParseGuid(wire.ClusterId),
            HostId = ParseGuid(wire.HostId),
            InfraEnvId = ParseGuid(wire.InfraEnvId),
            RequestId = ParseGuid(wire.RequestId),
            Properties = AssistedJson.Object(wire.Props),
        };
}
