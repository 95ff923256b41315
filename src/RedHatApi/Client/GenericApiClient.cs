using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client;

/// <summary>
/// Sends any request through any connection of the session with its auth, retries, proxy and logging
/// (Invoke-RedHatApiRequest), and pages limit/offset listings whatever their envelope: RHSM's {pagination, body} or
/// a bare array.
/// </summary>
internal sealed class GenericApiClient
{
    private readonly ApiConnection _api;

    // The first bare-array page of a listing, as text: an endpoint that ignores offset answers it again at every offset.
    private string? _firstArray;

    internal GenericApiClient(Connection connection)
        : this(new ApiConnection(connection, new SimpleErrorShape("The " + connection.Family + " API", ParseAnyError)))
    {
    }

    internal GenericApiClient(ApiConnection api)
    {
        _api = api;
    }

    /// <summary>Sends one request and returns the body text; a failure status throws RedHatApiException.</summary>
    internal Task<string> SendAsync(ApiRequest request, CancellationToken cancellationToken) =>
        _api.SendTextAsync(request, request.Url, cancellationToken);

    /// <summary>
    /// One page of a limit/offset listing as raw JSON items. A bare array longer than the limit asked for comes from
    /// an endpoint that does not page (Assisted /clusters): it is the whole list, so it is the last page; the same
    /// array again at a later offset ends the listing too. One client pages one listing.
    /// </summary>
    internal async Task<Page<JsonElement>> GetPageAsync(Uri url, PageRequest page, CancellationToken cancellationToken)
    {
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        var pageUrl = new Uri(url.AbsoluteUri + separator + "limit=" + page.Limit.ToString(CultureInfo.InvariantCulture)
            + "&offset=" + page.Offset.ToString(CultureInfo.InvariantCulture));
        var body = await SendAsync(new ApiRequest(HttpMethod.Get, pageUrl), cancellationToken).ConfigureAwait(false);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.NotJson, pageUrl.AbsoluteUri, ex.Message), ex) { Target = pageUrl };
        }

        using var parsed = doc;
        var root = parsed.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            // The same array again at a later offset (one exactly -PageSize long from an endpoint that does not
            // page) is the end: its items were written with the first page.
            var text = root.GetRawText();
            if (Interlocked.CompareExchange(ref _firstArray, text, null) is { } first && root.GetArrayLength() > 0 && string.Equals(first, text, StringComparison.Ordinal))
            {
                return new Page<JsonElement>(Array.Empty<JsonElement>(), isLast: true);
            }

            var all = root.EnumerateArray().Select(e => e.Clone()).ToList();
            return new Page<JsonElement>(all, isLast: all.Count > page.Limit);
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("body", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            int? served = root.TryGetProperty("pagination", out var pagination) && pagination.ValueKind == JsonValueKind.Object &&
                pagination.TryGetProperty("limit", out var limit) && limit.TryGetInt32(out var value) ? value : null;
            return new Page<JsonElement>(items.EnumerateArray().Select(e => e.Clone()).ToList(), served);
        }

        // Not a list: one item, which ends the listing.
        return new Page<JsonElement>(new List<JsonElement> { root.Clone() }, isLast: true);
    }

    /// <summary>The message of any of the error shapes RedHatApi's APIs use.</summary>
    internal static string? ParseAnyError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var nested) && nested.ValueKind == JsonValueKind.String)
            {
                return nested.GetString();
            }

            if (error.ValueKind == JsonValueKind.String)
            {
                return root.TryGetProperty("error_description", out var description) && description.ValueKind == JsonValueKind.String
                    ? error.GetString() + ": " + description.GetString()
                    : error.GetString();
            }
        }

        foreach (var name in new[] { "message", "reason", "error_message" })
        {
            if (root.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString();
            }
        }

        return null;
    }
}
