using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Console;
using RedHatApi.Properties;

namespace RedHatApi.Client.Console;

/// <summary>The export service: POST /exports, GET /exports/{id}/status, GET /exports/{id} (the zip).</summary>
internal sealed partial class ConsoleClient
{
    /// <summary>The inventory as an export source.</summary>
    internal const string InventoryApplication = "urn:redhat:application:inventory";

    /// <summary>The inventory's systems resource.</summary>
    internal const string InventorySystemsResource = "urn:redhat:application:inventory:export:systems";

    /// <summary>The POST /exports that asks for the inventory's systems in <paramref name="format"/> (json or csv).</summary>
    internal ApiRequest StartExportRequest(string name, string format) =>
        _api.Request(HttpMethod.Post, ExportPath + "exports", new ExportRequestWire
        {
            Name = name,
            Format = format,
            Sources = { new ExportSourceWire() },
        });

    /// <summary>Sends <paramref name="request"/> from <see cref="StartExportRequest"/> and returns the new export.</summary>
    internal async Task<InventoryExport> StartExportAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ToModel(await _api.GetJsonAsync<ExportWire>(request, null, cancellationToken).ConfigureAwait(false));

    /// <summary>GET /exports/{id}/status; an export the service does not keep (404: unknown, deleted, or older than 7 days) is InventoryExportNotFound.</summary>
    internal async Task<InventoryExport> GetExportAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return ToModel(await GetJsonAsync<ExportWire>(ExportPath + "exports/" + id.ToString("D") + "/status", id, cancellationToken).ConfigureAwait(false));
        }
        catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new RedHatApiException(ErrorIds.InventoryExportNotFound, Text.Format(Strings.InventoryExportNotFound, id), ex)
            {
                StatusCode = ex.StatusCode,
                RequestId = ex.RequestId,
                Target = id,
                IsPerInput = true,
            };
        }
    }

    /// <summary>Where the zip of a complete export is downloaded from (on the console host: the bearer goes with it, and nowhere else).</summary>
    internal Uri ExportDownloadUrl(Guid id) => Url(ExportPath + "exports/" + id.ToString("D"));

    private static InventoryExport ToModel(ExportWire wire) =>
        new(Guid.TryParse(wire.Id, out var id) ? id : Guid.Empty, wire.Name ?? string.Empty, wire.Format ?? string.Empty, wire.Status ?? "unknown")
        {
            Message = wire.Sources?.Select(s => s.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m)),
            Created = ParseTime(wire.CreatedAt),
            Completed = ParseTime(wire.CompletedAt),
            Expires = ParseTime(wire.ExpiresAt),
        };
}
