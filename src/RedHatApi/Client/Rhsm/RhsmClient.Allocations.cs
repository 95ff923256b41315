using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>
/// Subscription allocations (Satellite / SAM manifests): /allocations, /allocations/versions, /allocations/{uuid},
/// its pools and its entitlements.
/// </summary>
internal sealed partial class RhsmClient
{
    /// <summary>Default and maximum page size of GET /allocations.</summary>
    internal const int AllocationsPageCap = 100;

    /// <summary>
    /// Page size of GET /allocations/{uuid}/pools. The spec pages this list without stating a limit; 100 (the cap of
    /// /allocations) is an assumption, and the paginator follows whatever limit the server echoes.
    /// </summary>
    internal const int AllocationPoolsPageCap = 100;

    /// <summary>Longest allocation name the API allows: "must be less than 100 characters".</summary>
    internal const int AllocationNameMaxLength = 99;

    /// <summary>
    /// The API's naming rule for POST /allocations ("must be less than 100 characters and use only numbers, letters,
    /// underscores, hyphens, and periods"), checked before anything is sent. ASCII letters and digits only: the rule
    /// names no other alphabet.
    /// </summary>
    internal static bool IsValidAllocationName(string name) =>
        name.Length is > 0 and <= AllocationNameMaxLength
        && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.');

    /// <summary>One page of GET /allocations, optionally of one type (Satellite or SAM).</summary>
    internal Task<Page<RhsmAllocation>> GetAllocationsPageAsync(PageRequest page, string? type, CancellationToken cancellationToken) =>
        GetListPageAsync<RhsmAllocationWire, RhsmAllocation>(
            "allocations", string.IsNullOrEmpty(type) ? null : "type=" + Uri.EscapeDataString(type), page, w => ToModel(w), null, cancellationToken);

    /// <summary>GET /allocations/versions (not paged).</summary>
    internal async Task<IReadOnlyList<RhsmAllocationVersion>> GetAllocationVersionsAsync(CancellationToken cancellationToken)
    {
        var envelope = await GetJsonAsync<RhsmListEnvelope<RhsmAllocationVersionWire>>("allocations/versions", null, cancellationToken).ConfigureAwait(false);
        return (envelope.Body ?? new()).Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => new RhsmAllocationVersion(v.Value!, v.Description)).ToList();
    }

    /// <summary>GET /allocations/{uuid}?include=entitlements; an unknown allocation is RhsmAllocationNotFound.</summary>
    internal async Task<RhsmAllocation> GetAllocationAsync(Guid uuid, CancellationToken cancellationToken) =>
        ToModel(await ForAllocation(uuid, () => GetBodyAsync<RhsmAllocationWire>(AllocationPath(uuid) + "?include=entitlements", uuid, cancellationToken)).ConfigureAwait(false), uuid);

    /// <summary>The POST /allocations?name=&amp;version=; without a version the API takes the latest.</summary>
    internal ApiRequest CreateAllocationRequest(string name, string? version) =>
        _api.Request(HttpMethod.Post, "allocations?name=" + Uri.EscapeDataString(name) + (string.IsNullOrEmpty(version) ? string.Empty : "&version=" + Uri.EscapeDataString(version)));

    /// <summary>Sends <paramref name="request"/> (from <see cref="CreateAllocationRequest"/>); a 400 (bad or taken name, unknown version) is RhsmAllocationRejected.</summary>
    internal async Task<RhsmAllocation> CreateAllocationAsync(string name, ApiRequest request, CancellationToken cancellationToken)
    {
        var envelope = await FailureAs(
            HttpStatusCode.BadRequest,
            ErrorIds.RhsmAllocationRejected, reason => Text.Format(Strings.RhsmAllocationRejected, name, reason), name,
            () => SendAsync<RhsmEnvelope<RhsmAllocationWire>>(request, name, cancellationToken)).ConfigureAwait(false);
        return ToModel(envelope?.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, DisplayName + " answered without a body."));
    }

    /// <summary>
    /// The DELETE /allocations/{uuid}?force=true. force=true is always sent: the API requires it on every delete
    /// (it is how a caller states the delete is intentional); Remove-RhsmAllocation guards entitlements itself.
    /// </summary>
    internal ApiRequest RemoveAllocationRequest(Guid uuid) => _api.Request(HttpMethod.Delete, AllocationPath(uuid) + "?force=true");

    /// <summary>Sends <paramref name="request"/> (from <see cref="RemoveAllocationRequest"/>): 204; an unknown allocation is RhsmAllocationNotFound.</summary>
    internal Task RemoveAllocationAsync(Guid uuid, ApiRequest request, CancellationToken cancellationToken) =>
        ForAllocation(uuid, () => SendAsync<object>(request, uuid, cancellationToken));

    /// <summary>One page of GET /allocations/{uuid}/pools; future-dated pools only when asked for.</summary>
    internal Task<Page<RhsmAllocationPool>> GetAllocationPoolsPageAsync(Guid uuid, bool includeFuture, PageRequest page, CancellationToken cancellationToken) =>
        ForAllocation(uuid, () => GetListPageAsync<RhsmPoolWire, RhsmAllocationPool>(
            AllocationPath(uuid) + "/pools", includeFuture ? "future=true" : null, page,
            p => new RhsmAllocationPool(
                uuid, p.Id ?? string.Empty, p.SubscriptionName, p.SubscriptionNumber, p.ContractNumber, p.Sku, p.ServiceLevel,
                p.EntitlementsAvailable ?? 0, ParseTime(p.StartDate), ParseTime(p.EndDate)),
            uuid, cancellationToken));

    /// <summary>The POST /allocations/{uuid}/entitlements?pool=&amp;quantity=.</summary>
    internal ApiRequest AttachRequest(Guid uuid, string poolId, int quantity) =>
        _api.Request(HttpMethod.Post, AllocationPath(uuid) + "/entitlements?pool=" + Uri.EscapeDataString(poolId) + "&quantity=" + quantity.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Sends <paramref name="request"/> (from <see cref="AttachRequest"/>), which attaches <paramref name="quantity"/> entitlements of a pool, and returns the entitlement(s) the attach created.
    /// The answer lists every entitlement without naming the new one (nor its pool), so the allocation is read
    /// first and the new entitlement is the one whose id was not there before. A 400 is RhsmAttachRejected.
    /// </summary>
    internal async Task<IReadOnlyList<RhsmAllocationEntitlement>> AttachAsync(Guid uuid, string poolId, int quantity, ApiRequest request, CancellationToken cancellationToken)
    {
        var before = await GetAllocationAsync(uuid, cancellationToken).ConfigureAwait(false);
        var envelope = await ForAllocation(uuid, () => FailureAs(
            HttpStatusCode.BadRequest,
            ErrorIds.RhsmAttachRejected, reason => Text.Format(Strings.RhsmAllocationAttachRejected, quantity, poolId, uuid, reason), poolId,
            () => SendAsync<RhsmEnvelope<RhsmAllocationWire>>(request, uuid, cancellationToken))).ConfigureAwait(false);
        var after = ToModel(envelope?.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, DisplayName + " answered without a body."), uuid);
        var known = (before.Entitlements ?? Array.Empty<RhsmAllocationEntitlement>()).ToDictionary(e => e.EntitlementId, e => e.Quantity, StringComparer.Ordinal);

        // A service that adds to an existing entitlement instead of creating one shows up as a changed quantity.
        return (after.Entitlements ?? Array.Empty<RhsmAllocationEntitlement>())
            .Where(e => !known.TryGetValue(e.EntitlementId, out var was) || was != e.Quantity)
            .ToList();
    }

    /// <summary>The DELETE /allocations/{uuid}/entitlements/{id}.</summary>
    internal ApiRequest DetachRequest(Guid uuid, string entitlementId) => _api.Request(HttpMethod.Delete, EntitlementPath(uuid, entitlementId));

    /// <summary>The PUT /allocations/{uuid}/entitlements/{id}?quantity=.</summary>
    internal ApiRequest UpdateQuantityRequest(Guid uuid, string entitlementId, int quantity) =>
        _api.Request(HttpMethod.Put, EntitlementPath(uuid, entitlementId) + "?quantity=" + quantity.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sends <paramref name="request"/> (from <see cref="DetachRequest"/>): 204; the entitlements go back to their pool.</summary>
    internal Task DetachAsync(Guid uuid, string entitlementId, ApiRequest request, CancellationToken cancellationToken) =>
        ForEntitlement(uuid, entitlementId, () => SendAsync<object>(request, entitlementId, cancellationToken), cancellationToken);

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateQuantityRequest"/>); returns the entitlement as it now is.</summary>
    internal async Task<RhsmAllocationEntitlement> UpdateQuantityAsync(Guid uuid, string entitlementId, int quantity, ApiRequest request, CancellationToken cancellationToken)
    {
        var envelope = await ForEntitlement(uuid, entitlementId, () => FailureAs(
            HttpStatusCode.BadRequest,
            ErrorIds.RhsmEntitlementQuantityRejected, reason => Text.Format(Strings.RhsmEntitlementQuantityRejected, entitlementId, quantity, reason), entitlementId,
            () => SendAsync<RhsmEnvelope<RhsmAllocationWire>>(request, entitlementId, cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        var after = ToModel(envelope?.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, DisplayName + " answered without a body."), uuid);
        return after.Entitlements?.FirstOrDefault(e => e.EntitlementId == entitlementId)
            ?? throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.RhsmEntitlementMissingFromAnswer, entitlementId));
    }

    private static string AllocationPath(Guid uuid) => "allocations/" + uuid.ToString("D");

    private static string EntitlementPath(Guid uuid, string entitlementId) => AllocationPath(uuid) + "/entitlements/" + Segment(entitlementId);

    /// <summary>Turns a 404 about one allocation into RhsmAllocationNotFound, a per-input error the pipeline survives.</summary>
    private static Task<T> ForAllocation<T>(Guid uuid, Func<Task<T>> call) =>
        NotFoundAs(ErrorIds.RhsmAllocationNotFound, Text.Format(Strings.RhsmAllocationNotFound, uuid), uuid, call);

    private static async Task ForAllocation(Guid uuid, Func<Task> call) =>
        await ForAllocation(uuid, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    /// <summary>
    /// A 404 under /allocations/{uuid}/entitlements/{id} does not say which of the two is missing; reading the
    /// allocation tells: RhsmAllocationNotFound when it is gone, else RhsmEntitlementNotFound.
    /// </summary>
    private async Task<T> ForEntitlement<T>(Guid uuid, string entitlementId, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            await GetAllocationAsync(uuid, cancellationToken).ConfigureAwait(false);
            throw new RedHatApiException(ErrorIds.RhsmEntitlementNotFound, Text.Format(Strings.RhsmAllocationEntitlementNotFound, entitlementId, uuid), ex)
            {
                StatusCode = ex.StatusCode,
                Target = entitlementId,
                IsPerInput = true,
            };
        }
    }

    private static RhsmAllocation ToModel(RhsmAllocationWire wire, Guid? knownUuid = null)
    {
        var uuid = Guid.TryParse(wire.Uuid, out var parsed) ? parsed : knownUuid ?? Guid.Empty;
        var entitlements = wire.EntitlementsAttached?.Value?
            .Select(e => new RhsmAllocationEntitlement(
                uuid, e.Id ?? string.Empty, e.SubscriptionName, e.Sku, e.ContractNumber, e.EntitlementQuantity ?? 0,
                ParseTime(e.StartDate), ParseTime(e.EndDate)))
            .ToList();
        return new RhsmAllocation(
            uuid, wire.Name ?? string.Empty, wire.Type, wire.Version, wire.SimpleContentAccess, wire.ContentAccessMode,
            wire.EntitlementQuantity ?? wire.EntitlementsAttachedQuantity ?? entitlements?.Sum(e => e.Quantity) ?? 0,
            wire.CreatedBy, ParseTime(wire.CreatedDate), ParseTime(wire.LastModified), ParseUri(wire.Url), entitlements);
    }
}
