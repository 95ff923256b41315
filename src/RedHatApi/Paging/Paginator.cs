using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Paging;

/// <summary>Fetches one page of a listing.</summary>
internal delegate Task<Page<T>> PageFetcher<T>(PageRequest request, CancellationToken cancellationToken);

/// <summary>
/// Turns a page fetcher into a lazy stream of items, in order. The first page is fetched alone: it shows the limit
/// the server really applies (RHSM silently caps an over-large one). After that the offsets of the next pages are
/// known, so a bounded window of pages is requested ahead while the consumer handles the current one; that is what
/// lets a listing beat a one-request-at-a-time loop, at the price of at most (window - 1) empty requests at the end.
/// The window starts small and doubles while pages keep coming, so that price stays small for small accounts.
/// The stream ends on a short page, an empty page, the known total or -First; a consumer that stops early cancels
/// every fetch in flight. A page that fails after others were streamed ends the stream with a
/// <see cref="ListingIncompleteException"/> that says how far it got: never a silently partial list.
/// </summary>
internal static class Paginator
{
    /// <summary>Pages requested ahead right after the first page; the window then grows to the plan's.</summary>
    internal const int InitialWindow = 2;

    internal static async IAsyncEnumerable<T> StreamAsync<T>(
        PageFetcher<T> fetch,
        PagingPlan plan,
        Action<long?>? onTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (plan.First is <= 0)
        {
            // -First 0 -IncludeTotalCount: no item is wanted, but the total is; one smallest page tells it.
            if (onTotal is not null)
            {
                var probe = await fetch(new PageRequest(plan.Skip, 1), cancellationToken).ConfigureAwait(false);
                onTotal(probe.Total);
            }

            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new Queue<(PageRequest Request, Task<Page<T>> Page)>();
        long written = 0;
        long scheduledItems = 0;
        var limit = plan.PageSize;
        long? total = null;
        var first = true;

        // The window opens at two pages and doubles with each page that says more follow, up to the plan's: a small
        // account costs one or two spare requests, a large one soon has the whole window in flight.
        var window = Math.Min(InitialWindow, plan.PagesInFlight);
        var cursorsSeen = new HashSet<string>(StringComparer.Ordinal);
        Schedule(new PageRequest(plan.Skip, LimitFor(plan, 0, limit)));
        try
        {
            while (inFlight.Count > 0)
            {
                var (request, pending) = inFlight.Dequeue();
                Page<T> page;
                try
                {
                    page = await pending.ConfigureAwait(false);
                }
                catch (Exception ex) when (written > 0 && ex is not OperationCanceledException)
                {
                    throw Incomplete(written, plan.Skip + written, ex);
                }

                if (first)
                {
                    first = false;
                    total = page.Total;
                    onTotal?.Invoke(total);

                    // Calibrate on what the server served, not what was asked, before predicting more offsets.
                    if (page.ServedLimit is { } served && served > 0 && served < limit)
                    {
                        limit = served;
                    }
                }

                var afterPage = written + page.Items.Count;
                var nextOffset = request.Offset + page.Items.Count;
                var last = IsLastPage(page, plan, Math.Min(request.Limit, limit), afterPage, nextOffset, total);

                // A cursor the service already gave would ask for pages already read, forever: stop after this page.
                var loops = !last && plan.CursorBased && !cursorsSeen.Add(page.NextCursor!);
                if (!last && !loops)
                {
                    if (plan.CursorBased)
                    {
                        Schedule(new PageRequest(nextOffset, LimitFor(plan, afterPage, limit), page.NextCursor));
                    }
                    else
                    {
                        // Keep the window full: requests continue from the end of what is already scheduled.
                        scheduledItems = Math.Max(scheduledItems, nextOffset - plan.Skip);
                        while (inFlight.Count < window && !Beyond(plan, scheduledItems, total))
                        {
                            var next = new PageRequest(plan.Skip + scheduledItems, LimitFor(plan, scheduledItems, limit));
                            Schedule(next);
                            scheduledItems += next.Limit;
                        }

                        window = Math.Min(plan.PagesInFlight, window * 2);
                    }
                }

                foreach (var item in page.Items)
                {
                    if (plan.First is { } max && written >= max)
                    {
                        yield break;
                    }

                    written++;
                    yield return item;
                }

                if (last)
                {
                    yield break;
                }

                if (loops)
                {
                    throw new RedHatApiException(
                        ErrorIds.PagingLoopDetected, Text.Format(Strings.PagingLoopDetected, written, Shorten(page.NextCursor!)))
                    {
                        Target = page.NextCursor,
                    };
                }
            }
        }
        finally
        {
            // The listing ended or the consumer stopped (-First, Ctrl+C, an error downstream): cancel what is still
            // in flight and observe it, so no exception is left unobserved and no request outlives the command.
            stop.Cancel();
            while (inFlight.Count > 0)
            {
                try
                {
                    await inFlight.Dequeue().Page.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Cancelled or failed after the consumer stopped: nothing is lost, nobody waits for it.
                }
            }
        }

        void Schedule(PageRequest request) =>
            inFlight.Enqueue((request, Task.Run(() => fetch(request, stop.Token), stop.Token)));
    }

    private static bool IsLastPage<T>(Page<T> page, PagingPlan plan, int requested, long afterPage, long offset, long? total)
    {
        if (page.IsLast || page.Items.Count == 0 || (plan.First is { } max && afterPage >= max))
        {
            return true;
        }

        if (plan.CursorBased)
        {
            return string.IsNullOrEmpty(page.NextCursor);
        }

        if (total is { } known && offset >= known)
        {
            return true;
        }

        // A short page is the last one, measured against what the server says it served, not what we asked.
        var served = page.ServedLimit is { } echoed && echoed > 0 && echoed < requested ? echoed : requested;
        return page.Items.Count < served;
    }

    /// <summary>True when everything -First allows, or the known total, is already scheduled.</summary>
    private static bool Beyond(PagingPlan plan, long scheduledItems, long? total) =>
        (plan.First is { } max && scheduledItems >= max) || (total is { } known && plan.Skip + scheduledItems >= known);

    private static int LimitFor(PagingPlan plan, long done, int limit)
    {
        if (plan.First is { } max)
        {
            var remaining = max - done;
            if (remaining < limit)
            {
                return (int)Math.Max(remaining, 1);
            }
        }

        return limit;
    }

    /// <summary>A cursor as a message shows it: enough to recognise, not a wall of base64.</summary>
    private static string Shorten(string cursor) => cursor.Length <= 40 ? cursor : cursor.Substring(0, 40) + "…";

    private static ListingIncompleteException Incomplete(long written, long resume, Exception inner) =>
        new(Text.Format(Strings.ListingIncomplete, written, inner.Message, resume), written, resume, inner);
}
