namespace RedHatApi.Paging;

/// <summary>One page to fetch: offset-based APIs use Offset, cursor APIs use Cursor.</summary>
internal readonly struct PageRequest
{
    internal PageRequest(long offset, int limit, string? cursor = null)
    {
        Offset = offset;
        Limit = limit;
        Cursor = cursor;
    }

    /// <summary>Items to skip on the server.</summary>
    internal long Offset { get; }

    /// <summary>Items asked for.</summary>
    internal int Limit { get; }

    /// <summary>Continue token or marker from the previous page (Kubernetes, Ironic); null for the first page.</summary>
    internal string? Cursor { get; }

    /// <inheritdoc />
    public override string ToString() => $"offset {Offset}, limit {Limit}";
}
