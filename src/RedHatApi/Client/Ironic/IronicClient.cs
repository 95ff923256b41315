using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Ironic;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// The Ironic API client: the agent endpoints (lookup, heartbeat) and the node and port inventory. Every call
/// negotiates the microversion range once per connection (GET /), sends the lowest version it needs capped at the
/// server's maximum (or the pinned one), and tries the connection's URLs in order until one answers.
/// </summary>
internal sealed partial class IronicClient
{
    /// <summary>The microversion header of every request.</summary>
    internal const string VersionHeader = "X-OpenStack-Ironic-API-Version";

    /// <summary>Ironic's [api]max_limit default: the most items a page holds.</summary>
    internal const int PageCap = 1000;

    internal IronicClient(IronicState state)
    {
        State = state;
    }

    internal IronicState State { get; }

    /// <summary>Ironic lists page by marker (the last UUID read), following each page's next link.</summary>
    internal static Paging.PagingMode PagingMode => Paging.PagingMode.Marker;

    /// <summary>The client of the session's Ironic (the one connected last); none is IronicNotConnected.</summary>
    internal static IronicClient For(SessionCore session) =>
        session.DefaultOf(IronicState.Family)?.Details is IronicState state
            ? new IronicClient(state)
            : throw new RedHatApiException(ErrorIds.IronicNotConnected, Strings.IronicNotConnected);

    /// <summary>
    /// The range the server serves, read once. When GET / answers an HTTP error other than an auth refusal, the range
    /// is assumed 1.1 to 1.31 as ironic-python-agent assumes; a server that cannot be reached fails.
    /// </summary>
    internal Task<IronicVersionRange> RangeAsync(CancellationToken cancellationToken) =>
        State.RangeAsync(NegotiateAsync, cancellationToken);

    /// <summary>GET / of the first URL that answers, read as the version document.</summary>
    internal async Task<IronicApiVersion> GetVersionDocumentAsync(CancellationToken cancellationToken)
    {
        return await SendAsync(null, async (connection, ct) =>
        {
            using var doc = await DocumentAsync(connection, connection.Request(HttpMethod.Get, string.Empty), null, ct).ConfigureAwait(false);
            var version = VersionOf(doc.RootElement);
            var min = IronicJson.String(version, "min_version");
            var max = IronicJson.String(version, "version");
            if (min is null || max is null)
            {
                throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, connection.Errors.DisplayName, "no default_version in the version document"));
            }

            return new IronicApiVersion(connection.BaseUrl, min, max) { Status = IronicJson.String(version, "status"), PinnedVersion = State.Pinned?.ToString() };
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="send"/> against each URL in order until one answers: a URL that cannot be reached
    /// (network, TLS, timeout, 5xx after the pipeline's retries) passes the call to the next. The one that answered
    /// moves to the front. An HTTP answer (even an error) ends the call there.
    /// </summary>
    internal async Task<T> SendAsync<T>(IronicMicroversion? version, Func<ApiConnection, CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var endpoints = State.Endpoints;
        if (endpoints.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.IronicNotConnected, Strings.IronicNotConnected);
        }

        for (var i = 0; ; i++)
        {
            var endpoint = endpoints[i];
            try
            {
                var result = await send(endpoint.At(version), cancellationToken).ConfigureAwait(false);
                State.Promote(endpoint);
                return result;
            }
            catch (RedHatApiException ex) when (i < endpoints.Count - 1 && IsUnreachable(ex) && !cancellationToken.IsCancellationRequested)
            {
                // The next URL is tried; the pipeline has already retried this one.
            }
        }
    }

    /// <summary>True for failures that another URL of the same Ironic may not have.</summary>
    internal static bool IsUnreachable(RedHatApiException ex) =>
        ex.ErrorId is ErrorIds.NetworkError or ErrorIds.RequestTimeout or ErrorIds.TlsError or ErrorIds.ProxyError or ErrorIds.ServiceUnavailable;

    /// <summary>The version a call sends, negotiating the range first when needed.</summary>
    internal async Task<IronicMicroversion> VersionForAsync(string operation, IronicMicroversion minimum, IronicMicroversion desired, CancellationToken cancellationToken)
    {
        var range = await RangeAsync(cancellationToken).ConfigureAwait(false);
        return State.Choose(range, operation, minimum, desired);
    }

    /// <summary>Sends and parses the answer as a document: Ironic's fields vary with the microversion, so they are read by name.</summary>
    internal static async Task<JsonDocument> DocumentAsync(ApiConnection connection, ApiRequest request, object? target, CancellationToken cancellationToken)
    {
        var text = await connection.SendTextAsync(request, target, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, connection.Errors.DisplayName, ex.Message), ex);
        }
    }

    private static JsonElement VersionOf(JsonElement root)
    {
        if (root.TryGetProperty("default_version", out var byDefault) && byDefault.ValueKind == JsonValueKind.Object)
        {
            return byDefault;
        }

        // GET /v1/ answers {"id": "v1", "version": {...}}.
        if (root.TryGetProperty("version", out var v1) && v1.ValueKind == JsonValueKind.Object)
        {
            return v1;
        }

        return root.TryGetProperty("versions", out var all) && all.ValueKind == JsonValueKind.Array && all.GetArrayLength() > 0 ? all[0] : root;
    }

    private async Task<IronicVersionRange> NegotiateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var document = await GetVersionDocumentAsync(cancellationToken).ConfigureAwait(false);
            return ToRange(document);
        }
        catch (RedHatApiException ex) when (ex.StatusCode is { } status && (int)status is not (401 or 403) && !IsUnreachable(ex))
        {
            return new IronicVersionRange(IronicMicroversion.Base, IronicMicroversion.AgentFallback, Assumed: true);
        }
    }

    /// <summary>The range of a version document; one that cannot be read is InvalidResponse.</summary>
    internal static IronicVersionRange ToRange(IronicApiVersion document) =>
        IronicMicroversion.TryParse(document.MinVersion, out var min) && IronicMicroversion.TryParse(document.MaxVersion, out var max)
            ? new IronicVersionRange(min, max)
            : throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, "Ironic", "version " + document.MaxVersion));
}
