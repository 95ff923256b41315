using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.OpenShift;

/// <summary>
/// Typed client of one cluster's Kubernetes / OpenShift API. This file is the plumbing every resource shares: JSON
/// requests, the Status error body turned into RedHatApi's error ids, and limit/continue paging; each resource
/// lives in its own OpenShiftClient.&lt;Resource&gt;.cs.
/// </summary>
internal sealed partial class OpenShiftClient
{
    private readonly ApiConnection _api;

    internal OpenShiftClient(ClusterConnection cluster)
    {
        Cluster = cluster;
        _api = new ApiConnection(cluster.Connection, new KubeErrorShape(this));
    }

    internal static OpenShiftClient For(ClusterConnection cluster) => new(cluster);

    /// <summary>Kubernetes lists page with limit and the previous page's continue token.</summary>
    internal const RedHatApi.Paging.PagingMode ListPaging = RedHatApi.Paging.PagingMode.Cursor;

    internal ClusterConnection Cluster { get; }

    /// <summary>The cluster as messages name it.</summary>
    internal string ClusterName => Cluster.Name;

    /// <summary>The namespace to use: the one given, else the kubeconfig context's, else "default" (as kubectl does).</summary>
    internal string NamespaceOrDefault(string? ns) => ns ?? Cluster.DefaultNamespace ?? "default";

    /// <summary>The absolute URL of a path under the API server, for requests and for -WhatIf.</summary>
    internal Uri Url(string relativeUrl) => _api.Url(relativeUrl);

    /// <summary>A path segment, escaped (names are DNS labels, but user input is user input).</summary>
    internal static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>A request under the cluster's API URL with an optional JSON body, answered as JSON.</summary>
    private ApiRequest Request(HttpMethod method, string relativeUrl, object? body = null) => _api.Request(method, relativeUrl, body, Json);

    /// <summary>Sends a request built by one of the *Request methods (the value -WhatIf showed) and reads its JSON answer.</summary>
    private Task<T> SendAsync<T>(ApiRequest request, KubeTarget? target, CancellationToken cancellationToken)
        where T : class =>
        _api.GetJsonAsync<T>(request, target, cancellationToken);

    /// <summary>
    /// Sends a request with an optional JSON body and reads the JSON answer. Failures throw: 404 / 409 AlreadyExists /
    /// 422 about <paramref name="target"/> as its own per-input errors, everything else by the shared status table.
    /// </summary>
    private Task<T> SendAsync<T>(HttpMethod method, string relativeUrl, JsonObject? body, KubeTarget? target, CancellationToken cancellationToken)
        where T : class =>
        _api.GetJsonAsync<T>(_api.Request(method, relativeUrl, body, Json), target, cancellationToken);

    /// <summary>
    /// One page of a list: <c>limit</c> and the previous page's <c>continue</c>; the next cursor is
    /// <c>metadata.continue</c> (absent on the last page). The first page's remainingItemCount gives the total
    /// for -IncludeTotalCount when the server tells it.
    /// </summary>
    private async Task<Page<TItem>> ListPageAsync<TWire, TItem>(
        string path, string? query, PageRequest page, Func<TWire, TItem> map, CancellationToken cancellationToken)
    {
        var url = new StringBuilder(path).Append("?limit=").Append(page.Limit.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(query))
        {
            url.Append('&').Append(query);
        }

        if (page.Cursor is { Length: > 0 } cursor)
        {
            url.Append("&continue=").Append(Uri.EscapeDataString(cursor));
        }

        var list = await SendAsync<KubeList<TWire>>(HttpMethod.Get, url.ToString(), null, null, cancellationToken).ConfigureAwait(false);
        var items = (list.Items ?? new System.Collections.Generic.List<TWire>()).ConvertAll(i => map(i));
        var next = string.IsNullOrEmpty(list.Metadata?.Continue) ? null : list.Metadata!.Continue;
        long? total = page.Cursor is null && list.Metadata?.RemainingItemCount is { } remaining ? items.Count + remaining : null;
        if (page.Cursor is null && next is null)
        {
            total = items.Count;
        }

        return new Page<TItem>(items, total: total, nextCursor: next);
    }

    private const string Json = "application/json";

    private string DisplayName => Text.Format("The cluster {0}", ClusterName);

    /// <summary>The Kubernetes Status body read into RedHatApi's ids, naming this cluster.</summary>
    private sealed class KubeErrorShape : IApiErrorShape
    {
        private readonly OpenShiftClient _owner;

        internal KubeErrorShape(OpenShiftClient owner)
        {
            _owner = owner;
        }

        public string DisplayName => _owner.DisplayName;

        public Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken) =>
            _owner.FailureAsync(response, target as KubeTarget, cancellationToken);
    }

    /// <summary>The exception for a failed answer, read from its Status body.</summary>
    private async Task<RedHatApiException> FailureAsync(HttpResponseMessage response, KubeTarget? target, CancellationToken cancellationToken)
    {
        if (response.Content is not null)
        {
            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        var shared = await ApiErrorReader.ReadAsync(response, DisplayName, KubeStatus.Message, target?.Display, cancellationToken).ConfigureAwait(false);
        var (reason, message, detailsName) = await ReadStatusAsync(response).ConfigureAwait(false);
        message ??= response.ReasonPhrase ?? string.Empty;
        var status = (int)response.StatusCode;
        var perInput = target is not null;
        var (id, text) = status switch
        {
            401 => (ErrorIds.AuthenticationFailed, Text.Format(Strings.ClusterAuthenticationFailed, ClusterName)),
            403 => (ErrorIds.PermissionDenied, Text.Format(Strings.ClusterPermissionDenied, ClusterName, message)),
            // A 404 may be about another object than the target (a TokenRequest's bound pod): name the one the cluster named.
            404 when target is not null && (detailsName is null || detailsName == target.Name) =>
                (ErrorIds.OpenShiftObjectNotFound, Text.Format(Strings.OpenShiftObjectNotFound, target.Kind, target.Display, ClusterName, message)),
            404 when target is not null => (ErrorIds.OpenShiftObjectNotFound, Text.Format(Strings.OpenShiftRelatedObjectNotFound, ClusterName, message)),
            409 when reason == "AlreadyExists" && target is not null => (ErrorIds.OpenShiftAlreadyExists, Text.Format(Strings.OpenShiftAlreadyExists, target.Kind, target.Display, ClusterName, message)),
            410 => (ErrorIds.OpenShiftContinueExpired, Text.Format(Strings.OpenShiftContinueExpired, ClusterName)),
            422 => (ErrorIds.OpenShiftInvalid, Text.Format(Strings.OpenShiftInvalid, ClusterName, message)),
            429 => (ErrorIds.RateLimited, Text.Format(Strings.ClusterRateLimited, ClusterName)),
            >= 500 => (ErrorIds.ServiceUnavailable, Text.Format(Strings.ClusterUnavailable, ClusterName, status, message)),
            _ => (shared.ErrorId, shared.Message),
        };

        return new RedHatApiException(id, text, shared.InnerException)
        {
            StatusCode = shared.StatusCode,
            ApiErrorCode = reason,
            RequestId = shared.RequestId,
            ResponseExcerpt = shared.ResponseExcerpt,
            Target = target?.Name ?? shared.Target,
            IsPerInput = perInput && status is 404 or 409 or 422,
        };
    }

    private static async Task<(string? Reason, string? Message, string? DetailsName)> ReadStatusAsync(HttpResponseMessage response)
    {
        if (response.Content is null)
        {
            return (null, null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            return (KubeStatus.Reason(doc.RootElement), KubeStatus.Message(doc.RootElement), KubeStatus.DetailsName(doc.RootElement));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    /// <summary>RFC 3339 times of the API; null when absent or unreadable.</summary>
    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    /// <summary>True for a 404 (used where a missing endpoint means "try the other way").</summary>
    private static bool IsNotFound(RedHatApiException ex) => ex.StatusCode == HttpStatusCode.NotFound;
}
