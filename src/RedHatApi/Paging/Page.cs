using System.Collections.Generic;

namespace RedHatApi.Paging;

/// <summary>One page as a client mapped it from its API's envelope.</summary>
internal sealed class Page<T>
{
    internal Page(IReadOnlyList<T> items, int? servedLimit = null, long? total = null, string? nextCursor = null, bool isLast = false)
    {
        Items = items;
        IsLast = isLast;
        ServedLimit = servedLimit;
        Total = total;
        NextCursor = nextCursor;
    }

    internal IReadOnlyList<T> Items { get; }

    /// <summary>
    /// The client knows this is the end whatever its size: a single object, or a bare array that ignored the limit
    /// (an endpoint that does not page returns everything at every offset, so asking on would never end).
    /// </summary>
    internal bool IsLast { get; }

    /// <summary>
    /// The limit the server says it applied (RHSM echoes <c>pagination.limit</c>). A server that silently caps an
    /// over-large limit serves fewer items than asked without being at the end; comparing the page with this
    /// value, not with the requested limit, keeps a capped page from looking like the last one.
    /// </summary>
    internal int? ServedLimit { get; }

    /// <summary>Total matching items when the API tells (Event-Count); null when unknown.</summary>
    internal long? Total { get; }

    /// <summary>Cursor for the next page (cursor APIs); null when the API has no more or is offset-based.</summary>
    internal string? NextCursor { get; }
}
