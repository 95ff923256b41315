using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Console;
using RedHatApi.Properties;

namespace RedHatApi.Client.Console;

/// <summary>
/// Reads every host of an inventory listing exactly once while the inventory keeps changing. Pages are read one after
/// another in display-name order (a host updated meanwhile keeps its place, unlike in the API's default modified_on
/// order); a host seen twice (renamed forwards) is written once, by id; when fewer hosts were read than the total the
/// API reports, the hosts updated since the crawl began are read again (a host renamed backwards is among them);
/// what still differs from the total is reported, never hidden. Not thread-safe: one crawl per listing.
/// </summary>
internal sealed class InventoryCrawl
{
    /// <summary>How far before the crawl's start the catch-up reads, so a client clock ahead of the server's loses no update.</summary>
    internal static readonly TimeSpan ClockSkewMargin = TimeSpan.FromMinutes(5);

    private readonly Func<InventoryHostQuery, int, int, CancellationToken, Task<InventoryPageWire>> _fetch;
    private readonly HashSet<Guid> _seen = new();

    /// <param name="fetch">One page: (filters, 1-based page, per_page).</param>
    internal InventoryCrawl(Func<InventoryHostQuery, int, int, CancellationToken, Task<InventoryPageWire>> fetch)
    {
        _fetch = fetch;
    }

    /// <summary>The total the last page reported; null before the first page.</summary>
    internal long? Total { get; private set; }

    /// <summary>Distinct hosts written.</summary>
    internal int Received => _seen.Count;

    /// <summary>Hosts that came again on a later page and were dropped.</summary>
    internal int Duplicates { get; private set; }

    /// <summary>Hosts only the catch-up over recently updated hosts found.</summary>
    internal int CaughtUp { get; private set; }

    /// <summary>Pages requested.</summary>
    internal int Pages { get; private set; }

    /// <summary>The total the first page reported.</summary>
    internal long? FirstTotal { get; private set; }

    /// <summary>
    /// True when the crawl ran to the end (not stopped by -First or the consumer) and the distinct count differs from
    /// the total, or the total changed while pages were read: a host removed behind the crawl shifts the next pages by
    /// one and hides a host that the count alone cannot reveal.
    /// </summary>
    internal bool Mismatch => Completed && Total is { } total && (total != Received || FirstTotal != total);

    /// <summary>True when every page was read.</summary>
    internal bool Completed { get; private set; }

    /// <summary>The hosts, each once, as their pages arrive. <paramref name="onTotal"/> hears the first page's total.</summary>
    internal async IAsyncEnumerable<InventoryHost> RunAsync(
        InventoryHostQuery query, int perPage, Action<long>? onTotal, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow - ClockSkewMargin;
        await foreach (var host in PassAsync(query, perPage, onTotal, cancellationToken).ConfigureAwait(false))
        {
            yield return host;
        }

        if (Total is { } total && Received < total)
        {
            // Hosts missing after a full pass moved behind the crawl; they were updated after it began.
            var before = Received;
            await foreach (var host in PassAsync(query.UpdatedSince(started), perPage, null, cancellationToken, keepTotal: true).ConfigureAwait(false))
            {
                yield return host;
            }

            CaughtUp = Received - before;
        }

        Completed = true;
    }

    /// <summary>The message of the warning a mismatch deserves (read, total, duplicates dropped).</summary>
    internal string MismatchMessage() =>
        Text.Format(Strings.InventoryTotalMismatch, Received, FirstTotal, Total, Duplicates);

    private async IAsyncEnumerable<InventoryHost> PassAsync(
        InventoryHostQuery query, int perPage, Action<long>? onTotal, [EnumeratorCancellation] CancellationToken cancellationToken, bool keepTotal = false)
    {
        long read = 0;
        for (var page = 1; ; page++)
        {
            InventoryPageWire wire;
            try
            {
                wire = await _fetch(query, page, perPage, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Received > 0 && ex is not OperationCanceledException)
            {
                // Page numbers shift under a live inventory: there is no offset to resume from, only a new crawl.
                throw new ListingIncompleteException(Text.Format(Strings.InventoryCrawlIncomplete, Received, ex.Message), Received, 0, ex);
            }

            Pages++;
            if (!keepTotal)
            {
                if (Total is null)
                {
                    FirstTotal = wire.Total;
                    onTotal?.Invoke(wire.Total);
                }

                Total = wire.Total;
            }

            var results = wire.Results ?? new List<InventoryHostWire>();
            var retrievedAt = DateTimeOffset.UtcNow;
            foreach (var item in results)
            {
                var host = ConsoleClient.ToModel(item, retrievedAt);
                if (!_seen.Add(host.Id))
                {
                    Duplicates++;
                    continue;
                }

                yield return host;
            }

            read += results.Count;

            // The server's per_page wins (it caps), and a page beyond the total is never asked for.
            var served = wire.PerPage > 0 ? Math.Min(wire.PerPage, perPage) : perPage;
            if (results.Count == 0 || results.Count < served || read >= wire.Total)
            {
                yield break;
            }
        }
    }
}
