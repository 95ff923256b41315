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

    /// <summary>The URL an attach is sent to, for the request and for -WhatIf.</summary>
    internal Uri AttachUrl(Guid uuid, string poolId, int? quantity) =>
        Url(SystemPath(uuid) + "/entitlements?pool=" + Segment(poolId)
            + (quantity is { } q ? "&quantity=" + q.ToString(CultureInfo.InvariantCulture) : string.Empty));

    /// <summary>
    /// POST /systems/{uuid}/entitlements?pool=&amp;quantity=. A 400 (unknown pool, not enough left, expired) is
    /// RhsmAttachRejected with the API's reason; a 404 is RhsmSystemNotFound.
    /// </summary>
    internal async Task<RhsmEntitlementAttachment> AttachEntitlementAsync(Guid uuid, string poolId, int? quantity, CancellationToken cancellationToken)
    {
        RhsmEnvelope<RhsmAttachEntitlementWire>? envelope;
        try
        {
            envelope = await ForSystem(uuid, () => SendAsync<RhsmEnvelope<RhsmAttachEntitlementWire>>(
                HttpMethod.Post, AttachUrl(uuid, poolId, quantity), poolId, cancellationToken)).ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.BadRequest)
        {
            throw new RedHatApiException(ErrorIds.RhsmAttachRejected, Text.Format(Strings.RhsmAttachRejected, poolId, uuid, ApiMessage(ex)), ex)
            {
                StatusCode = ex.StatusCode,
                RequestId = ex.RequestId,
                ResponseExcerpt = ex.ResponseExcerpt,
                Target = poolId,
                IsPerInput = true,
            };
        }

        var body = envelope?.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, DisplayName + " answered the attach without a body.");
        var attached = body.EntitlementsAttached?.Valid == false ? null : body.EntitlementsAttached?.Value;
        var entitlements = (attached ?? new()).Select(e => new RhsmAttachedEntitlement(
            uuid, e.Id ?? string.Empty, e.SubscriptionName, e.Sku, e.ContractNumber, e.EntitlementQuantity ?? 0, ParseTime(e.StartDate), ParseTime(e.EndDate))).ToList();
        return new RhsmEntitlementAttachment(
            uuid, body.Name, poolId, quantity, body.ComplianceStatus, body.EntitlementStatus, body.EntitlementsAttachedCount ?? entitlements.Count, entitlements);
    }

    /// <summary>The URL a detach is sent to, for the request and for -WhatIf.</summary>
    internal Uri DetachUrl(Guid uuid, string entitlementId) => Url(SystemPath(uuid) + "/" + Segment(entitlementId));

    /// <summary>
    /// DELETE /systems/{uuid}/{EntitlementID} (204). RHSM answers 404 both for an unknown system and for an
    /// entitlement the system does not hold; both are RhsmEntitlementNotFound, with the API's own words.
    /// </summary>
    internal async Task DetachEntitlementAsync(Guid uuid, string entitlementId, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync<object>(HttpMethod.Delete, DetachUrl(uuid, entitlementId), entitlementId, cancellationToken).ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new RedHatApiException(ErrorIds.RhsmEntitlementNotFound, Text.Format(Strings.RhsmEntitlementNotFound, entitlementId, uuid, ApiMessage(ex)), ex)
            {
                StatusCode = ex.StatusCode,
                RequestId = ex.RequestId,
                Target = entitlementId,
                IsPerInput = true,
            };
        }
    }

    /// <summary>The API's own message from an error body (already redacted), else the failure's message.</summary>
    private static string ApiMessage(RedHatApiException ex)
    {
        if (!string.IsNullOrEmpty(ex.ResponseExcerpt))
        {
            try
            {
                using var doc = JsonDocument.Parse(ex.ResponseExcerpt!);
                if (ParseError(doc.RootElement) is { Length: > 0 } message)
                {
                    return message;
                }
            }
            catch (JsonException)
            {
                // Not JSON (or cut at the excerpt limit): the HTTP failure message still says what happened.
            }
        }

        return ex.Message;
    }
}
