using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.RunAi;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// Workloads: GET /api/v1/workloads (paged with <c>next</c>), one workload, its pods and events (paged with
/// <c>next</c>), and suspend, resume and delete, which Run:ai serves per workload type
/// (/api/v1/workloads/{workspaces|trainings|distributed|inferences|distributed-inferences}/{id}).
/// </summary>
internal sealed partial class RunAiClient
{
    /// <summary>The route segment of each workload type with its own endpoints, by the type GET /workloads answers.</summary>
    private static readonly IReadOnlyDictionary<string, string> WorkloadRoutes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Workspace"] = "workspaces",
        ["Training"] = "trainings",
        ["Distributed"] = "distributed",
        ["Inference"] = "inferences",
        ["DistributedInference"] = "distributed-inferences",
    };

    /// <summary>The types whose endpoints have suspend and resume (inferences scale to zero instead).</summary>
    internal static readonly IReadOnlyList<string> SuspendableTypes = new[] { "Workspace", "Training", "Distributed" };

    /// <summary>The types RedHatApi can delete.</summary>
    internal static IReadOnlyCollection<string> DeletableTypes => (IReadOnlyCollection<string>)WorkloadRoutes.Keys;

    /// <summary>One page of workloads; the filter's fields become filterBy terms (ANDed by Run:ai).</summary>
    internal Task<Page<RunAiWorkload>> GetWorkloadsPageAsync(RunAiWorkloadFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var terms = new List<string>();
        AddTerm(terms, "projectName", filter.Project);
        AddTerm(terms, "type", filter.Type);
        AddTerm(terms, "phase", filter.Phase);
        if (!string.IsNullOrEmpty(filter.Name))
        {
            terms.Add(RunAiNamePattern.ToTerm("name", filter.Name!));
        }

        terms.AddRange(filter.Filters);
        var (sortBy, descending) = RunAiListQuery.ParseSort(filter.Sort);
        var query = new RunAiListQuery
        {
            Filters = terms,
            SortBy = sortBy,
            Descending = descending,
            Search = filter.Search,
            Extra = filter.Deleted ? new[] { new KeyValuePair<string, string>("deleted", "true") } : Array.Empty<KeyValuePair<string, string>>(),
        };
        return GetNextPageAsync<RunAiWireWorkload, RunAiWorkload>("api/v1/workloads", "workloads", query, page, ToWorkload, cancellationToken);
    }

    /// <summary>One workload by id; none is a per-input RunAiWorkloadNotFound.</summary>
    internal async Task<RunAiWorkload> GetWorkloadAsync(Guid id, CancellationToken cancellationToken) =>
        ToWorkload(await SendAsync<RunAiWireWorkload>(Request(HttpMethod.Get, "api/v1/workloads/" + id), WorkloadTarget(id), cancellationToken).ConfigureAwait(false));

    /// <summary>One page of a workload's pods (with <paramref name="deleted"/>, the pods it had and no longer has).</summary>
    internal Task<Page<RunAiWorkloadPod>> GetWorkloadPodsPageAsync(Guid workload, bool deleted, PageRequest page, CancellationToken cancellationToken)
    {
        var query = new RunAiListQuery
        {
            Extra = deleted ? new[] { new KeyValuePair<string, string>("deleted", "true") } : Array.Empty<KeyValuePair<string, string>>(),
        };
        return WithTarget(workload, GetNextPageAsync<RunAiWirePod, RunAiWorkloadPod>("api/v1/workloads/" + workload + "/pods", "pods", query, page, ToPod, cancellationToken));
    }

    /// <summary>One page of a workload's events, newest first (Run:ai's default) or oldest first.</summary>
    internal Task<Page<RunAiWorkloadEvent>> GetWorkloadEventsPageAsync(Guid workload, bool oldestFirst, PageRequest page, CancellationToken cancellationToken)
    {
        var query = new RunAiListQuery
        {
            Extra = new[] { new KeyValuePair<string, string>("sortOrder", oldestFirst ? "asc" : "desc") },
        };
        return WithTarget(workload, GetNextPageAsync<RunAiWireEvent, RunAiWorkloadEvent>("api/v1/workloads/" + workload + "/events", "events", query, page, e => ToEvent(workload, e), cancellationToken));
    }

    /// <summary>
    /// The request that suspends, resumes (<paramref name="action"/> "suspend" / "resume", POST …/{id}/{action}) or
    /// deletes (null, DELETE …/{id}) a workload of <paramref name="type"/>. A type without that endpoint is
    /// RunAiWorkloadActionUnsupported, before anything is sent.
    /// </summary>
    internal ApiRequest WorkloadActionRequest(string type, Guid id, string? action)
    {
        var supported = action is null ? DeletableTypes : SuspendableTypes;
        if (!WorkloadRoutes.TryGetValue(type, out var route) || !supported.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            throw new RedHatApiException(
                ErrorIds.RunAiWorkloadActionUnsupported,
                Text.Format(Strings.RunAiWorkloadActionUnsupported, action ?? "delete", type, id, string.Join(", ", supported)))
            {
                Target = id,
                IsPerInput = true,
            };
        }

        var path = "api/v1/workloads/" + route + "/" + id;
        return action is null ? Request(HttpMethod.Delete, path) : Request(HttpMethod.Post, path + "/" + action);
    }

    /// <summary>Sends a suspend, resume or delete request; Run:ai answers 202 and acts on the cluster after.</summary>
    internal Task SendWorkloadActionAsync(ApiRequest request, Guid id, CancellationToken cancellationToken) =>
        SendAsync(request, WorkloadTarget(id), cancellationToken);

    /// <summary>The target of a call about one workload: a 404 is RunAiWorkloadNotFound for it.</summary>
    internal static RunAiTarget WorkloadTarget(Guid id) =>
        RunAiTarget.Of("Workload", id.ToString(), ErrorIds.RunAiWorkloadNotFound, Strings.RunAiWorkloadNotFound);

    private static void AddTerm(List<string> terms, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            terms.Add(RunAiListQuery.Equal(field, value!));
        }
    }

    // The list paths have no target of their own: a 404 of a pod or event listing is about its workload.
    private static async Task<Page<T>> WithTarget<T>(Guid workload, Task<Page<T>> page)
    {
        try
        {
            return await page.ConfigureAwait(false);
        }
        catch (RedHatApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound && ex.ErrorId != ErrorIds.RunAiWorkloadNotFound)
        {
            throw new RedHatApiException(ErrorIds.RunAiWorkloadNotFound, Text.Format(Strings.RunAiWorkloadNotFound, workload), ex)
            {
                StatusCode = ex.StatusCode,
                RequestId = ex.RequestId,
                Target = workload,
                IsPerInput = true,
            };
        }
    }

    private static RunAiWorkload ToWorkload(RunAiWireWorkload w) =>
        new(w.Id, w.Name ?? string.Empty, w.Type ?? string.Empty)
        {
            Phase = w.Phase,
            PhaseMessage = string.IsNullOrEmpty(w.PhaseMessage) ? null : w.PhaseMessage,
            PhaseUpdatedAt = w.PhaseUpdatedAt,
            ProjectName = w.ProjectName,
            ProjectId = w.ProjectId,
            DepartmentName = w.DepartmentName,
            ClusterId = w.ClusterId,
            Namespace = w.Namespace,
            SubmittedBy = w.SubmittedBy,
            Source = w.Source,
            Category = w.Category,
            RunningPods = w.RunningPods,
            AllocatedGpu = w.AllocatedResources?.Gpu,
            CanSuspend = w.ActionsSupport?.Suspend,
            CanDelete = w.ActionsSupport?.Delete,
            CreatedAt = w.CreatedAt,
            CompletedAt = w.CompletedAt,
            DeletedAt = w.DeletedAt,
            Images = w.Images ?? new List<string>(),
        };

    private static RunAiWorkloadPod ToPod(RunAiWirePod p) =>
        new(p.Id, p.Name ?? string.Empty, p.WorkloadId)
        {
            WorkloadName = p.WorkloadName,
            ProjectName = p.ProjectName,
            Phase = p.K8sPhase,
            NodeName = p.NodeName,
            NodePool = p.CurrentNodePool,
            Ip = p.Ip,
            AllocatedGpu = p.AllocatedResources?.Gpu,
            ClusterId = p.ClusterId,
            CreatedAt = p.CreatedAt,
            CompletedAt = p.CompletedAt,
            Images = (p.Containers ?? new List<RunAiWireContainer>()).Select(c => c.Image).OfType<string>().ToList(),
        };

    private static RunAiWorkloadEvent ToEvent(Guid workload, RunAiWireEvent e) =>
        new(workload, e.CreatedAt, e.Type ?? string.Empty, e.Message ?? string.Empty)
        {
            Reason = e.Reason,
            Source = e.Source,
            ObjectKind = e.InvolvedObject?.Kind,
            ObjectName = e.InvolvedObject?.Name,
            ClusterId = e.ClusterId,
        };
}

/// <summary>The filters of Get-RunAiWorkload, as filterBy terms and query parameters.</summary>
internal sealed record RunAiWorkloadFilter
{
    /// <summary>A name or a pattern <see cref="RunAiNamePattern"/> turns into a filterBy term.</summary>
    internal string? Name { get; init; }

    internal string? Project { get; init; }

    internal string? Type { get; init; }

    internal string? Phase { get; init; }

    internal IReadOnlyList<string> Filters { get; init; } = Array.Empty<string>();

    internal string? Sort { get; init; }

    internal string? Search { get; init; }

    internal bool Deleted { get; init; }
}
