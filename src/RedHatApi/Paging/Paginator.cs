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
/// Turns a page fetcher into a lazy stream of items. At most one page is read ahead while the consumer handles
/// the current one; the stream ends on a short page, an empty page, the known total or -First; a consumer that
/// stops early cancels the fetch in flight. A page that fails after others were streamed ends the stream with a
/// <see cref="ListingIncompleteException"/> that says how far it got: never a silently partial list.
/// </summary>
internal static class Paginator
{
    internal static async IAsyncEnumerable<T> StreamAsync<T>(
        PageFetcher<T> fetch,
        PagingPlan plan,
        Action<long?>? onTotal = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (plan.First is <= 0)
        {
            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long written = 0;
        var offset = plan.Skip;
        var first = true;
        PageRequest? deferred = null;
        Task<Page<T>>? next = Fetch(fetch, new PageRequest(offset, LimitFor(plan, written)), stop.Token);
        try
        {
            while (next is not null)
            {
                var requested = LimitFor(plan, written);
                Page<T> page;
                try
                {
                    page = await next.ConfigureAwait(false);
                }
                catch (Exception ex) when (written > 0 && ex is not OperationCanceledException)
                {
                    throw Incomplete(written, plan.Skip + written, ex);
                }

                next = null;
                if (first)
                {
                    onTotal?.Invoke(page.Total);
                    first = false;
                }

                offset += page.Items.Count;
                var afterPage = written + page.Items.Count;
                if (!IsLastPage(page, plan, requested, afterPage, offset))
                {
                    var request = new PageRequest(offset, LimitFor(plan, afterPage), page.NextCursor);
                    if (plan.ReadAhead)
                    {
                        next = Fetch(fetch, request, stop.Token);
                    }
                    else
                    {
                        deferred = request;
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

                if (deferred is { } later)
                {
                    deferred = null;
                    next = Fetch(fetch, later, stop.Token);
                }
            }
        }
        finally
        {
            // The consumer stopped (-First, Ctrl+C, an error downstream): cancel the read-ahead and observe it so
            // its exception is not left unobserved.
            stop.Cancel();
            if (next is not null)
            {
                try
                {
                    await next.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Cancelled or failed after the consumer stopped: nothing is lost, nobody is waiting for it.
                }
            }
        }
    }

    private static bool IsLastPage<T>(Page<T> page, PagingPlan plan, int requested, long afterPage, long offset)
    {
        if (page.Items.Count == 0 || (plan.First is { } max && afterPage >= max))
        {
            return true;
        }

        if (plan.CursorBased)
        {
            return string.IsNullOrEmpty(page.NextCursor);
        }

        if (page.Total is { } total && offset >= total)
        {
            return true;
        }

        // A short page is the last one, measured against what the server says it served, not what we asked.
        var served = page.ServedLimit is { } echoed && echoed > 0 && echoed < requested ? echoed : requested;
        return page.Items.Count < served;
    }

    private static int LimitFor(PagingPlan plan, long written)
    {
        if (plan.First is { } max)
        {
            var remaining = max - written;
            if (remaining < plan.PageSize)
            {
                return (int)Math.Max(remaining, 1);
            }
        }

        return plan.PageSize;
    }

    private static Task<Page<T>> Fetch<T>(PageFetcher<T> fetch, PageRequest request, CancellationToken cancellationToken) =>
        Task.Run(() => fetch(request, cancellationToken), cancellationToken);

    private static ListingIncompleteException Incomplete(long written, long resume, Exception inner) =>
        new(Text.Format(Strings.ListingIncomplete, written, inner.Message, resume), written, resume, inner);
}
