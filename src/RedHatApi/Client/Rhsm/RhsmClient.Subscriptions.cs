using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>Subscriptions and what belongs to each: /subscriptions, /subscriptions/{number}/systems, /contentSets.</summary>
internal sealed partial class RhsmClient
{
    /// <summary>Default and maximum page size of GET /subscriptions.</summary>
    internal const int SubscriptionsPageCap = 50;

    /// <summary>Default and maximum page size of GET /subscriptions/{number}/systems.</summary>
    internal const int SubscriptionSystemsPageCap = 100;

    /// <summary>Default and maximum page size of GET /subscriptions/{number}/contentSets.</summary>
    internal const int SubscriptionContentSetsPageCap = 1000;

    /// <summary>One page of GET /subscriptions.</summary>
    internal Task<Page<RhsmSubscription>> GetSubscriptionsPageAsync(PageRequest page, CancellationToken cancellationToken) =>
        GetListPageAsync<RhsmSubscriptionWire, RhsmSubscription>("subscriptions", null, page, ToModel, null, cancellationToken);

    /// <summary>One page of GET /subscriptions/{number}/systems; an unknown subscription is RhsmSubscriptionNotFound.</summary>
    internal Task<Page<RhsmSubscriptionSystem>> GetSubscriptionSystemsPageAsync(string number, PageRequest page, CancellationToken cancellationToken) =>
        ForSubscription(number, () => GetListPageAsync<RhsmSubSystemWire, RhsmSubscriptionSystem>(
            SubscriptionPath(number) + "/systems", null, page,
            s => new RhsmSubscriptionSystem(
                number, Guid.TryParse(s.Uuid, out var uuid) ? uuid : Guid.Empty, s.SystemName, s.Type, s.ComplianceStatus,
                s.Details, ParseTime(s.LastCheckin), s.TotalEntitlementQuantity ?? 0),
            number, cancellationToken));

    /// <summary>One page of GET /subscriptions/{number}/contentSets; an unknown subscription is RhsmSubscriptionNotFound.</summary>
    internal Task<Page<RhsmContentSet>> GetSubscriptionContentSetsPageAsync(string number, PageRequest page, CancellationToken cancellationToken) =>
        ForSubscription(number, () => GetListPageAsync<RhsmContentSetWire, RhsmContentSet>(
            SubscriptionPath(number) + "/contentSets", null, page,
            c => new RhsmContentSet(number, c.Label ?? string.Empty, c.Name, c.Arch, c.Type, c.Enabled ?? false),
            number, cancellationToken));

    /// <summary>The per-input error for a subscription number the account does not have.</summary>
    internal static RedHatApiException SubscriptionNotFound(string number, Exception? inner = null) =>
        new(ErrorIds.RhsmSubscriptionNotFound, Text.Format(Strings.RhsmSubscriptionNotFound, number), inner)
        {
            StatusCode = (inner as RedHatApiException)?.StatusCode,
            Target = number,
            IsPerInput = true,
        };

    private static string SubscriptionPath(string number) => "subscriptions/" + Segment(number);

    /// <summary>Turns a 404 about one subscription into RhsmSubscriptionNotFound, a per-input error.</summary>
    private static async Task<T> ForSubscription<T>(string number, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            throw SubscriptionNotFound(number, ex);
        }
    }

    private static RhsmSubscription ToModel(RhsmSubscriptionWire wire)
    {
        var number = wire.SubscriptionNumber ?? string.Empty;
        return new RhsmSubscription(
            number, wire.SubscriptionName, wire.Sku, wire.ContractNumber, wire.Status, ParseTime(wire.StartDate), ParseTime(wire.EndDate),
            ParseQuantity(wire.Quantity),
            (wire.Pools ?? new()).Select(p => new RhsmSubscriptionPool(number, p.Id ?? string.Empty, p.Type, p.Quantity ?? 0, p.Consumed ?? 0)).ToList());
    }

    /// <summary>DetailResponse.quantity is a string in the spec; a number is read too.</summary>
    private static long? ParseQuantity(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
