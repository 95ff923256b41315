using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// Base of the RHSM listings that filter on the client because the API cannot (errata by type or severity,
/// packages by name). With a filter, -First and -Skip count matching items, so "-First 5" means five matches, not
/// five items of which some were dropped.
/// </summary>
public abstract class RhsmFilteredListCommand : RedHatApiCmdlet
{
    /// <summary>
    /// Streams a listing, keeping only items <paramref name="match"/> accepts; without a filter the paging is done by
    /// the server (<see cref="RedHatApiCmdlet.WritePagedAsync"/>). With one, every page is read from offset 0 until
    /// -First matches are written; -IncludeTotalCount reports the number of matches when the whole listing was read.
    /// </summary>
    internal async Task WriteMatchingAsync<T>(PageFetcher<T> fetch, int pageSize, Func<T, bool>? match, CancellationToken cancellationToken)
    {
        if (match is null)
        {
            await WritePagedAsync(fetch, pageSize, cancellationToken);
            return;
        }

        var paging = PagingParameters;
        long? first = paging is null || paging.First == ulong.MaxValue ? null : (long)Math.Min(paging.First, long.MaxValue);
        var skip = paging is null ? 0 : (long)Math.Min(paging.Skip, long.MaxValue);
        long matched = 0;
        long written = 0;
        var readToTheEnd = true;
        try
        {
            if (first is not <= 0)
            {
                await foreach (var item in Paginator.StreamAsync(fetch, new PagingPlan(0, null, pageSize), null, cancellationToken))
                {
                    if (!match(item) || ++matched <= skip)
                    {
                        continue;
                    }

                    WriteObject(item);
                    if (++written == first)
                    {
                        // Leaving the loop cancels the pages still in flight.
                        readToTheEnd = false;
                        break;
                    }
                }
            }
            else
            {
                readToTheEnd = false;
            }
        }
        catch (ListingIncompleteException ex) when (ex.InnerException is { } inner)
        {
            // The paginator counted every item read; the user counts matches, and resumes with -Skip in matches too.
            throw new ListingIncompleteException(Text.Format(Strings.ListingIncomplete, written, inner.Message, skip + written), written, skip + written, inner);
        }

        if (paging is not null && paging.IncludeTotalCount)
        {
            WriteObject(readToTheEnd ? paging.NewTotalCount((ulong)matched, 1.0) : paging.NewTotalCount(0, 0.0));
        }
    }
}
