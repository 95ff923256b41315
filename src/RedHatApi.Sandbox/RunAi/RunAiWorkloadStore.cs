using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>The project a seeded workload runs in, as the org-unit store knows it.</summary>
public sealed record RunAiWorkloadScope(string ProjectId, string ProjectName, string DepartmentId, string DepartmentName, Guid ClusterId, IReadOnlyList<string> NodeNames);

/// <summary>One workload of the sandbox's Run:ai, with its pods and events.</summary>
public sealed class RunAiWorkloadRecord
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Workspace, Training, Distributed or Inference (the type GET /api/v1/workloads answers).</summary>
    public required string Type { get; init; }

    public required RunAiWorkloadScope Scope { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Phase { get; set; } = "Running";

    public DateTimeOffset PhaseUpdatedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string SubmittedBy { get; init; } = "researcher@example.com";

    public double Gpu { get; init; } = 1;

    public int Pods { get; init; } = 1;

    public string Image { get; init; } = "nvcr.io/nvidia/pytorch:24.05-py3";

    public List<RunAiEventRecord> Events { get; } = new();
}

/// <summary>One Kubernetes event of a workload.</summary>
public sealed record RunAiEventRecord(Guid Id, DateTimeOffset CreatedAt, string Type, string Reason, string Message, string Source, string Kind, string ObjectName);

/// <summary>
/// The workloads of the sandbox's Run:ai in creation order (the API's default order), with their pods (derived from
/// the workload: Pods of them while it runs) and events. Suspend, resume and delete change the phase as the control
/// plane reports it once the cluster acted. Thread-safe.
/// </summary>
public sealed class RunAiWorkloadStore
{
    /// <summary>The types whose routes have suspend and resume (/api/v1/workloads/{trainings|workspaces|distributed}).</summary>
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["workspaces"] = "Workspace",
        ["trainings"] = "Training",
        ["distributed"] = "Distributed",
        ["inferences"] = "Inference",
        ["distributed-inferences"] = "DistributedInference",
    };

    private static readonly string[] Types = { "Training", "Workspace", "Distributed", "Inference" };
    private static readonly string[] Phases = { "Running", "Pending", "Running", "Completed", "Stopped", "Failed", "Running" };
    private readonly object _gate = new();
    private readonly List<RunAiWorkloadRecord> _workloads = new();
    private readonly Random _random;
    private readonly IReadOnlyList<RunAiWorkloadScope> _scopes;
    private readonly DateTimeOffset _epoch = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public RunAiWorkloadStore(int workloads, IReadOnlyList<RunAiWorkloadScope> scopes, int seed)
    {
        _random = new Random(seed + 15);
        _scopes = scopes;
        Add(workloads);
    }

    /// <summary>Seeds <paramref name="count"/> more workloads (job-0001...), types and phases in turn, over the projects.</summary>
    public IReadOnlyList<RunAiWorkloadRecord> Add(int count, string? projectName = null)
    {
        lock (_gate)
        {
            var added = new List<RunAiWorkloadRecord>();
            if (_scopes.Count == 0)
            {
                return added;
            }

            for (var n = 0; n < count; n++)
            {
                var i = _workloads.Count + 1;
                var scope = projectName is null
                    ? _scopes[(i - 1) % _scopes.Count]
                    : _scopes.FirstOrDefault(s => s.ProjectName == projectName) ?? throw new ArgumentException("no project " + projectName);
                var type = Types[(i - 1) % Types.Length];
                var created = _epoch.AddMinutes(i * 7);
                var record = new RunAiWorkloadRecord
                {
                    Id = NewGuid(),
                    Name = $"{type.ToLowerInvariant()}-{i:D4}",
                    Type = type,
                    Scope = scope,
                    CreatedAt = created,
                    Phase = Phases[(i - 1) % Phases.Length],
                    PhaseUpdatedAt = created.AddMinutes(2),
                    Gpu = type == "Distributed" ? 4 : i % 2 == 0 ? 0.5 : 1,
                    Pods = type == "Distributed" ? 3 : 1,
                };
                record.Events.Add(new RunAiEventRecord(NewGuid(), created.AddSeconds(1), "Normal", "Scheduled", "Successfully assigned " + scope.ProjectName + " pod to a GPU node", "runai-scheduler", "Pod", record.Name + "-0-0"));
                record.Events.Add(new RunAiEventRecord(NewGuid(), created.AddSeconds(30), "Normal", "Pulled", "Container image \"" + record.Image + "\" already present on machine", "kubelet", "Pod", record.Name + "-0-0"));
                if (record.Phase == "Failed")
                {
                    record.Events.Add(new RunAiEventRecord(NewGuid(), created.AddMinutes(2), "Warning", "BackOff", "Back-off restarting failed container", "kubelet", "Pod", record.Name + "-0-0"));
                }

                _workloads.Add(record);
                added.Add(record);
            }

            return added;
        }
    }

    /// <summary>The workloads not deleted (or, with <paramref name="deleted"/>, only the deleted ones), in creation order.</summary>
    public IReadOnlyList<RunAiWorkloadRecord> List(bool deleted)
    {
        lock (_gate)
        {
            return _workloads.Where(w => (w.DeletedAt is not null) == deleted).ToList();
        }
    }

    /// <summary>A workload by id, deleted or not.</summary>
    public RunAiWorkloadRecord? Find(Guid id)
    {
        lock (_gate)
        {
            return _workloads.FirstOrDefault(w => w.Id == id);
        }
    }

    /// <summary>Suspends (Stopped), resumes (Running) or deletes a live workload; false when none of that type has the id.</summary>
    public bool Act(string type, Guid id, string action)
    {
        lock (_gate)
        {
            var workload = _workloads.FirstOrDefault(w => w.Id == id && w.DeletedAt is null && w.Type == type);
            if (workload is null)
            {
                return false;
            }

            var now = DateTimeOffset.UtcNow;
            switch (action)
            {
                case "suspend":
                    workload.Phase = "Stopped";
                    workload.Events.Add(new RunAiEventRecord(NewGuid(), now, "Normal", "Suspended", "Workload suspended", "runai-workload-controller", workload.Type, workload.Name));
                    break;
                case "resume":
                    workload.Phase = "Running";
                    workload.Events.Add(new RunAiEventRecord(NewGuid(), now, "Normal", "Resumed", "Workload resumed", "runai-workload-controller", workload.Type, workload.Name));
                    break;
                default:
                    workload.Phase = "Deleting";
                    workload.DeletedAt = now;
                    break;
            }

            workload.PhaseUpdatedAt = now;
            return true;
        }
    }

    /// <summary>Pods of a workload: Pods of them while it runs (or ran), none while pending or stopped.</summary>
    public static IEnumerable<(Guid Id, string Name, string Phase, string? Node)> PodsOf(RunAiWorkloadRecord workload, bool deleted = false)
    {
        // The pods a suspended or deleted workload had are the deleted ones (deleted=true).
        var gone = workload.DeletedAt is not null || workload.Phase == "Stopped";
        var phase = deleted != gone ? null : gone ? "Succeeded" : workload.Phase switch
        {
            "Running" or "Resuming" => "Running",
            "Completed" => "Succeeded",
            "Failed" => "Failed",
            _ => null,
        };
        if (phase is null)
        {
            yield break;
        }

        for (var i = 0; i < workload.Pods; i++)
        {
            var nodes = workload.Scope.NodeNames;
            yield return (PodId(workload.Id, i), $"{workload.Name}-0-{i}", phase, nodes.Count == 0 ? null : nodes[(workload.Id.ToByteArray()[0] + i) % nodes.Count]);
        }
    }

    // A pod's id follows from its workload's, so it stays the same across suspend and resume.
    private static Guid PodId(Guid workload, int index)
    {
        var bytes = workload.ToByteArray();
        bytes[15] ^= (byte)(index + 1);
        return new Guid(bytes);
    }

    private Guid NewGuid()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
