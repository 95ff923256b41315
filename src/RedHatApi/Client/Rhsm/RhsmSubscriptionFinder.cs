using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;

namespace RedHatApi.Client.Rhsm;

/// <summary>
/// Finds subscriptions by number. RHSM v1 has no GET /subscriptions/{number}, so this reads GET /subscriptions one
/// page at a time, in order, and stops as soon as every number asked for has been seen (or the list ends). What was
/// read is kept for the rest of the command, so numbers piped in one by one never read a page twice.
/// </summary>
internal sealed class RhsmSubscriptionFinder
{
    private readonly RhsmClient _client;
    private readonly int _pageSize;
    private readonly Dictionary<string, RhsmSubscription> _seen = new(StringComparer.Ordinal);
    private long _offset;
    private bool _atEnd;

    internal RhsmSubscriptionFinder(RhsmClient client, int pageSize)
    {
        _client = client;
        _pageSize = pageSize;
    }

    /// <summary>The subscription with each number, or null for a number the account does not have.</summary>
    internal async Task<IReadOnlyList<(string Number, RhsmSubscription? Subscription)>> FindAsync(
        IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        while (!_atEnd && numbers.Any(n => !_seen.ContainsKey(n)))
        {
            var page = await _client.GetSubscriptionsPageAsync(new PageRequest(_offset, _pageSize), cancellationToken).ConfigureAwait(false);
            foreach (var subscription in page.Items)
            {
                if (!_seen.ContainsKey(subscription.SubscriptionNumber))
                {
                    _seen.Add(subscription.SubscriptionNumber, subscription);
                }
            }

            _offset += page.Items.Count;

            // A short page is the last, measured against the limit the server says it applied.
            var served = page.ServedLimit is { } echoed && echoed > 0 && echoed < _pageSize ? echoed : _pageSize;
            _atEnd = page.Items.Count == 0 || page.Items.Count < served;
        }

        return numbers.Select(n => (n, _seen.TryGetValue(n, out var s) ? s : null)).ToList();
    }
}
