using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// Typed client of the Assisted Installer API v2. This file is the plumbing every resource shares: JSON requests and
/// bare-array answers, the two error body shapes, and turning 404/409 about one named thing into its own error;
/// each resource lives in its own AssistedClient.&lt;Resource&gt;.cs.
/// </summary>
internal sealed partial class AssistedClient
{
    private const string DisplayName = "The Assisted Installer API";

    // "… is in installing state …" / "… in state 'installing' …": how the service names a state in a 409 reason.
    private static readonly Regex StateInReason = new(@"\bin (?:state '?(?<s>[a-z-]+)'?|(?<s>[a-z-]+) state)\b", RegexOptions.CultureInvariant);

    private readonly HttpClient _http;

    internal AssistedClient(HttpClient http)
    {
        _http = http;
    }

    internal static AssistedClient For(SessionCore session) => new(session.CreateApiClient(ApiName.Assisted));

    /// <summary>The absolute URL of a path under the API base (…/v2/), for requests and for -WhatIf.</summary>
    internal Uri Url(string relativeUrl) => new(_http.BaseAddress!, relativeUrl);

    /// <summary>GET of a JSON document (object or bare array).</summary>
    private async Task<T> GetAsync<T>(string relativeUrl, AssistedTarget? target, CancellationToken cancellationToken)
        where T : class =>
        (await SendAsync<T>(HttpMethod.Get, relativeUrl, null, target, cancellationToken).ConfigureAwait(false)).Body
            ?? throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "empty body"));

    /// <summary>
    /// Sends a request with an optional JSON body and reads the JSON answer (none for 204). Failures throw: 404 and
    /// 409 about <paramref name="target"/> as its own errors, everything else through the shared status table.
    /// </summary>
    private async Task<AssistedResponse<T>> SendAsync<T>(
        HttpMethod method, string relativeUrl, JsonObject? body, AssistedTarget? target, CancellationToken cancellationToken, bool agent = false)
        where T : class
    {
        using var request = new HttpRequestMessage(method, relativeUrl);
        if (agent)
        {
            // Agent-facing operation: the auth handler sends the pull secret's token as X-Secret-Key, no bearer.
            Http.AuthHandler.MarkAgent(request);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(response, target, cancellationToken).ConfigureAwait(false);
        }

        if (response.StatusCode == HttpStatusCode.NoContent || response.Content is null || response.Content.Headers.ContentLength == 0)
        {
            return new AssistedResponse<T>(null, response.Headers);
        }

        try
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var value = await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new AssistedResponse<T>(value, response.Headers);
        }
        catch (Exception ex) when (ex is JsonException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw ApiErrorReader.InvalidBody(DisplayName, response, ex);
        }
    }

    /// <summary>The exception for a failed answer, in either error shape.</summary>
    private static async Task<RedHatApiException> FailureAsync(HttpResponseMessage response, AssistedTarget? target, CancellationToken cancellationToken)
    {
        // Buffered, so both the shared reader and this method can read the body.
        if (response.Content is not null)
        {
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        var shared = await ApiErrorReader.ReadAsync(response, DisplayName, AssistedErrorBody.Message, target?.Id, cancellationToken).ConfigureAwait(false);
        var (apiCode, reason) = await ReadErrorAsync(response).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status == 404 && target is not null)
        {
            return Rewrap(shared, target.NotFoundErrorId, target.NotFoundMessage, apiCode, target.Id, perInput: true);
        }

        if (status == 409 && target is { ConflictErrorId: { } conflictId })
        {
            var state = (reason is null ? null : StateInReason.Match(reason) is { Success: true } m ? m.Groups["s"].Value : null)
                ?? (target.ReadState is null ? null : await target.ReadState(cancellationToken).ConfigureAwait(false))
                ?? Strings.AssistedStateUnknown;
            var message = target.ConflictText?.Invoke(state, reason ?? response.ReasonPhrase)
                ?? Text.Format(Strings.AssistedStateConflict, target.Operation, state, target.ConflictAdvice, reason ?? response.ReasonPhrase);
            return Rewrap(shared, conflictId, message, apiCode, target.Id, perInput: true);
        }

        if (status == 400)
        {
            return Rewrap(shared, ErrorIds.AssistedRequestInvalid, Text.Format(Strings.AssistedRequestInvalid, reason ?? response.ReasonPhrase), apiCode, target?.Id, perInput: target is not null);
        }

        return Rewrap(shared, shared.ErrorId, shared.Message, apiCode, target?.Id, perInput: false);
    }

    private static async Task<(string? Code, string? Reason)> ReadErrorAsync(HttpResponseMessage response)
    {
        if (response.Content is null)
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            return (AssistedErrorBody.Code(doc.RootElement), AssistedErrorBody.Message(doc.RootElement));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static RedHatApiException Rewrap(RedHatApiException shared, string errorId, string message, string? apiCode, object? target, bool perInput) =>
        new(errorId, message, shared.InnerException)
        {
            StatusCode = shared.StatusCode,
            ApiErrorCode = apiCode,
            RequestId = shared.RequestId,
            ResponseExcerpt = shared.ResponseExcerpt,
            Target = target ?? shared.Target,
            IsPerInput = perInput,
        };

    private static string Segment(Guid id) => id.ToString("D");

    /// <summary>
    /// Times of the API. Unset times come back as Go's zero time (0001-01-01) or the database default
    /// 2000-01-01T00:00:00Z; both mean "never" and become null.
    /// </summary>
    private static DateTimeOffset? ParseTime(string? value)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return null;
        }

        return at.Year <= 1 || at == new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) ? null : at;
    }

    private static Uri? ParseUri(string? value) =>
        Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;

    /// <summary>A JSON answer and the headers that came with it (events carry their counts there).</summary>
    private sealed class AssistedResponse<T>
        where T : class
    {
        internal AssistedResponse(T? body, HttpResponseHeaders headers)
        {
            Body = body;
            Headers = headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        }

        internal T? Body { get; }

        internal IReadOnlyDictionary<string, string> Headers { get; }
    }
}
