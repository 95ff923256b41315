using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace RedHatApi.Sandbox.Console;

/// <summary>
/// The export service under /api/export/v1: POST /exports (name, format json|csv, inventory systems as the source),
/// GET /exports, GET /exports/{id}/status (pending, running, partial, complete, failed), GET /exports/{id} (the zip,
/// with ranges so a cut download resumes), DELETE /exports/{id}. Exports are kept 7 days.
/// </summary>
public static class ExportEndpoints
{
    public const string Prefix = "/api/export/v1";

    public const string Application = "urn:redhat:application:inventory";

    public const string Resource = "urn:redhat:application:inventory:export:systems";

    public static void Map(IEndpointRouteBuilder app, ConsoleFamily family)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
            ConsoleAuth.Authorize(context.HttpContext, family) ?? await next(context));

        group.MapPost("/exports", (ExportRequestBody? body) =>
        {
            if (body is null || string.IsNullOrWhiteSpace(body.Name))
            {
                return Message(400, "name is required");
            }

            var format = (body.Format ?? string.Empty).ToLowerInvariant();
            if (format is not ("json" or "csv"))
            {
                return Message(400, "format must be one of json, csv");
            }

            if (body.Sources is not { Count: > 0 } sources || sources.Any(s => s.Application != Application || s.Resource != Resource))
            {
                return Message(400, "sources must name application " + Application + " and resource " + Resource);
            }

            var export = family.Exports.Create(body.Name!, format);
            return Results.Json(ToWire(export, DateTimeOffset.UtcNow), statusCode: 202);
        });

        group.MapGet("/exports", () =>
        {
            var now = DateTimeOffset.UtcNow;
            var all = family.Exports.All(now).Select(e => ToWire(e, now)).ToList();
            return Results.Json(new { data = all, meta = new { count = all.Count } });
        });

        group.MapGet("/exports/{id}/status", (string id) =>
        {
            var now = DateTimeOffset.UtcNow;
            return family.Exports.Find(id, now) is { } export ? Results.Json(ToWire(export, now)) : Message(404, "export not found");
        });

        group.MapGet("/exports/{id}", (string id) =>
        {
            var now = DateTimeOffset.UtcNow;
            if (family.Exports.Find(id, now) is not { } export)
            {
                return Message(404, "export not found");
            }

            var status = export.StatusAt(now);
            if (status != "complete")
            {
                return Message(400, "export is not complete: " + status);
            }

            export.Zip ??= ExportStore.ZipOf(export);
            return Results.File(
                export.Zip, "application/zip", export.Id + ".zip",
                lastModified: export.Created + export.Duration,
                entityTag: new EntityTagHeaderValue("\"" + export.Id + "\""),
                enableRangeProcessing: true);
        });

        group.MapDelete("/exports/{id}", (string id) => family.Exports.Delete(id) ? Results.NoContent() : Message(404, "export not found"));
    }

    private static object ToWire(ExportRecord e, DateTimeOffset now)
    {
        var status = e.StatusAt(now);
        var done = status is "complete" or "failed";
        return new
        {
            id = e.Id,
            name = e.Name,
            created_at = Iso(e.Created),
            completed_at = done ? Iso(e.Created + e.Duration) : null,
            expires_at = Iso(e.Expires),
            format = e.Format,
            status,
            sources = new[]
            {
                new
                {
                    id = e.SourceId,
                    application = Application,
                    resource = Resource,
                    filters = new Dictionary<string, object>(),
                    status = status == "pending" ? "pending" : done ? (status == "failed" ? "failed" : "success") : "pending",
                    message = status == "failed" ? "the inventory could not be exported" : null,
                },
            },
        };
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static IResult Message(int status, string message) => Results.Json(new { message, code = status }, statusCode: status);

    /// <summary>Body of POST /exports.</summary>
    public sealed class ExportRequestBody
    {
        public string? Name { get; set; }

        public string? Format { get; set; }

        public List<ExportSourceBody>? Sources { get; set; }
    }

    /// <summary>One source of an export request.</summary>
    public sealed class ExportSourceBody
    {
        public string? Application { get; set; }

        public string? Resource { get; set; }

        public Dictionary<string, object>? Filters { get; set; }
    }
}
