namespace RedHatApi.Paging;

/// <summary>What the caller wants from a listing: where to start, how many at most, how big each page is.</summary>
internal sealed class PagingPlan
{
    /// <summary>
    /// Default largest number of pages in flight once the first page has shown how the server pages (the window
    /// grows to it from <see cref="Paginator.InitialWindow"/>). Eight keeps a 20 ms round trip from bounding a
    /// 5,000-system listing; more showed no gain (docs/performance.md).
    /// </summary>
    internal const int DefaultPagesInFlight = 8;

    internal PagingPlan(long skip, long? first, int pageSize, bool cursorBased = false, int pagesInFlight = DefaultPagesInFlight)
    {
        Skip = skip;
        First = first;
        PageSize = pageSize;
        CursorBased = cursorBased;
        PagesInFlight = cursorBased ? 1 : System.Math.Max(1, pagesInFlight);
    }

    /// <summary>Offset of the first item (-Skip).</summary>
    internal long Skip { get; }

    /// <summary>Stop after this many items (-First); null for all.</summary>
    internal long? First { get; }

    /// <summary>Items per request (-PageSize).</summary>
    internal int PageSize { get; }

    /// <summary>Pages are chained by NextCursor instead of offsets.</summary>
    internal bool CursorBased { get; }

    /// <summary>
    /// Pages requested ahead of the consumer (1 = strictly one after another). Cursor APIs cannot know the next
    /// cursor in advance, so they always use 1.
    /// </summary>
    internal int PagesInFlight { get; }
}
