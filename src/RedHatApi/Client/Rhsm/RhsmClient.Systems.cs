using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>Systems (consumers) and what belongs to each: /systems, /systems/{uuid}/errata, /packages.</summary>
internal sealed partial class RhsmClient
{
    /// <summary>Default and maximum page size of GET /systems.</summary>
    internal const int SystemsPageCap = 100;

    /// <summary>Default and maximum page size of GET /systems/{uuid}/errata.</summary>
    internal const int SystemErrataPageCap = 100;

    /// <summary>Default and maximum page size of GET /systems/{uuid}/packages.</summary>
    internal const int SystemPackagesPageCap = 1000;

    /// <summary>One page of GET /systems.</summary>
    internal Task<Page<RhsmSystem>> GetSystemsPageAsync(
        PageRequest page, string? nameFilter, string? username, CancellationToken cancellationToken)
    {
        var query = (string.IsNullOrEmpty(nameFilter) ? string.Empty : "filter=" + Uri.EscapeDataString(nameFilter))
            + (string.IsNullOrEmpty(username) ? string.Empty : (string.IsNullOrEmpty(nameFilter) ? string.Empty : "&") + "username=" + Uri.EscapeDataString(username));
        return GetListPageAsync<RhsmSystemWire, RhsmSystem>("systems", query, page, ToModel, null, cancellationToken);
    }

    /// <summary>GET /systems/{uuid}; a 404 becomes RhsmSystemNotFound for that UUID.</summary>
    internal async Task<RhsmSystem> GetSystemAsync(Guid uuid, CancellationToken cancellationToken) =>
        ToModel(await ForSystem(uuid, () => GetBodyAsync<RhsmSystemWire>(SystemPath(uuid), uuid, cancellationToken)).ConfigureAwait(false));

    /// <summary>
    /// GET /systems/{uuid}?include=facts,installedProducts,entitlements: the system with what <paramref name="include"/>
    /// names; a 404 becomes RhsmSystemNotFound for that UUID.
    /// </summary>
    internal async Task<RhsmSystem> GetSystemAsync(Guid uuid, IReadOnlyCollection<RhsmSystemInclude> include, CancellationToken cancellationToken)
    {
        if (include.Count == 0)
        {
            return await GetSystemAsync(uuid, cancellationToken).ConfigureAwait(false);
        }

        var query = "?include=" + string.Join(",", include.Distinct().OrderBy(i => i).Select(IncludeName));
        var wire = await ForSystem(uuid, () => GetBodyAsync<RhsmSystemWire>(SystemPath(uuid) + query, uuid, cancellationToken)).ConfigureAwait(false);
        var system = ToModel(wire);
        return new RhsmSystem(
            system.Uuid, system.Name, system.Hostname, system.Type, system.Username, system.LastCheckin, system.EntitlementStatus, system.EntitlementCount,
            system.SecurityErrataCount, system.BugfixErrataCount, system.EnhancementErrataCount, system.Href, system.RetrievedAt)
        {
            Facts = include.Contains(RhsmSystemInclude.Facts) ? FactsOf(wire.Facts) : null,
            InstalledProducts = include.Contains(RhsmSystemInclude.InstalledProducts)
                ? (wire.InstalledProducts ?? new()).Select(p => new RhsmInstalledProduct(p.ProductId, p.ProductName, p.Version, p.Arch, p.Status)).ToList()
                : null,
            Entitlements = include.Contains(RhsmSystemInclude.Entitlements)
                ? (wire.EntitlementsAttached?.Value ?? new()).Select(e => new RhsmAttachedEntitlement(
                    uuid, e.Id ?? string.Empty, e.SubscriptionName, e.Sku, e.ContractNumber, e.EntitlementQuantity ?? 0, ParseTime(e.StartDate), ParseTime(e.EndDate))).ToList()
                : null,
        };
    }

    /// <summary>The API's spelling of each include value.</summary>
    private static string IncludeName(RhsmSystemInclude include) => include switch
    {
        RhsmSystemInclude.Facts => "facts",
        RhsmSystemInclude.InstalledProducts => "installedProducts",
        _ => "entitlements",
    };

    /// <summary>Facts as RHSM sends them: a list of {key, value}; an object of key/value pairs is read as well.</summary>
    private static SortedDictionary<string, string> FactsOf(System.Text.Json.JsonElement? facts)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (facts is { ValueKind: System.Text.Json.JsonValueKind.Array } list)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == System.Text.Json.JsonValueKind.Object && item.TryGetProperty("key", out var key) && key.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    result[key.GetString()!] = item.TryGetProperty("value", out var value) ? (value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText()) : string.Empty;
                }
            }
        }
        else if (facts is { ValueKind: System.Text.Json.JsonValueKind.Object } map)
        {
            foreach (var property in map.EnumerateObject())
            {
                result[property.Name] = property.Value.ValueKind == System.Text.Json.JsonValueKind.String ? property.Value.GetString() ?? string.Empty : property.Value.GetRawText();
            }
        }

        return result;
    }

    /// <summary>One page of GET /systems/{uuid}/errata; an unknown system is RhsmSystemNotFound.</summary>
    internal Task<Page<RhsmErratum>> GetSystemErrataPageAsync(Guid uuid, PageRequest page, CancellationToken cancellationToken) =>
        ForSystem(uuid, () => GetListPageAsync<RhsmErratumWire, RhsmErratum>(
            SystemPath(uuid) + "/errata", null, page,
            e => new RhsmErratum(uuid, e.Id ?? string.Empty, e.Type, e.Severity, e.Synopsis, ParseTime(e.Published), ParseUri(e.Href)),
            uuid, cancellationToken));

    /// <summary>One page of GET /systems/{uuid}/packages; an unknown system is RhsmSystemNotFound.</summary>
    internal Task<Page<RhsmPackage>> GetSystemPackagesPageAsync(Guid uuid, PageRequest page, CancellationToken cancellationToken) =>
        ForSystem(uuid, () => GetListPageAsync<RhsmPackageWire, RhsmPackage>(
            SystemPath(uuid) + "/packages", null, page,
            p => new RhsmPackage(
                uuid, p.Name ?? string.Empty, p.Epoch ?? 0, p.Version, p.Release, p.Arch, p.ErrataCount ?? 0,
                (p.Advisories ?? new()).Select(a => a.Advisory ?? string.Empty).Where(a => a.Length > 0).ToList()),
            uuid, cancellationToken));

    /// <summary>The DELETE /systems/{uuid} that removes a system.</summary>
    internal ApiRequest RemoveSystemRequest(Guid uuid) => _api.Request(HttpMethod.Delete, SystemPath(uuid));

    /// <summary>Sends <paramref name="request"/> (from <see cref="RemoveSystemRequest"/>): 204; an unknown system is RhsmSystemNotFound.</summary>
    internal Task RemoveSystemAsync(Guid uuid, ApiRequest request, CancellationToken cancellationToken) =>
        ForSystem(uuid, () => SendAsync<object>(request, uuid, cancellationToken));

    private static string SystemPath(Guid uuid) => "systems/" + uuid.ToString("D");

    /// <summary>Turns a 404 about one system into RhsmSystemNotFound, a per-input error the pipeline survives.</summary>
    private static Task<T> ForSystem<T>(Guid uuid, Func<Task<T>> call) =>
        NotFoundAs(ErrorIds.RhsmSystemNotFound, Text.Format(Strings.RhsmSystemNotFound, uuid), uuid, call);

    private static RhsmSystem ToModel(RhsmSystemWire wire) => new(
        Guid.TryParse(wire.Uuid, out var uuid) ? uuid : Guid.Empty,
        wire.Name ?? string.Empty,
        wire.Hostname,
        wire.Type,
        wire.Username,
        ParseTime(wire.LastCheckin),
        wire.EntitlementStatus,
        wire.EntitlementCount ?? 0,
        wire.ErrataCounts?.SecurityCount ?? 0,
        wire.ErrataCounts?.BugfixCount ?? 0,
        wire.ErrataCounts?.EnhancementCount ?? 0,
        ParseUri(wire.Href),
        DateTimeOffset.UtcNow);
}
