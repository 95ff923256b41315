using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Session;

namespace RedHatApi.Client.Rhsm;

/// <summary>
/// Typed client of the RHSM API v1. This file is the plumbing every resource shares (envelopes, error bodies,
/// not-found mapping); each resource lives in its own RhsmClient.&lt;Resource&gt;.cs with its endpoints' page caps.
/// </summary>
internal sealed partial class RhsmClient
{
    private const string DisplayName = "The RHSM API";

    /// <summary>How the RHSM API words its failures.</summary>
    internal static readonly IApiErrorShape ErrorShape = new SimpleErrorShape(DisplayName, ParseError);

    private readonly ApiConnection _api;

    internal RhsmClient(ApiConnection api)
    {
        _api = api;
    }

    internal static RhsmClient For(SessionCore session) => new(new ApiConnection(session.ConnectionFor(ApiName.Rhsm), ErrorShape));

    /// <summary>The absolute URL of a path under the API base, for requests and for -WhatIf.</summary>
    internal Uri Url(string relativeUrl) => _api.Url(relativeUrl);

    /// <summary>
    /// One page of a <c>{pagination, body:[...]}</c> listing at <paramref name="path"/> (plus optional extra query
    /// text such as <c>filter=x</c>), mapped item by item; the page carries the limit the server echoes.
    /// </summary>
    private async Task<Page<TModel>> GetListPageAsync<TWire, TModel>(
        string path, string? extraQuery, PageRequest page, Func<TWire, TModel> map, object? target, CancellationToken cancellationToken)
    {
        var url = path + "?limit=" + page.Limit.ToString(CultureInfo.InvariantCulture)
            + "&offset=" + page.Offset.ToString(CultureInfo.InvariantCulture)
            + (string.IsNullOrEmpty(extraQuery) ? string.Empty : "&" + extraQuery);
        var envelope = await GetJsonAsync<RhsmListEnvelope<TWire>>(url, target, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<TModel> items = (envelope.Body ?? new()).Select(map).ToList();
        return new Page<TModel>(items, envelope.Pagination?.Limit);
    }

    /// <summary>The <c>body</c> of a <c>{body:{...}}</c> response.</summary>
    private async Task<TWire> GetBodyAsync<TWire>(string relativeUrl, object? target, CancellationToken cancellationToken)
        where TWire : class
    {
        var envelope = await GetJsonAsync<RhsmEnvelope<TWire>>(relativeUrl, target, cancellationToken).ConfigureAwait(false);
        return envelope.Body ?? throw new RedHatApiException(ErrorIds.InvalidResponse, DisplayName + " answered without a body.");
    }

    /// <summary>
    /// Sends a request built by one of the *Request methods (the value -WhatIf showed; RHSM's writes carry their
    /// arguments in the query, never a body) and returns the response JSON, if any.
    /// </summary>
    private async Task<T?> SendAsync<T>(ApiRequest request, object? target, CancellationToken cancellationToken)
        where T : class =>
        (await _api.SendJsonAsync<T>(request, target, cancellationToken).ConfigureAwait(false)).Body;

    private Task<T> GetJsonAsync<T>(string relativeUrl, object? target, CancellationToken cancellationToken)
        where T : class =>
        _api.GetJsonAsync<T>(_api.Request(HttpMethod.Get, relativeUrl), target, cancellationToken);

    /// <summary>
    /// Turns a 404 about one named thing (a system, an erratum, an allocation...) into its own ErrorId: a per-input
    /// error the pipeline survives, with the thing as the target.
    /// </summary>
    private static Task<T> NotFoundAs<T>(string errorId, string message, object target, Func<Task<T>> call) =>
        FailureAs(HttpStatusCode.NotFound, errorId, _ => message, target, call);

    /// <summary>
    /// Turns one failure status into its own per-input ErrorId whose message can quote the API's reason (RHSM
    /// explains a 400 in its error body: "not enough entitlements left", "name already used"...).
    /// </summary>
    private static async Task<T> FailureAs<T>(HttpStatusCode status, string errorId, Func<string, string> message, object target, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == status)
        {
            throw new RedHatApiException(errorId, message(ApiMessage(ex)), ex)
            {
                StatusCode = ex.StatusCode,
                RequestId = ex.RequestId,
                ResponseExcerpt = ex.ResponseExcerpt,
                Target = target,
                IsPerInput = true,
            };
        }
    }

    /// <summary>The API's own message from an error body (already redacted), else the failure's message.</summary>
    private static string ApiMessage(RedHatApiException ex)
    {
        if (!string.IsNullOrEmpty(ex.ResponseExcerpt))
        {
            try
            {
                using var doc = JsonDocument.Parse(ex.ResponseExcerpt!);
                if (ParseError(doc.RootElement) is { Length: > 0 } message)
                {
                    return message;
                }
            }
            catch (JsonException)
            {
                // Not JSON (or cut at the excerpt limit): the HTTP failure message still says what happened.
            }
        }

        return ex.Message;
    }

    /// <summary>RHSM error bodies: <c>{"error":{"code":404,"message":"..."}}</c>.</summary>
    private static string? ParseError(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) &&
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) &&
        message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;

    private static string Segment(string value) => Uri.EscapeDataString(value);

    private static Uri? ParseUri(string? value) =>
        Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
}
