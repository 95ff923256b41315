using System;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static RedHatApi.Sandbox.Rhsm.RhsmResults;

namespace RedHatApi.Sandbox.Rhsm;

/// <summary>
/// The Satellite manifest workflow of an allocation: GET /allocations/{uuid}/export starts an export job (the spec's
/// exportResponse), GET /allocations/{uuid}/exportJob/{id} answers 202 with a message while it runs and 200 with the
/// export's id and href once done, GET /allocations/{uuid}/export/{id} serves the zip (with Range, so a cut download
/// resumes), and PUT /allocations/{uuid} switches Simple Content Access.
/// </summary>
public static class ManifestEndpoints
{
    public static void Map(RouteGroupBuilder group, RhsmFamily state)
    {
        group.MapGet("/allocations/{uuid}/export", (string uuid) =>
        {
            if (state.Allocations.Find(uuid) is not { } allocation)
            {
                return NotFound("Allocation not found");
            }

            var job = state.Manifests.Start(allocation, state.Options.ManifestPolls);
            return Body(new { exportJobID = job, href = $"/management/v1/allocations/{allocation.Uuid}/exportJob/{job}" });
        });

        group.MapGet("/allocations/{uuid}/exportJob/{jobId}", (string uuid, string jobId) =>
        {
            var (found, exportId) = state.Manifests.Poll(uuid, jobId);
            return !found ? NotFound("Export job not found")
                : exportId is null ? Body(new { message = "Manifest export is in progress. Check again later." }, StatusCodes.Status202Accepted)
                : Body(new { exportID = exportId, href = $"/management/v1/allocations/{uuid}/export/{exportId}" });
        });

        group.MapGet("/allocations/{uuid}/export/{exportId}", (string uuid, string exportId) =>
            state.Manifests.Export(uuid, exportId) is { } zip
                ? Results.File(zip, "application/zip", $"manifest_{uuid}.zip", enableRangeProcessing: true)
                : NotFound("Export not found"));

        group.MapPut("/allocations/{uuid}", (string uuid, ScaBody? body) =>
        {
            var value = body?.SimpleContentAccess;
            if (value is not ("enabled" or "disabled"))
            {
                return ErrorBody(400, "simpleContentAccess must be enabled or disabled");
            }

            return state.Allocations.SetSimpleContentAccess(uuid, value) ? Results.NoContent() : NotFound("Allocation not found");
        });
    }

    /// <summary>The body of PUT /allocations/{uuid}.</summary>
    public sealed class ScaBody
    {
        [JsonPropertyName("simpleContentAccess")]
        public string? SimpleContentAccess { get; set; }
    }
}
