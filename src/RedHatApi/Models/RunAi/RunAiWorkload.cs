using System;
using System.Collections.Generic;

namespace RedHatApi.Models.RunAi;

/// <summary>One Run:ai workload as Get-RunAiWorkload lists it (GET /api/v1/workloads).</summary>
public sealed class RunAiWorkload
{
    internal RunAiWorkload(Guid id, string name, string type)
    {
        Id = id;
        Name = name;
        Type = type;
    }

    /// <summary>The workload's UUID; -Id of Suspend-, Resume- and Remove-RunAiWorkload takes it from the pipeline.</summary>
    public Guid Id { get; }

    /// <summary>The workload's name, unique within its project.</summary>
    public string Name { get; }

    /// <summary>Workspace, Training, Distributed, Inference, DistributedInference, or another kind the cluster runs.</summary>
    public string Type { get; }

    /// <summary>Run:ai's phase: Creating, Pending, Running, Stopped, Failed, Completed, Deleting...</summary>
    public string? Phase { get; init; }

    /// <summary>Why the workload is in its phase, when Run:ai says.</summary>
    public string? PhaseMessage { get; init; }

    /// <summary>When the phase last changed (UTC).</summary>
    public DateTimeOffset? PhaseUpdatedAt { get; init; }

    /// <summary>The project the workload runs in.</summary>
    public string? ProjectName { get; init; }

    /// <summary>The project's id.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The department of the project.</summary>
    public string? DepartmentName { get; init; }

    /// <summary>The cluster the workload runs on.</summary>
    public Guid? ClusterId { get; init; }

    /// <summary>The Kubernetes namespace of the project on that cluster.</summary>
    public string? Namespace { get; init; }

    /// <summary>Who submitted it (a user name or an application).</summary>
    public string? SubmittedBy { get; init; }

    /// <summary>CLI, Control-plane or Other.</summary>
    public string? Source { get; init; }

    /// <summary>Train, Build, Deploy... (the workload category).</summary>
    public string? Category { get; init; }

    /// <summary>Pods running now.</summary>
    public int? RunningPods { get; init; }

    /// <summary>GPUs allocated now (fractions count as such).</summary>
    public double? AllocatedGpu { get; init; }

    /// <summary>True when Run:ai says the workload can be suspended (and resumed).</summary>
    public bool? CanSuspend { get; init; }

    /// <summary>True when Run:ai says the workload can be deleted.</summary>
    public bool? CanDelete { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it completed (UTC), or null.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When it was deleted (UTC); set on the listings of -Deleted.</summary>
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The container images it runs.</summary>
    public IReadOnlyList<string> Images { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Type + " " + Name;
}
