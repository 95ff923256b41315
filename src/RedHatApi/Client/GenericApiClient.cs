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
/// Sends any request to an API with the session's auth, retries, proxy and logging (Invoke-RedHatApiRequest), and
/// pages limit/offset listings whatever their envelope: RHSM's {pagination, body} or a bare array.
/// </summary>
internal sealed class GenericApiClient
{
    private readonly HttpClient _http;
    private readonly string _displayName;

    internal GenericApiClient(SessionCore session, ApiName api)
    {
        _http = session.CreateApiClient(api);
        _displayName = "The " + api + " API";
    }

    /// <summary>Sends one request and returns the body text; a failure status throws RedHatApiException.</summary>
    internal async Task<string> SendAsync(HttpMethod method, Uri url, string? jsonBody, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiErrorReader.ReadAsync(response, _displayName, ParseAnyError, url, cancellationToken).ConfigureAwait(false);
        }

        return response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    /// <summary>One page of a limit/offset listing as raw JSON items.</summary>
    internal async Task<Page<JsonElement>> GetPageAsync(Uri url, PageRequest page, CancellationToken cancellationToken)
    {
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        var pageUrl = new Uri(url.AbsoluteUri + separator + "limit=" + page.Limit.ToString(CultureInfo.InvariantCulture)
            + "&offset=" + page.Offset.ToString(CultureInfo.InvariantCulture));
        var body = await SendAsync(HttpMethod.Get, pageUrl, null, cancellationToken).ConfigureAwait(false);
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
            return new Page<JsonElement>(root.EnumerateArray().Select(e => e.Clone()).ToList());
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("body", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            int? served = root.TryGetProperty("pagination", out var pagination) && pagination.ValueKind == JsonValueKind.Object &&
                pagination.TryGetProperty("limit", out var limit) && limit.TryGetInt32(out var value) ? value : null;
            return new Page<JsonElement>(items.EnumerateArray().Select(e => e.Clone()).ToList(), served);
        }

        // Not a list: one item, which ends the listing.
        return new Page<JsonElement>(new List<JsonElement> { root.Clone() }, servedLimit: int.MaxValue);
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
