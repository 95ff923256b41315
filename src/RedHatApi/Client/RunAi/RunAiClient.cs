using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// The NVIDIA Run:ai control-plane client. This file is the plumbing every resource shares: the connection, the
/// three paging modes Run:ai's lists use, list queries and JSON reading; each resource lives in its own
/// RunAiClient.&lt;Resource&gt;.cs with its paths and wire ↔ model maps, wire types in RunAiWire*.cs.
/// </summary>
/// <remarks>
/// Paging (API-CONTRACTS §6): <c>offset</c> + <c>limit</c> (1–500). Where an answer has <c>next</c> (org units,
/// workloads, pods, events), it is the next offset and its absence the end (<see cref="GetNextPageAsync"/>); other
/// lists end on a short page (<see cref="GetOffsetPageAsync"/>); a few answer a bare array
/// (<see cref="GetArrayPageAsync"/>).
/// </remarks>
internal sealed partial class RunAiClient
{
    /// <summary>The most items a Run:ai page holds (limit's maximum), and the cmdlets' default -PageSize.</summary>
    internal const int PageCap = 500;

    internal RunAiClient(ApiConnection api)
    {
        Api = api;
    }

    internal ApiConnection Api { get; }

    /// <summary>Lists that answer <c>next</c> page one after another, so this is the mode their cmdlets declare.</summary>
    internal static PagingMode NextMode => PagingMode.NextLink;

    /// <summary>Lists that end on a short page are plain offset lists (pages can be asked for ahead).</summary>
    internal static PagingMode OffsetMode => PagingMode.Offset;

    /// <summary>The client of the session's Run:ai (the one connected last); none is RunAiNotConnected.</summary>
    internal static RunAiClient For(SessionCore session) =>
        session.DefaultOf(RunAiState.Family) is { } connection
            ? new RunAiClient(new ApiConnection(connection, new RunAiErrorShape(connection.BaseUrl)))
            : throw new RedHatApiException(ErrorIds.RunAiNotConnected, Strings.RunAiNotConnected);

    /// <summary>A request value for a path under the tenant's URL (api/v1/…); -WhatIf shows it, the send uses it.</summary>
    internal ApiRequest Request(HttpMethod method, string relativeUrl, object? body = null) =>
        Api.Request(method, relativeUrl, body, "application/json");

    /// <summary>Sends a request and reads its JSON answer as <typeparamref name="T"/>.</summary>
    internal Task<T> SendAsync<T>(ApiRequest request, object? target, CancellationToken cancellationToken)
        where T : class =>
        Api.GetJsonAsync<T>(request, target, cancellationToken);

    /// <summary>Sends a request whose answer is not needed (DELETE answers 202 or 204).</summary>
    internal async Task SendAsync(ApiRequest request, object? target, CancellationToken cancellationToken)
    {
        using var response = await Api.SendAsync(request, target, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of a list that answers <c>{"&lt;collection&gt;": […], "next": n}</c>. <c>next</c> is the offset of the
    /// next page and its absence the end; a short page is the end too. A <c>next</c> that does not move past the
    /// page just asked for is handed back as the cursor the paginator has already seen, so it stops with
    /// PagingLoopDetected after this page's items; on the first page there is nothing to write, so it stops here.
    /// </summary>
    internal async Task<Page<TModel>> GetNextPageAsync<TWire, TModel>(
        string path, string collection, RunAiListQuery query, PageRequest page, Func<TWire, TModel> map, CancellationToken cancellationToken)
    {
        var offset = page.Cursor is { } cursor ? long.Parse(cursor, CultureInfo.InvariantCulture) : page.Offset;
        using var doc = await GetDocumentAsync(path + "?" + query.ToQuery(offset, page.Limit), cancellationToken).ConfigureAwait(false);
        var items = ItemsOf(doc.RootElement, collection, map);
        string? nextCursor = null;
        if (doc.RootElement.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.Number && next.TryGetInt64(out var nextOffset) && items.Count >= page.Limit)
        {
            if (nextOffset > offset)
            {
                nextCursor = nextOffset.ToString(CultureInfo.InvariantCulture);
            }
            else if (page.Cursor is not null)
            {
                nextCursor = page.Cursor;
            }
            else
            {
                throw new RedHatApiException(ErrorIds.PagingLoopDetected, Text.Format(Strings.PagingLoopDetected, 0, "next " + nextOffset.ToString(CultureInfo.InvariantCulture)))
                {
                    Target = nextOffset,
                };
            }
        }

        return new Page<TModel>(items, nextCursor: nextCursor);
    }

    /// <summary>One page of a list that answers <c>{"&lt;collection&gt;": […]}</c> without <c>next</c>: it ends on a short page.</summary>
    internal async Task<Page<TModel>> GetOffsetPageAsync<TWire, TModel>(
        string path, string collection, RunAiListQuery query, PageRequest page, Func<TWire, TModel> map, CancellationToken cancellationToken)
    {
        using var doc = await GetDocumentAsync(path + "?" + query.ToQuery(page.Offset, page.Limit), cancellationToken).ConfigureAwait(false);
        return new Page<TModel>(ItemsOf(doc.RootElement, collection, map));
    }

    /// <summary>
    /// A list answered as a bare JSON array. With <paramref name="paged"/> it takes offset and limit and ends on a
    /// short page (/users); without, the one answer is everything (/clusters), so its page is the last.
    /// </summary>
    internal async Task<Page<TModel>> GetArrayPageAsync<TWire, TModel>(
        string path, RunAiListQuery query, bool paged, PageRequest page, Func<TWire, TModel> map, CancellationToken cancellationToken)
    {
        var text = query.ToQuery(paged ? page.Offset : null, paged ? page.Limit : null);
        using var doc = await GetDocumentAsync(text.Length == 0 ? path : path + "?" + text, cancellationToken).ConfigureAwait(false);
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("not a JSON array");
        }

        var items = doc.RootElement.EnumerateArray().Select(e => map(Read<TWire>(e))).ToList();
        return new Page<TModel>(items, isLast: !paged);
    }

    /// <summary>GETs a path and parses the answer as a document.</summary>
    internal async Task<JsonDocument> GetDocumentAsync(string relativeUrl, CancellationToken cancellationToken)
    {
        var text = await Api.SendTextAsync(Request(HttpMethod.Get, relativeUrl), null, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, Api.Errors.DisplayName, ex.Message), ex);
        }
    }

    private List<TModel> ItemsOf<TWire, TModel>(JsonElement root, string collection, Func<TWire, TModel> map) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(collection, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => map(Read<TWire>(e))).ToList()
            : throw Invalid("no " + collection + " in the list");

    private T Read<T>(JsonElement element)
    {
        try
        {
            return element.Deserialize<T>() ?? throw new JsonException("null item");
        }
        catch (JsonException ex)
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, Api.Errors.DisplayName, ex.Message), ex);
        }
    }

    private RedHatApiException Invalid(string what) =>
        new(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, Api.Errors.DisplayName, what));
}

/// <summary>
/// The query of a Run:ai list: <c>filterBy</c> (<c>name==x</c>, ops == != &lt;= &gt;= =@ !@ =^ =$, several joined by
/// commas), <c>sortBy</c> and <c>sortOrder</c>, <c>search</c>, and a list's own parameters.
/// </summary>
internal sealed record RunAiListQuery
{
    private static readonly char[] SortSeparators = { ' ', ':' };

    internal IReadOnlyList<string> Filters { get; init; } = Array.Empty<string>();

    internal string? SortBy { get; init; }

    internal bool Descending { get; init; }

    internal string? Search { get; init; }

    internal IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>
    /// A -Sort value as users type it: <c>name</c> ascending, <c>-name</c> or <c>name desc</c> descending.
    /// </summary>
    internal static (string? SortBy, bool Descending) ParseSort(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return (null, false);
        }

        var text = sort!.Trim();
        if (text.StartsWith("-", StringComparison.Ordinal))
        {
            return (text.Substring(1), true);
        }

        var parts = text.Split(SortSeparators, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase) ? (parts[0], true) : (parts[0], false);
    }

    /// <summary>The query string (without '?'): filters, sort, search, the extras, then offset and limit when given.</summary>
    internal string ToQuery(long? offset, int? limit)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        if (Filters.Count > 0)
        {
            pairs.Add(new("filterBy", string.Join(",", Filters)));
        }

        if (SortBy is not null)
        {
            pairs.Add(new("sortBy", SortBy));
            pairs.Add(new("sortOrder", Descending ? "desc" : "asc"));
        }

        if (Search is not null)
        {
            pairs.Add(new("search", Search));
        }

        pairs.AddRange(Extra);
        if (offset is { } o)
        {
            pairs.Add(new("offset", o.ToString(CultureInfo.InvariantCulture)));
        }

        if (limit is { } l)
        {
            pairs.Add(new("limit", l.ToString(CultureInfo.InvariantCulture)));
        }

        return string.Join("&", pairs.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
    }

    /// <summary>A filterBy term that matches a field exactly (<c>name==x</c>).</summary>
    internal static string Equal(string field, string value) => field + "==" + value;
}
