namespace RedHatApi.Paging;

/// <summary>What the caller wants from a listing: where to start, how many at most, how big each page is.</summary>
internal sealed class PagingPlan
{
    internal PagingPlan(long skip, long? first, int pageSize, bool cursorBased = false, bool readAhead = true)
    {
        Skip = skip;
        First = first;
        PageSize = pageSize;
        CursorBased = cursorBased;
        ReadAhead = readAhead;
    }

    /// <summary>Offset of the first item (-Skip).</summary>
    internal long Skip { get; }

    /// <summary>Stop after this many items (-First); null for all.</summary>
    internal long? First { get; }

    /// <summary>Items per request (-PageSize).</summary>
    internal int PageSize { get; }

    /// <summary>Pages are chained by NextCursor instead of offsets.</summary>
    internal bool CursorBased { get; }

    /// <summary>Fetch page n+1 while the pipeline consumes page n.</summary>
    internal bool ReadAhead { get; }
}
