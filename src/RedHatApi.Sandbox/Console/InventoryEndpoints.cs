using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Console.ConsoleAuth;

namespace RedHatApi.Sandbox.Console;

/// <summary>
/// The host-based inventory API v1 under /api/inventory/v1: GET /hosts with its filters, page / per_page (≤ 100) and
/// order_by / order_how (default updated DESC), GET and DELETE /hosts/{id_list}.
/// </summary>
public static class InventoryEndpoints
{
    public const string Prefix = "/api/inventory/v1";

    public const int MaxPerPage = 100;

    public static void Map(IEndpointRouteBuilder app, ConsoleFamily family)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
            Authorize(context.HttpContext, family) ?? await next(context));

        group.MapGet("/hosts", (HttpContext http) =>
        {
            var q = http.Request.Query;
            var page = Int(q["page"], 1);
            var perPage = Int(q["per_page"], 50);
            if (page < 1 || perPage < 1 || perPage > MaxPerPage)
            {
                return Problem(400, "Bad Request", $"per_page must be between 1 and {MaxPerPage} and page at least 1");
            }

            var orderBy = q["order_by"].FirstOrDefault();
            var orderHow = q["order_how"].FirstOrDefault();
            if (orderBy is not null and not ("display_name" or "updated" or "last_check_in" or "group_name" or "operating_system"))
            {
                return Problem(400, "Bad Request", $"'{orderBy}' is not one of ['display_name', 'group_name', 'updated', 'operating_system', 'last_check_in']");
            }

            var now = DateTimeOffset.UtcNow;
            var filter = Filter(q, now);
            var all = family.Inventory.Query(filter, orderBy, orderHow);
            var fields = ProfileFields(q);
            var results = all.Skip((page - 1) * perPage).Take(perPage).Select(h => ToWire(h, now, fields)).ToList();

            // Hosts check in while the client pages (with --inventory-drift): the next page sees them moved.
            family.Inventory.Drift();
            return Results.Json(new { total = all.Count, count = results.Count, page, per_page = perPage, results });
        });

        group.MapGet("/hosts/{idList}", (string idList, HttpContext http) =>
        {
            var now = DateTimeOffset.UtcNow;
            var fields = ProfileFields(http.Request.Query);
            var found = idList.Split(',').Select(id => family.Inventory.Find(id.Trim())).Where(h => h is not null).Select(h => ToWire(h!, now, fields)).ToList();
            return found.Count == 0
                ? Problem(404, "Not Found", "No hosts found for the given id list")
                : Results.Json(new { total = found.Count, count = found.Count, page = 1, per_page = MaxPerPage, results = found });
        });

        group.MapDelete("/hosts/{idList}", (string idList) =>
        {
            var ids = idList.Split(',').Select(id => id.Trim()).ToList();
            if (ids.Any(id => family.Inventory.Find(id) is null))
            {
                return Problem(404, "Not Found", "One or more hosts not found");
            }

            foreach (var id in ids)
            {
                family.Inventory.Remove(id);
            }

            return Results.StatusCode(200);
        });
    }

    /// <summary>The filters of GET /hosts as one predicate.</summary>
    private static Func<InventoryRecord, bool> Filter(IQueryCollection q, DateTimeOffset now)
    {
        var displayName = q["display_name"].FirstOrDefault();
        var fqdn = q["fqdn"].FirstOrDefault();
        var hostnameOrId = q["hostname_or_id"].FirstOrDefault();
        var insightsId = q["insights_id"].FirstOrDefault();
        var rhsmId = q["subscription_manager_id"].FirstOrDefault();
        var staleness = q["staleness"].SelectMany(s => (s ?? string.Empty).Split(',')).Where(s => s.Length > 0).ToList();
        var registered = q["registered_with"].SelectMany(s => (s ?? string.Empty).Split(',')).Where(s => s.Length > 0).ToList();
        var updatedStart = Time(q["updated_start"]);
        var updatedEnd = Time(q["updated_end"]);
        var checkInStart = Time(q["last_check_in_start"]);
        var checkInEnd = Time(q["last_check_in_end"]);
        return h =>
            (displayName is null || h.DisplayName.Contains(displayName, StringComparison.OrdinalIgnoreCase))
            && (fqdn is null || string.Equals(h.Fqdn, fqdn, StringComparison.OrdinalIgnoreCase))
            && (hostnameOrId is null || h.DisplayName.Contains(hostnameOrId, StringComparison.OrdinalIgnoreCase)
                || h.Fqdn.Contains(hostnameOrId, StringComparison.OrdinalIgnoreCase) || string.Equals(h.Id, hostnameOrId, StringComparison.OrdinalIgnoreCase))
            && (insightsId is null || string.Equals(h.InsightsId, insightsId, StringComparison.OrdinalIgnoreCase))
            && (rhsmId is null || string.Equals(h.SubscriptionManagerId, rhsmId, StringComparison.OrdinalIgnoreCase))
            && (staleness.Count == 0 || staleness.Contains(h.StalenessAt(now)))
            && Registered(h, registered)
            && (updatedStart is null || h.Updated >= updatedStart)
            && (updatedEnd is null || h.Updated <= updatedEnd)
            && (checkInStart is null || h.LastCheckIn >= checkInStart)
            && (checkInEnd is null || h.LastCheckIn <= checkInEnd);
    }

    /// <summary>registered_with: any of the named reporters, and none of the !negated ones.</summary>
    private static bool Registered(InventoryRecord h, List<string> registered)
    {
        var wanted = registered.Where(r => !r.StartsWith('!')).ToList();
        return (wanted.Count == 0 || wanted.Any(r => h.Reporters.Contains(r)))
            && registered.Where(r => r.StartsWith('!')).All(r => !h.Reporters.Contains(r[1..]));
    }

    private static List<string> ProfileFields(IQueryCollection q) =>
        q["fields[system_profile]"].SelectMany(s => (s ?? string.Empty).Split(',')).Where(s => s.Length > 0).ToList();

    internal static Dictionary<string, object?> ToWire(InventoryRecord h, DateTimeOffset now, IReadOnlyList<string> profileFields)
    {
        var wire = new Dictionary<string, object?>
        {
            ["id"] = h.Id,
            ["org_id"] = "sandbox-org",
            ["display_name"] = h.DisplayName,
            ["ansible_host"] = null,
            ["fqdn"] = h.Fqdn,
            ["insights_id"] = h.InsightsId,
            ["subscription_manager_id"] = h.SubscriptionManagerId,
            ["satellite_id"] = h.SatelliteId,
            ["bios_uuid"] = h.BiosUuid,
            ["ip_addresses"] = h.IpAddresses,
            ["mac_addresses"] = h.MacAddresses,
            ["provider_id"] = null,
            ["provider_type"] = null,
            ["reporter"] = h.Reporter,
            ["per_reporter_staleness"] = h.Reporters.ToDictionary(r => r, r => new
            {
                last_check_in = Iso(h.LastCheckIn),
                stale_timestamp = Iso(h.StaleTimestamp),
                check_in_succeeded = true,
            }),
            ["groups"] = h.GroupName.Length == 0 ? Array.Empty<object>() : new object[] { new { id = GroupId(h.GroupName), name = h.GroupName } },
            ["created"] = Iso(h.Created),
            ["updated"] = Iso(h.Updated),
            ["last_check_in"] = Iso(h.LastCheckIn),
            ["stale_timestamp"] = Iso(h.StaleTimestamp),
            ["stale_warning_timestamp"] = Iso(h.StaleWarningTimestamp),
            ["culled_timestamp"] = Iso(h.CulledTimestamp),
        };
        if (profileFields.Count > 0)
        {
            var profile = new Dictionary<string, object?> { ["os_release"] = h.OsRelease, ["arch"] = h.Arch, ["number_of_cpus"] = h.Cpus };
            wire["system_profile"] = profile.Where(p => profileFields.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        }

        return wire;
    }

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    internal static string GroupId(string name) => new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("group/" + name)).AsSpan(0, 16)).ToString();

    private static int Int(Microsoft.Extensions.Primitives.StringValues value, int fallback) =>
        int.TryParse(value.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static DateTimeOffset? Time(Microsoft.Extensions.Primitives.StringValues value) =>
        DateTimeOffset.TryParse(value.FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
