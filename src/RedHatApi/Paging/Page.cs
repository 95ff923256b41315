using System.Collections.Generic;

namespace RedHatApi.Paging;

/// <summary>One page as a client mapped it from its API's envelope.</summary>
internal sealed class Page<T>
{
    internal Page(IReadOnlyList<T> items, int? servedLimit = null, long? total = null, string? nextCursor = null)
    {
        Items = items;
        ServedLimit = servedLimit;
        Total = total;
        NextCursor = nextCursor;
    }

    internal IReadOnlyList<T> Items { get; }

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
