namespace RedHatApi.Paging;

/// <summary>
/// How an API's listings page. The area client declares it (cmdlets never choose); the paginator plans requests
/// from it: offsets can be requested ahead, the chained modes only one after another.
/// </summary>
internal enum PagingMode
{
    /// <summary>limit and offset (RHSM, Assisted events).</summary>
    Offset,

    /// <summary>An opaque next token from the previous page (Kubernetes <c>continue</c>).</summary>
    Cursor,

    /// <summary>The id of the last item read (OpenStack <c>marker</c>): chained like a cursor.</summary>
    Marker,

    /// <summary>A <c>next</c> link the previous page gave: chained like a cursor.</summary>
    NextLink,

    /// <summary>Page numbers; the client turns the offset it is given into a page number.</summary>
    PageNumber,

    /// <summary>One answer holds everything; the client marks its only page as the last.</summary>
    None,
}

/// <summary>What a paging mode means for the paginator.</summary>
internal static class PagingModes
{
    /// <summary>True when each page names the next, so pages come one after another and -Skip is applied by reading.</summary>
    internal static bool IsChained(this PagingMode mode) => mode is PagingMode.Cursor or PagingMode.Marker or PagingMode.NextLink;
}
