using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Session;

namespace RedHatApi.Client.Console;

/// <summary>
/// Typed client of console.redhat.com's services. The connection's base URL is the console root; each service adds
/// its own path (<see cref="InventoryPath"/>, <see cref="ExportPath"/>), so one -ConsoleUrl serves them all. This file
/// is the plumbing; each service lives in its own ConsoleClient.&lt;Service&gt;.cs.
/// </summary>
internal sealed partial class ConsoleClient
{
    /// <summary>Host-based inventory API v1 under the console root.</summary>
    internal const string InventoryPath = "api/inventory/v1/";

    /// <summary>Export service API v1 under the console root.</summary>
    internal const string ExportPath = "api/export/v1/";

    private readonly ApiConnection _api;

    internal ConsoleClient(ApiConnection api)
    {
        _api = api;
    }

    /// <summary>The console connection of the session (created on first use from -ConsoleUrl and the session's console credential).</summary>
    internal static ConsoleClient For(SessionCore session) =>
        new(new ApiConnection(session.ConnectionFor(ApiName.Console), new ConsoleErrorShape(session)));

    /// <summary>The absolute URL of a path under the console root, for requests and for -WhatIf.</summary>
    internal Uri Url(string relativeUrl) => _api.Url(relativeUrl);

    private Task<T> GetJsonAsync<T>(string relativeUrl, object? target, CancellationToken cancellationToken)
        where T : class =>
        _api.GetJsonAsync<T>(_api.Request(HttpMethod.Get, relativeUrl), target, cancellationToken);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
}
