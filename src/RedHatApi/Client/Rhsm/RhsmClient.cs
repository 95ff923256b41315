using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Paging;
using RedHatApi.Properties;
using RedHatApi.Session;

namespace RedHatApi.Client.Rhsm;

/// <summary>Typed client of the RHSM API v1. Returns pages and models; knows the endpoints' page caps.</summary>
internal sealed class RhsmClient
{
    /// <summary>Default and maximum page size of GET /systems.</summary>
    internal const int SystemsPageCap = 100;

    /// <summary>Default and maximum page size of GET /systems/{uuid}/errata.</summary>
    internal const int SystemErrataPageCap = 100;

    /// <summary>Default and maximum page size of GET /systems/{uuid}/packages.</summary>
    internal const int SystemPackagesPageCap = 1000;

    private const string DisplayName = "The RHSM API";

    private readonly HttpClient _http;

    internal RhsmClient(HttpClient http)
    {
        _http = http;
    }

    internal static RhsmClient For(SessionCore session) => new(session.CreateApiClient(ApiName.Rhsm));

    /// <summary>One page of GET /systems.</summary>
    internal async Task<Page<RhsmSystem>> GetSystemsPageAsync(
        PageRequest page, string? nameFilter, string? username, CancellationToken cancellationToken)
    {
        var query = "systems?limit=" + page.Limit.ToString(CultureInfo.InvariantCulture)
            + "&offset=" + page.Offset.ToString(CultureInfo.InvariantCulture)
            + (string.IsNullOrEmpty(nameFilter) ? string.Empty : "&filter=" + Uri.EscapeDataString(nameFilter))
            + (string.IsNullOrEmpty(username) ? string.Empty : "&username=" + Uri.EscapeDataString(username));
        var envelope = await GetJsonAsync<RhsmListEnvelope<RhsmSystemWire>>(query, null, cancellationToken).ConfigureAwait(false);
        var items = (envelope.Body ?? new()).Select(ToModel).ToList();
        return new Page<RhsmSystem>(items, envelope.Pagination?.Limit);
    }

    /// <summary>GET /systems/{uuid}; a 404 becomes RhsmSystemNotFound for that UUID.</summary>
    internal async Task<RhsmSystem> GetSystemAsync(Guid uuid, CancellationToken cancellationToken)
    {
        var envelope = await ForSystem(uuid, () => GetJsonAsync<RhsmEnvelope<RhsmSystemWire>>("systems/" + uuid.ToString("D"), uuid, cancellationToken)).ConfigureAwait(false);
        return ToModel(envelope.Body ?? throw new JsonException("The response has no body."));
    }

    /// <summary>One page of GET /systems/{uuid}/errata; an unknown system is RhsmSystemNotFound.</summary>
    internal async Task<Page<RhsmErratum>> GetSystemErrataPageAsync(Guid uuid, PageRequest page, CancellationToken cancellationToken)
    {
        var url = "systems/" + uuid.ToString("D") + "/errata?limit=" + page.Limit.ToString(CultureInfo.InvariantCulture)
            + "&offset=" + page.Offset.ToString(CultureInfo.InvariantCulture);
        var envelope = await ForSystem(uuid, () => GetJsonAsync<RhsmListEnvelope<RhsmErratumWire>>(url, uuid, cancellationToken)).ConfigureAwait(false);
        var items = (envelope.Body ?? new()).Select(e => new RhsmErratum(
            uuid, e.Id ?? string.Empty, e.Type, e.Severity, e.Synopsis, ParseTime(e.Published),
            Uri.TryCreate(e.Href, UriKind.RelativeOrAbsolute, out var href) ? href : null)).ToList();
        return new Page<RhsmErratum>(items, envelope.Pagination?.Limit);
    }

    /// <summary>One page of GET /systems/{uuid}/packages; an unknown system is RhsmSystemNotFound.</summary>
    internal async Task<Page<RhsmPackage>> GetSystemPackagesPageAsync(Guid uuid, PageRequest page, CancellationToken cancellationToken)
    {
        var url = "systems/" + uuid.ToString("D") + "/packages?limit=" + page.Limit.ToString(CultureInfo.InvariantCulture)
            + "&offset=" + page.Offset.ToString(CultureInfo.InvariantCulture);
        var envelope = await ForSystem(uuid, () => GetJsonAsync<RhsmListEnvelope<RhsmPackageWire>>(url, uuid, cancellationToken)).ConfigureAwait(false);
        var items = (envelope.Body ?? new()).Select(p => new RhsmPackage(
            uuid, p.Name ?? string.Empty, p.Epoch ?? 0, p.Version, p.Release, p.Arch, p.ErrataCount ?? 0,
            (p.Advisories ?? new()).Select(a => a.Advisory ?? string.Empty).Where(a => a.Length > 0).ToList())).ToList();
        return new Page<RhsmPackage>(items, envelope.Pagination?.Limit);
    }

    /// <summary>The URL DELETE /systems/{uuid} goes to, for -WhatIf.</summary>
    internal Uri SystemUrl(Guid uuid) => new(_http.BaseAddress!, "systems/" + uuid.ToString("D"));

    /// <summary>DELETE /systems/{uuid} (204); an unknown system is RhsmSystemNotFound.</summary>
    internal Task RemoveSystemAsync(Guid uuid, CancellationToken cancellationToken) =>
        ForSystem(uuid, async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, SystemUrl(uuid));
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw await ApiErrorReader.ReadAsync(response, DisplayName, ParseError, uuid, cancellationToken).ConfigureAwait(false);
            }

            return true;
        });

    /// <summary>Turns a 404 about one system into RhsmSystemNotFound, a per-input error the pipeline survives.</summary>
    private static async Task<T> ForSystem<T>(Guid uuid, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new RedHatApiException(ErrorIds.RhsmSystemNotFound, Text.Format(Strings.RhsmSystemNotFound, uuid), ex)
            {
                StatusCode = ex.StatusCode,
                Target = uuid,
                IsPerInput = true,
            };
        }
    }

    private async Task<T> GetJsonAsync<T>(string relativeUrl, object? target, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, relativeUrl);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiErrorReader.ReadAsync(response, DisplayName, ParseError, target, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The response body is empty.");
        }
        catch (Exception ex) when (ex is JsonException or IOException && !cancellationToken.IsCancellationRequested)
        {
            throw ApiErrorReader.InvalidBody(DisplayName, response, ex);
        }
    }

    /// <summary>RHSM error bodies: <c>{"error":{"code":404,"message":"..."}}</c>.</summary>
    private static string? ParseError(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) &&
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) &&
        message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;

    private static RhsmSystem ToModel(RhsmSystemWire wire) => new(
        Guid.TryParse(wire.Uuid, out var uuid) ? uuid : Guid.Empty,
        wire.Name ?? string.Empty,
        wire.Hostname,
        wire.Type,
        wire.Username,
        ParseTime(wire.LastCheckin),
        wire.EntitlementStatus,
        wire.EntitlementCount ?? 0,
        wire.ErrataCounts?.SecurityCount ?? 0,
        wire.ErrataCounts?.BugfixCount ?? 0,
        wire.ErrataCounts?.EnhancementCount ?? 0,
        Uri.TryCreate(wire.Href, UriKind.RelativeOrAbsolute, out var href) ? href : null);

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
}
