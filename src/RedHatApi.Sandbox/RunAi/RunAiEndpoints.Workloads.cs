using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>
/// Workloads paged with <c>next</c>, one workload, its pods and events (paged with <c>next</c>), and suspend, resume
/// and delete per type, answering 202 as Run:ai does once it accepted the request.
/// </summary>
public static partial class RunAiEndpoints
{
    private static readonly string[] SuspendableRoutes = { "workspaces", "trainings", "distributed" };

    private static void MapWorkloads(RouteGroupBuilder api, RunAiFamily family)
    {
        api.MapGet("/workloads", (HttpContext ctx) =>
            List(ctx, family, "workloads", family.Store.Workloads().List(IsTrue(ctx, "deleted")).Select(RunAiWorkloadJson.Workload), withNext: true));
        api.MapGet("/workloads/{workloadId}", (HttpContext ctx, string workloadId) =>
            FindWorkload(family, workloadId) is { } w ? Json(ctx, family, RunAiWorkloadJson.Workload(w)) : WorkloadNotFound(ctx, family, workloadId));
        api.MapGet("/workloads/{workloadId}/pods", (HttpContext ctx, string workloadId) =>
            FindWorkload(family, workloadId) is { } w
                ? List(ctx, family, "pods", RunAiWorkloadStore.PodsOf(w, IsTrue(ctx, "deleted")).Select(p => RunAiWorkloadJson.Pod(w, p)), withNext: true)
                : WorkloadNotFound(ctx, family, workloadId));
        api.MapGet("/workloads/{workloadId}/events", (HttpContext ctx, string workloadId) =>
        {
            if (FindWorkload(family, workloadId) is not { } w)
            {
                return WorkloadNotFound(ctx, family, workloadId);
            }

            // sortOrder orders by time, newest first unless asc is asked for.
            var events = w.Events.ToList().OrderBy(e => e.CreatedAt);
            var ordered = ctx.Request.Query["sortOrder"].ToString() == "asc" ? events : events.Reverse();
            return List(ctx, family, "events", ordered.Select(e => RunAiWorkloadJson.Event(w, e)), withNext: true);
        });

        foreach (var (route, type) in RunAiWorkloadStore.Routes)
        {
            api.MapDelete("/workloads/" + route + "/{workloadId}", (HttpContext ctx, string workloadId) => Act(ctx, family, type, workloadId, "delete"));
            if (SuspendableRoutes.Contains(route))
            {
                api.MapPost("/workloads/" + route + "/{workloadId}/suspend", (HttpContext ctx, string workloadId) => Act(ctx, family, type, workloadId, "suspend"));
                api.MapPost("/workloads/" + route + "/{workloadId}/resume", (HttpContext ctx, string workloadId) => Act(ctx, family, type, workloadId, "resume"));
            }
        }
    }

    private static void MapWorkloadControl(WebApplication app, RunAiFamily family)
    {
        // Seeds more workloads ({count, project}): paging tests need more than the projects' three each.
        app.MapPost("/_sandbox/runai/workloads", async (HttpContext ctx) =>
        {
            var body = await BodyAsync(ctx);
            var added = family.Store.Workloads().Add(body?["count"]?.GetValue<int>() ?? 1, body?["project"]?.GetValue<string>());
            return Results.Json(added.Select(w => new { id = w.Id, name = w.Name, type = w.Type, project = w.Scope.ProjectName }));
        });
        app.MapPost("/_sandbox/runai/users", async (HttpContext ctx) =>
        {
            var body = await BodyAsync(ctx);
            var added = family.Store.Access().AddUsers(body?["count"]?.GetValue<int>() ?? 1);
            return Results.Json(added.Select(u => u.UserName));
        });
    }

    private static IResult Act(HttpContext ctx, RunAiFamily family, string type, string workloadId, string action) =>
        Guid.TryParse(workloadId, out var id) && family.Store.Workloads().Act(type, id, action)
            ? Json(ctx, family, new JsonObject { ["code"] = 202, ["message"] = "Request has been accepted." }, 202)
            : WorkloadNotFound(ctx, family, workloadId);

    private static RunAiWorkloadRecord? FindWorkload(RunAiFamily family, string workloadId) =>
        Guid.TryParse(workloadId, out var id) ? family.Store.Workloads().Find(id) : null;

    private static IResult WorkloadNotFound(HttpContext ctx, RunAiFamily family, string workloadId) =>
        Error(ctx, family, 404, "Not Found", $"Workload {workloadId} not found.");

    private static bool IsTrue(HttpContext ctx, string name) =>
        string.Equals(ctx.Request.Query[name].ToString(), "true", StringComparison.OrdinalIgnoreCase);
}
