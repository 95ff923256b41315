using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>
/// The workload and access data of one <see cref="RunAiStore"/>, made from its projects, departments and nodes on first
/// use. A reset builds a new store, so the data starts over with it.
/// </summary>
public static class RunAiSandboxData
{
    /// <summary>Workloads seeded per project.</summary>
    public const int WorkloadsPerProject = 3;

    /// <summary>Seeded users (admin@example.com, user002@example.com...).</summary>
    public const int SeededUsers = 25;

    private static readonly ConditionalWeakTable<RunAiStore, RunAiWorkloadStore> WorkloadStores = new();
    private static readonly ConditionalWeakTable<RunAiStore, RunAiAccessStore> AccessStores = new();

    public static RunAiWorkloadStore Workloads(this RunAiStore store) =>
        WorkloadStores.GetValue(store, s => new RunAiWorkloadStore(s.Projects.Count * WorkloadsPerProject, Scopes(s), 15));

    public static RunAiAccessStore Access(this RunAiStore store) =>
        AccessStores.GetValue(store, s => new RunAiAccessStore(SeededUsers, Scopes(s)));

    private static RunAiWorkloadScope[] Scopes(RunAiStore store)
    {
        lock (store.Gate)
        {
            return store.Projects.Select(p =>
            {
                var department = store.Departments.FirstOrDefault(d => d.Id == p.ParentId);
                var nodes = store.Nodes.Where(n => n.Cluster.Uuid == p.ClusterId).Select(n => n.Name).ToList();
                return new RunAiWorkloadScope(p.Id, p.Name, department?.Id ?? string.Empty, department?.Name ?? string.Empty, Guid.Parse(p.ClusterId), nodes);
            }).ToArray();
        }
    }
}
