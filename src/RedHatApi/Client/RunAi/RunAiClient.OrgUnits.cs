using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.RunAi;
using RedHatApi.Paging;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// Projects and departments: /api/v1/org-unit/projects and /departments, listed with <c>next</c>, read, created,
/// updated (the whole resources list) and deleted by id.
/// </summary>
internal sealed partial class RunAiClient
{
    internal const string ProjectsPath = "api/v1/org-unit/projects";
    internal const string DepartmentsPath = "api/v1/org-unit/departments";

    internal Task<Page<RunAiProject>> GetProjectsPageAsync(RunAiListQuery query, PageRequest page, CancellationToken cancellationToken) =>
        GetNextPageAsync<RunAiOrgUnitWire, RunAiProject>(ProjectsPath, "projects", query, page, ToProject, cancellationToken);

    internal Task<Page<RunAiDepartment>> GetDepartmentsPageAsync(RunAiListQuery query, PageRequest page, CancellationToken cancellationToken) =>
        GetNextPageAsync<RunAiOrgUnitWire, RunAiDepartment>(DepartmentsPath, "departments", query, page, ToDepartment, cancellationToken);

    /// <summary>One project by id; none is a per-input RunAiProjectNotFound.</summary>
    internal async Task<RunAiProject> GetProjectAsync(string id, CancellationToken cancellationToken) =>
        ToProject(await GetUnitAsync(ProjectsPath, id, RunAiTarget.Project(id), cancellationToken).ConfigureAwait(false));

    /// <summary>One department by id; none is a per-input RunAiDepartmentNotFound.</summary>
    internal async Task<RunAiDepartment> GetDepartmentAsync(string id, CancellationToken cancellationToken) =>
        ToDepartment(await GetUnitAsync(DepartmentsPath, id, RunAiTarget.Department(id), cancellationToken).ConfigureAwait(false));

    /// <summary>The wire form of one project or department (Set-* edits its resources and sends them back).</summary>
    internal Task<RunAiOrgUnitWire> GetUnitAsync(string path, string id, RunAiTarget target, CancellationToken cancellationToken) =>
        SendAsync<RunAiOrgUnitWire>(Request(HttpMethod.Get, path + "/" + Uri.EscapeDataString(id)), target, cancellationToken);

    /// <summary>POST of a new project or department: the value -WhatIf shows, body included.</summary>
    internal ApiRequest CreateRequest(string path, RunAiOrgUnitCreateWire body) => Request(HttpMethod.Post, path, body);

    /// <summary>PUT of a unit's whole resources list.</summary>
    internal ApiRequest UpdateRequest(string path, string id, RunAiOrgUnitUpdateWire body) => Request(HttpMethod.Put, path + "/" + Uri.EscapeDataString(id), body);

    /// <summary>DELETE of a unit (Run:ai answers 202 and removes it in the background, or 204).</summary>
    internal ApiRequest DeleteRequest(string path, string id) => Request(HttpMethod.Delete, path + "/" + Uri.EscapeDataString(id));

    /// <summary>Sends a create or update and reads the unit Run:ai answers.</summary>
    internal Task<RunAiOrgUnitWire> SendUnitAsync(ApiRequest request, RunAiTarget target, CancellationToken cancellationToken) =>
        SendAsync<RunAiOrgUnitWire>(request, target, cancellationToken);

    /// <summary>
    /// The ids of the units whose name is exactly <paramref name="name"/> (filterBy name==…); none is a per-input
    /// not-found of the kind. Names are unique per cluster, so two clusters can each have one.
    /// </summary>
    internal static async Task<IReadOnlyList<T>> FindByNameAsync<T>(
        Func<RunAiListQuery, PageRequest, CancellationToken, Task<Page<T>>> pages, string name, RunAiTarget target, CancellationToken cancellationToken)
    {
        var query = new RunAiListQuery { Filters = new[] { RunAiListQuery.Equal("name", name) } };
        var found = new List<T>();
        await foreach (var item in Paginator.StreamAsync<T>((p, ct) => pages(query, p, ct), new PagingPlan(0, null, PageCap, cursorBased: true), null, cancellationToken).ConfigureAwait(false))
        {
            found.Add(item);
        }

        return found.Count > 0 ? found : throw NotFound(target);
    }

    internal static Errors.RedHatApiException NotFound(RunAiTarget target) =>
        new(target.NotFoundId!, Properties.Text.Format(target.NotFoundMessage!, target.Name)) { Target = target.Name, IsPerInput = true };

    internal static RunAiProject ToProject(RunAiOrgUnitWire wire) =>
        new(wire.Id ?? string.Empty, wire.Name ?? string.Empty, wire.ClusterId, wire.ParentId)
        {
            Description = wire.Description,
            Phase = wire.Status?.Phase,
            Namespace = wire.Status?.Namespace,
            GpuQuota = wire.TotalResources?.GpuQuota,
            CpuQuota = wire.TotalResources?.CpuQuota,
            MemoryQuota = wire.TotalResources?.MemoryQuota,
            Resources = QuotasOf(wire.Resources),
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
            UpdatedBy = wire.UpdatedBy,
        };

    internal static RunAiDepartment ToDepartment(RunAiOrgUnitWire wire) =>
        new(wire.Id ?? string.Empty, wire.Name ?? string.Empty, wire.ClusterId)
        {
            Description = wire.Description,
            GpuQuota = wire.TotalResources?.GpuQuota,
            CpuQuota = wire.TotalResources?.CpuQuota,
            MemoryQuota = wire.TotalResources?.MemoryQuota,
            Resources = QuotasOf(wire.Resources),
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
        };

    private static List<RunAiQuota> QuotasOf(List<RunAiResourcesWire>? resources) =>
        (resources ?? new List<RunAiResourcesWire>()).Select(r => new RunAiQuota(r.NodePool?.Id, r.NodePool?.Name)
        {
            Gpu = r.Gpu?.Deserved ?? 0,
            GpuLimit = r.Gpu?.Limit,
            Cpu = r.Cpu?.Deserved,
            Memory = r.Memory?.Deserved,
        }).ToList();
}

/// <summary>
/// A quota change as New-/Set-RunAiProject and -Department take it: the values given for one node pool. Applied to
/// a unit's resources list it changes that pool's entry (adding one when the unit has none there) and keeps the
/// other pools as they are, since PUT replaces the whole list.
/// </summary>
internal sealed record RunAiQuotaChange
{
    /// <summary>The memory unit RedHatApi sends: -MemoryQuota is in megabytes.</summary>
    internal const string MemoryUnits = "MB";

    internal double? Gpu { get; init; }

    internal double? GpuLimit { get; init; }

    internal double? Cpu { get; init; }

    internal double? Memory { get; init; }

    internal bool IsEmpty => Gpu is null && GpuLimit is null && Cpu is null && Memory is null;

    /// <summary>The resources with this change made to the entry of pool <paramref name="poolId"/> (named <paramref name="poolName"/>).</summary>
    internal List<RunAiResourcesWire> ApplyTo(IEnumerable<RunAiResourcesWire>? resources, string poolId, string? poolName)
    {
        var list = (resources ?? Enumerable.Empty<RunAiResourcesWire>()).ToList();
        var entry = list.FirstOrDefault(r => r.NodePool?.Id == poolId);
        if (entry is null)
        {
            entry = new RunAiResourcesWire { NodePool = new RunAiNodePoolRefWire { Id = poolId, Name = poolName }, Gpu = new RunAiResourceWire { Deserved = 0 } };
            list.Add(entry);
        }

        entry.Gpu ??= new RunAiResourceWire { Deserved = 0 };
        if (Gpu is { } gpu)
        {
            entry.Gpu.Deserved = gpu;
        }

        if (GpuLimit is { } limit)
        {
            entry.Gpu.Limit = limit;
        }

        if (Cpu is { } cpu)
        {
            entry.Cpu ??= new RunAiResourceWire();
            entry.Cpu.Deserved = cpu;
        }

        if (Memory is { } memory)
        {
            entry.Memory ??= new RunAiResourceWire();
            entry.Memory.Deserved = memory;
            entry.Memory.Units = MemoryUnits;
        }

        // Answers carry memory entries with their units; one without (null quota) must not be sent without them.
        foreach (var other in list.Where(r => r.Memory is { Units: null }))
        {
            other.Memory = other.Memory!.Deserved is null ? null : new RunAiResourceWire { Deserved = other.Memory.Deserved, Limit = other.Memory.Limit, Units = MemoryUnits };
        }

        return list;
    }
}
