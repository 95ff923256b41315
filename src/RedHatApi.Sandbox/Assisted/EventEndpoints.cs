using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using RedHatApi.Sandbox.Assisted.Data;
using static RedHatApi.Sandbox.Assisted.AssistedResults;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// GET /v2/events: the one paged Assisted listing. A bare array plus Event-Count (matching events before
/// limit/offset) and Severity-Count-Info|Warning|Error|Critical (all pages, ignoring the severity filter).
/// </summary>
public static class EventEndpoints
{
    private static readonly string[] UuidParameters = { "cluster_id", "host_id", "infra_env_id" };

    public static void Map(RouteGroupBuilder group, AssistedFamily state) =>
        group.MapGet("/events", (HttpContext http) =>
        {
            var q = http.Request.Query;
            string? Single(string name) => q.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrEmpty(v[0]) ? v[0] : null;

            // Swagger 2.0 arrays without collectionFormat are comma-separated; repeated keys are accepted too.
            List<string> Csv(string name) => q.TryGetValue(name, out var v)
                ? v.SelectMany(s => (s ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
                : new List<string>();

            foreach (var name in UuidParameters)
            {
                if (Single(name) is { } id && !Guid.TryParse(id, out _))
                {
                    return Validation(InvalidTypeCode, $"{name} in query must be of type uuid: \"{id}\"");
                }
            }

            var hostIds = Csv("host_ids");
            if (Single("host_id") is { } hostId)
            {
                hostIds.Add(hostId);
            }

            if (hostIds.FirstOrDefault(h => !Guid.TryParse(h, out _)) is { } badHost)
            {
                return Validation(InvalidTypeCode, $"host_ids in query must be of type uuid: \"{badHost}\"");
            }

            var severities = Csv("severities");
            if (severities.FirstOrDefault(s => !AssistedEvents.Severities.Contains(s)) is not null)
            {
                return Validation(EnumFailCode, "severities in query should be one of [info warning error critical]");
            }

            var order = Single("order") ?? "ascending";
            if (order is not ("ascending" or "descending"))
            {
                return Validation(EnumFailCode, "order in query should be one of [ascending descending]");
            }

            int? limit = null;
            if (Single("limit") is { } limitText)
            {
                if (!int.TryParse(limitText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return Validation(InvalidTypeCode, $"limit in query must be of type int64: \"{limitText}\"");
                }

                limit = parsed;
            }

            var offset = 0;
            if (Single("offset") is { } offsetText && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                return Validation(InvalidTypeCode, $"offset in query must be of type int64: \"{offsetText}\"");
            }

            var clusterId = Single("cluster_id");
            var infraEnvId = Single("infra_env_id");
            if (clusterId is null && infraEnvId is null && hostIds.Count == 0)
            {
                return HandlerError(400, "Either cluster_id, infra_env_id or host_ids must be specified");
            }

            // Events outlive their cluster; an id the service never knew is a 404.
            if (clusterId is not null && !state.Assisted.Clusters.Exists(clusterId) && !state.Assisted.Events.HasAny(clusterId))
            {
                return HandlerError(404, $"cluster {clusterId} can't be found");
            }

            var page = state.Assisted.Events.Query(new AssistedEventQuery(
                clusterId, hostIds, infraEnvId, severities, Single("message"), Csv("categories"),
                string.Equals(Single("cluster_level"), "true", StringComparison.OrdinalIgnoreCase), order == "descending", limit, offset));
            var headers = http.Response.Headers;
            headers["Event-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            headers["Severity-Count-Info"] = page.SeverityCounts["info"].ToString(CultureInfo.InvariantCulture);
            headers["Severity-Count-Warning"] = page.SeverityCounts["warning"].ToString(CultureInfo.InvariantCulture);
            headers["Severity-Count-Error"] = page.SeverityCounts["error"].ToString(CultureInfo.InvariantCulture);
            headers["Severity-Count-Critical"] = page.SeverityCounts["critical"].ToString(CultureInfo.InvariantCulture);
            return Json(new JsonArray(page.Items.Select(e => (JsonNode)AssistedEvents.ToWire(e)).ToArray()));
        });
}
