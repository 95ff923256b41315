using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client.Rhsm;

/// <summary>
/// The Satellite manifest workflow of a subscription allocation: GET /allocations/{uuid}/export starts an export job,
/// GET /allocations/{uuid}/exportJob/{id} answers 202 while it runs and 200 with the export id when done, and
/// GET /allocations/{uuid}/export/{id} is the zip. PUT /allocations/{uuid} switches Simple Content Access.
/// </summary>
internal sealed partial class RhsmClient
{
    /// <summary>The PUT /allocations/{uuid} that sets simpleContentAccess to "enabled" or "disabled".</summary>
    internal ApiRequest SetSimpleContentAccessRequest(Guid uuid, bool enabled) =>
        _api.Request(HttpMethod.Put, AllocationPath(uuid), new RhsmAllocationUpdateWire { SimpleContentAccess = enabled ? "enabled" : "disabled" });

    /// <summary>Sends <paramref name="request"/> (from <see cref="SetSimpleContentAccessRequest"/>): 204; an unknown allocation is RhsmAllocationNotFound.</summary>
    internal Task SetSimpleContentAccessAsync(Guid uuid, ApiRequest request, CancellationToken cancellationToken) =>
        ForAllocation(uuid, () => SendAsync<object>(request, uuid, cancellationToken));

    /// <summary>The GET /allocations/{uuid}/export that starts a manifest export job.</summary>
    internal ApiRequest StartManifestExportRequest(Guid uuid) => _api.Request(HttpMethod.Get, AllocationPath(uuid) + "/export");

    /// <summary>Sends <paramref name="request"/> (from <see cref="StartManifestExportRequest"/>) and returns the job id.</summary>
    internal async Task<string> StartManifestExportAsync(Guid uuid, ApiRequest request, CancellationToken cancellationToken)
    {
        var envelope = await ForAllocation(uuid, () => SendAsync<RhsmEnvelope<RhsmExportWire>>(request, uuid, cancellationToken)).ConfigureAwait(false);
        return envelope?.Body?.ExportJobId is { Length: > 0 } job
            ? job
            : throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "no exportJobID in the export answer"));
    }

    /// <summary>One poll of an export job: the export id once the job is done, null while it runs (202).</summary>
    internal async Task<string?> PollManifestExportAsync(Guid uuid, string jobId, CancellationToken cancellationToken)
    {
        var request = _api.Request(HttpMethod.Get, AllocationPath(uuid) + "/exportJob/" + Segment(jobId));
        var envelope = await ForAllocation(uuid, () => SendAsync<RhsmEnvelope<RhsmExportJobWire>>(request, uuid, cancellationToken)).ConfigureAwait(false);
        return envelope?.Body?.ExportId is { Length: > 0 } export ? export : null;
    }

    /// <summary>The URL of an export's zip: on the API host, so the connection's bearer goes with it and nowhere else.</summary>
    internal Uri ManifestUrl(Guid uuid, string exportId) => Url(AllocationPath(uuid) + "/export/" + Segment(exportId));
}
