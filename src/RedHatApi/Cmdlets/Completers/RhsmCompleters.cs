using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Client.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The RHSM listings completion uses: always the first page only, at the API's largest page size. An account can
/// hold 100,000 systems; a Tab press never pages through them. Systems go through the API's own name filter with
/// what was typed, so the one page holds matches.
/// </summary>
internal static class RhsmListings
{
    /// <summary>
    /// GET /systems?filter=&lt;typed text before any wildcard&gt;&amp;limit=100. A whole answer (fewer than a page)
    /// for a shorter filter answers longer ones too: "web" holds every system "web-0" matches.
    /// </summary>
    internal static CompletionQuery? Systems(CompletionContext context)
    {
        if (!context.CanCall(ApiName.Rhsm))
        {
            return null;
        }

        // Text that can only be the start of a UUID is matched here against the UUIDs of the first page, not sent as a
        // name filter that would find nothing.
        var filter = context.Text.LiteralPrefix;
        if (filter.Length > 0 && filter.All(c => Uri.IsHexDigit(c) || c == '-') && context.ParameterName != "Name")
        {
            filter = string.Empty;
        }

        const string prefix = "rhsm/systems?filter=";
        var broader = Enumerable.Range(0, filter.Length).Select(n => prefix + filter.Substring(0, n).ToUpperInvariant()).ToList();
        return new CompletionQuery(prefix + filter.ToUpperInvariant(), async ct =>
        {
            var page = await RhsmClient.For(context.Session)
                .GetSystemsPageAsync(new PageRequest(0, RhsmClient.SystemsPageCap), filter.Length == 0 ? null : filter, null, ct).ConfigureAwait(false);
            return new CandidateSet(
                page.Items.Select(s => new CompletionCandidate(s.Name, s.Uuid.ToString("D"), Detail(s))).ToList(),
                isWhole: page.Items.Count < (page.ServedLimit ?? RhsmClient.SystemsPageCap));
        }, broader);
    }

    /// <summary>GET /subscriptions?limit=50: number, name and status of each.</summary>
    internal static CompletionQuery? Subscriptions(CompletionContext context) =>
        !context.CanCall(ApiName.Rhsm) ? null : new CompletionQuery("rhsm/subscriptions", async ct =>
        {
            var page = await RhsmClient.For(context.Session)
                .GetSubscriptionsPageAsync(new PageRequest(0, RhsmClient.SubscriptionsPageCap), ct).ConfigureAwait(false);

            // The number is what gets inserted; the name is what a user recognises, so it leads the list entry and
            // can be typed instead.
            return new CandidateSet(
                page.Items.Select(s => new CompletionCandidate(s.SubscriptionName ?? s.SubscriptionNumber, s.SubscriptionNumber, Join(s.Status, s.Sku))).ToList(),
                isWhole: page.Items.Count < (page.ServedLimit ?? RhsmClient.SubscriptionsPageCap));
        });

    /// <summary>GET /allocations?limit=100: name, UUID and type of each.</summary>
    internal static CompletionQuery? Allocations(CompletionContext context) =>
        !context.CanCall(ApiName.Rhsm) ? null : new CompletionQuery("rhsm/allocations", async ct =>
        {
            var page = await RhsmClient.For(context.Session)
                .GetAllocationsPageAsync(new PageRequest(0, RhsmClient.AllocationsPageCap), null, ct).ConfigureAwait(false);
            return new CandidateSet(
                page.Items.Select(a => new CompletionCandidate(a.Name, a.Uuid.ToString("D"), Join(a.Type, a.Version))).ToList(),
                isWhole: page.Items.Count < (page.ServedLimit ?? RhsmClient.AllocationsPageCap));
        });

    private static string Detail(Models.Rhsm.RhsmSystem system) =>
        Join(system.Type, system.LastCheckin is { } at ? "last check-in " + at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null);

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}

/// <summary>Completes RHSM system names (Get-RhsmSystem -Name).</summary>
internal sealed class RhsmSystemNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RhsmListings.Systems(context);
}

/// <summary>Completes RHSM system UUIDs; the typed text matches the UUID or the system's name.</summary>
internal sealed class RhsmSystemUuidCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RhsmListings.Systems(context);
}

/// <summary>Completes subscription numbers; the typed text matches the number or the subscription's name.</summary>
internal sealed class RhsmSubscriptionNumberCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RhsmListings.Subscriptions(context);
}

/// <summary>Completes subscription allocation UUIDs; the typed text matches the UUID or the allocation's name.</summary>
internal sealed class RhsmAllocationUuidCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => RhsmListings.Allocations(context);
}
