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

    /// <summary>How the Assisted Installer words its failures, both error body shapes, with the target's own 404 and 409 errors.</summary>
    internal static readonly IApiErrorShape ErrorShape = new AssistedErrorShape();

    private readonly ApiConnection _api;
    private readonly ApiConnection _agent;

    /// <param name="api">The user connection (bearer).</param>
    /// <param name="agent">The agent connection (the pull secret's token as X-Secret-Key, no bearer).</param>
    internal AssistedClient(ApiConnection api, ApiConnection agent)
    {
        _api = api;
        _agent = agent;
    }

    internal static AssistedClient For(SessionCore session) => new(
        new ApiConnection(session.ConnectionFor(ApiName.Assisted), ErrorShape),
        new ApiConnection(session.AgentConnectionFor(ApiName.Assisted), ErrorShape));

    /// <summary>The absolute URL of a path under the API base (…/v2/), for requests and for -WhatIf.</summary>
    internal Uri Url(string relativeUrl) => _api.Url(relativeUrl);

    /// <summary>GET of a JSON document (object or bare array).</summary>
    private Task<T> GetAsync<T>(string relativeUrl, AssistedTarget? target, CancellationToken cancellationToken)
        where T : class =>
        _api.GetJsonAsync<T>(_api.Request(HttpMethod.Get, relativeUrl), target, cancellationToken);

    /// <summary>
    /// Sends a request (from one of the *Request builders, the value -WhatIf showed) and reads the JSON answer (none for 204). Failures throw: 404 and
    /// 409 about <paramref name="target"/> as its own errors, everything else through the shared status table.
    /// Agent-facing operations go through the agent connection.
    /// </summary>
    private Task<ApiResponse<T>> SendAsync<T>(ApiRequest request, AssistedTarget? target, CancellationToken cancellationToken, bool agent = false)
        where T : class =>
        (agent ? _agent : _api).SendJsonAsync<T>(request, target, cancellationToken);

    /// <summary>A request under the API base with an optional typed wire body; agent-facing ones on the agent connection.</summary>
    private ApiRequest Request(HttpMethod method, string relativeUrl, object? body = null, bool agent = false) =>
        (agent ? _agent : _api).Request(method, relativeUrl, body);

    /// <summary>The wire names of the fields a PATCH body sets, in wire order: what -WhatIf says a Set- cmdlet changes.</summary>
    internal static IReadOnlyList<string> FieldsOf(object changes) =>
        JsonSerializer.SerializeToNode(changes, changes.GetType()) is JsonObject fields
            ? fields.Select(f => f.Key).ToList()
            : Array.Empty<string>();

    private sealed class AssistedErrorShape : IApiErrorShape
    {
        public string DisplayName => AssistedClient.DisplayName;

        public Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken) =>
            FailureAsync(response, target as AssistedTarget, cancellationToken);
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
}
