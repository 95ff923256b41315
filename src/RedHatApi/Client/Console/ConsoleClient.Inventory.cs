using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Console;
using RedHatApi.Properties;

namespace RedHatApi.Client.Console;

/// <summary>The inventory's hosts: GET /hosts (page numbers, per_page ≤ 100), GET and DELETE /hosts/{id}.</summary>
internal sealed partial class ConsoleClient
{
    /// <summary>Largest per_page GET /hosts accepts, and the crawl's default.</summary>
    internal const int HostsPageCap = 100;

    /// <summary>
    /// One page of GET /hosts in display-name order. The API's default order (modified_on DESC) moves a host that is
    /// updated during a crawl to page 1, so a crawl in that order skips or repeats hosts; a name order only moves a
    /// host that is renamed, and the crawl (<see cref="InventoryCrawl"/>) catches those.
    /// </summary>
    internal Task<InventoryPageWire> GetHostsPageAsync(InventoryHostQuery query, int page, int perPage, CancellationToken cancellationToken) =>
        GetJsonAsync<InventoryPageWire>(HostsUrl(query, page, perPage), null, cancellationToken);

    /// <summary>The relative URL of one page of GET /hosts with the query's filters.</summary>
    internal static string HostsUrl(InventoryHostQuery query, int page, int perPage)
    {
        var url = new StringBuilder(InventoryPath).Append("hosts?order_by=display_name&order_how=ASC")
            .Append("&page=").Append(page.ToString(CultureInfo.InvariantCulture))
            .Append("&per_page=").Append(perPage.ToString(CultureInfo.InvariantCulture));
        Add(url, "display_name", query.DisplayName);
        Add(url, "fqdn", query.Fqdn);
        Add(url, "hostname_or_id", query.HostNameOrId);
        Add(url, "insights_id", query.InsightsId?.ToString("D"));
        Add(url, "subscription_manager_id", query.SubscriptionManagerId?.ToString("D"));
        foreach (var staleness in query.Staleness)
        {
            Add(url, "staleness", staleness);
        }

        foreach (var reporter in query.RegisteredWith)
        {
            Add(url, "registered_with", reporter);
        }

        Add(url, "updated_start", query.UpdatedStart is { } us ? Iso(us) : null);
        Add(url, "updated_end", query.UpdatedEnd is { } ue ? Iso(ue) : null);
        Add(url, "last_check_in_start", query.LastCheckInStart is { } ls ? Iso(ls) : null);
        Add(url, "last_check_in_end", query.LastCheckInEnd is { } le ? Iso(le) : null);
        if (query.SystemProfileFields.Count > 0)
        {
            Add(url, "fields[system_profile]", string.Join(",", query.SystemProfileFields));
        }

        return url.ToString();
    }

    /// <summary>GET /hosts/{id}; a host the inventory does not hold (404, or no result) is InventoryHostNotFound for that id.</summary>
    internal async Task<InventoryHost> GetHostAsync(Guid id, IReadOnlyList<string> systemProfileFields, CancellationToken cancellationToken)
    {
        var url = InventoryPath + "hosts/" + id.ToString("D")
            + (systemProfileFields.Count > 0 ? "?fields%5Bsystem_profile%5D=" + Escape(string.Join(",", systemProfileFields)) : string.Empty);
        var page = await ForHost(id, () => GetJsonAsync<InventoryPageWire>(url, id, cancellationToken)).ConfigureAwait(false);
        var wire = page.Results?.FirstOrDefault() ?? throw HostNotFound(id, null);
        return ToModel(wire, DateTimeOffset.UtcNow);
    }

    /// <summary>The DELETE /hosts/{id} that removes one host (ids only: the API's filter-based bulk delete is never used).</summary>
    internal ApiRequest RemoveHostRequest(Guid id) => _api.Request(HttpMethod.Delete, InventoryPath + "hosts/" + id.ToString("D"));

    /// <summary>Sends <paramref name="request"/> from <see cref="RemoveHostRequest"/>; an unknown host is InventoryHostNotFound.</summary>
    internal Task RemoveHostAsync(Guid id, ApiRequest request, CancellationToken cancellationToken) =>
        ForHost(id, async () => (await _api.SendJsonAsync<object>(request, id, cancellationToken).ConfigureAwait(false)).Body);

    /// <summary>A host of a page, with its staleness read at <paramref name="retrievedAt"/>.</summary>
    internal static InventoryHost ToModel(InventoryHostWire wire, DateTimeOffset retrievedAt)
    {
        var reporters = wire.PerReporterStaleness ?? new Dictionary<string, ReporterStalenessWire>();
        var updated = ParseTime(wire.Updated);
        var lastCheckIn = ParseTime(wire.LastCheckIn)
            ?? reporters.Values.Select(r => ParseTime(r.LastCheckIn)).Where(t => t is not null).Max()
            ?? updated;
        var stale = ParseTime(wire.StaleTimestamp);
        var warning = ParseTime(wire.StaleWarningTimestamp);
        return new InventoryHost(Guid.TryParse(wire.Id, out var id) ? id : Guid.Empty, wire.DisplayName ?? wire.Fqdn ?? wire.Id ?? string.Empty)
        {
            Fqdn = wire.Fqdn,
            SubscriptionManagerId = Guid.TryParse(wire.SubscriptionManagerId, out var rhsm) ? rhsm : null,
            InsightsId = Guid.TryParse(wire.InsightsId, out var insights) ? insights : null,
            SatelliteId = wire.SatelliteId,
            BiosUuid = wire.BiosUuid,
            AnsibleHost = wire.AnsibleHost,
            MacAddresses = (wire.MacAddresses ?? new()).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim().ToLowerInvariant()).ToList(),
            IpAddresses = (wire.IpAddresses ?? new()).Where(a => !string.IsNullOrWhiteSpace(a)).ToList(),
            ProviderId = wire.ProviderId,
            ProviderType = wire.ProviderType,
            OrgId = wire.OrgId,
            Reporter = wire.Reporter,
            Reporters = reporters.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(),
            Groups = (wire.Groups ?? new()).Select(g => g.Name ?? g.Id ?? string.Empty).Where(n => n.Length > 0).ToList(),
            Created = ParseTime(wire.Created),
            Updated = updated,
            LastCheckIn = lastCheckIn,
            StaleTimestamp = stale,
            StaleWarningTimestamp = warning,
            CulledTimestamp = ParseTime(wire.CulledTimestamp),
            Staleness = StalenessAt(retrievedAt, stale, warning),
            SystemProfile = (wire.SystemProfile ?? new()).ToDictionary(p => p.Key, p => ToValue(p.Value), StringComparer.OrdinalIgnoreCase),
            RetrievedAt = retrievedAt,
        };
    }

    /// <summary>The inventory's staleness states: fresh until stale_timestamp, stale until stale_warning_timestamp.</summary>
    internal static string StalenessAt(DateTimeOffset at, DateTimeOffset? stale, DateTimeOffset? warning) =>
        stale is not { } staleAt ? "unknown"
        : at < staleAt ? "fresh"
        : warning is { } warnAt && at >= warnAt ? "stale_warning"
        : "stale";

    private static Task<T> ForHost<T>(Guid id, Func<Task<T>> call) => NotFoundAs(id, call);

    private static async Task<T> NotFoundAs<T>(Guid id, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            throw HostNotFound(id, ex);
        }
    }

    private static RedHatApiException HostNotFound(Guid id, RedHatApiException? inner) =>
        new(ErrorIds.InventoryHostNotFound, Text.Format(Strings.InventoryHostNotFound, id), inner)
        {
            StatusCode = System.Net.HttpStatusCode.NotFound,
            RequestId = inner?.RequestId,
            Target = id,
            IsPerInput = true,
        };

    private static void Add(StringBuilder url, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            url.Append('&').Append(Escape(name)).Append('=').Append(Escape(value!));
        }
    }

    /// <summary>A system profile value as PowerShell shows it: text, numbers, booleans, arrays and nested tables.</summary>
    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToArray(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };
}
