using System;
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
/// What a system holds: GET /systems/{uuid}/pools, POST /systems/{uuid}/entitlements (attach) and
/// DELETE /systems/{uuid}/{EntitlementID} (detach).
/// </summary>
internal sealed partial class RhsmClient
{
    /// <summary>Default and maximum page size of GET /systems/{uuid}/pools.</summary>
    internal const int SystemPoolsPageCap = 50;

    /// <summary>One page of GET /systems/{uuid}/pools; an unknown system is RhsmSystemNotFound.</summary>
    internal Task<Page<RhsmSystemEntitlement>> GetSystemEntitlementsPageAsync(Guid uuid, PageRequest page, CancellationToken cancellationToken) =>
        ForSystem(uuid, () => GetListPageAsync<RhsmPoolDetailWire, RhsmSystemEntitlement>(
            SystemPath(uuid) + "/pools", null, page,
            p => new RhsmSystemEntitlement(
                uuid, p.Id ?? string.Empty, p.SubscriptionNumber, p.SubscriptionName, p.Sku, p.ContractNumber, p.ServiceLevel,
                ParseTime(p.StartDate), ParseTime(p.EndDate), p.EntitlementsAvailable),
            uuid, cancellationToken));

    /// <summary>The POST /systems/{uuid}/entitlements?pool=&amp;quantity= that attaches a pool.</summary>
    internal ApiRequest AttachEntitlementRequest(Guid uuid, string poolId, int? quantity) =>
        _api.Request(HttpMethod.Post, SystemPath(uuid) + "/entitlements?pool=" + Segment(poolId)
            + (quantity is { } q ? "&quantity=" + q.ToString(CultureInfo.InvariantCulture) : string.Empty));

    /// <summary>
    /// Sends <paramref name="request"/> (from <see cref="AttachEntitlementRequest"/>). A 400 (unknown pool, not enough left, expired) is
    /// RhsmAttachRejected with the API's reason; a 404 is RhsmSystemNotFound.
    /// </summary>
    internal async Task<RhsmEntitlementAttachment> AttachEntitlementAsync(Guid uuid, string poolId, int? quantity, ApiRequest request, CancellationToken cancellationToken)
    {
        var envelope = await FailureAs(
            HttpStatusCode.BadRequest,
            ErrorIds.RhsmAttachRejected, reason => Text.Format(Strings.RhsmAttachRejected, poolId, uuid, reason), poolId,
            () => ForSystem(uuid, () => SendAsync<RhsmEnvelope<RhsmAttachEntitlementWire>>(
                request, poolId, cancellationToken))).ConfigureAwait(false);

        var body = envelope?.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, DisplayName + " answered the attach without a body.");
        var attached = body.EntitlementsAttached?.Valid == false ? null : body.EntitlementsAttached?.Value;
        var entitlements = (attached ?? new()).Select(e => new RhsmAttachedEntitlement(
            uuid, e.Id ?? string.Empty, e.SubscriptionName, e.Sku, e.ContractNumber, e.EntitlementQuantity ?? 0, ParseTime(e.StartDate), ParseTime(e.EndDate))).ToList();
        return new RhsmEntitlementAttachment(
            uuid, body.Name, poolId, quantity, body.ComplianceStatus, body.EntitlementStatus, body.EntitlementsAttachedCount ?? entitlements.Count, entitlements);
    }

    /// <summary>The DELETE /systems/{uuid}/{EntitlementID} that detaches an entitlement.</summary>
    internal ApiRequest DetachEntitlementRequest(Guid uuid, string entitlementId) => _api.Request(HttpMethod.Delete, SystemPath(uuid) + "/" + Segment(entitlementId));

    /// <summary>
    /// Sends <paramref name="request"/> (from <see cref="DetachEntitlementRequest"/>): 204. RHSM answers 404 both for an unknown system and for an
    /// entitlement the system does not hold; both are RhsmEntitlementNotFound, with the API's own words.
    /// </summary>
    internal Task DetachEntitlementAsync(Guid uuid, string entitlementId, ApiRequest request, CancellationToken cancellationToken) =>
        FailureAs(
            HttpStatusCode.NotFound,
            ErrorIds.RhsmEntitlementNotFound, reason => Text.Format(Strings.RhsmEntitlementNotFound, entitlementId, uuid, reason), entitlementId,
            () => SendAsync<object>(request, entitlementId, cancellationToken));
}
