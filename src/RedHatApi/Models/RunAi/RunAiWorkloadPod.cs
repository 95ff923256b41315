using System;
using System.Collections.Generic;

namespace RedHatApi.Models.RunAi;

/// <summary>One pod of a Run:ai workload (GET /api/v1/workloads/{id}/pods).</summary>
public sealed class RunAiWorkloadPod
{
    internal RunAiWorkloadPod(Guid id, string name, Guid workloadId)
    {
        Id = id;
        Name = name;
        WorkloadId = workloadId;
    }

    /// <summary>The pod's UUID.</summary>
    public Guid Id { get; }

    /// <summary>The Kubernetes pod name.</summary>
    public string Name { get; }

    /// <summary>The workload the pod belongs to.</summary>
    public Guid WorkloadId { get; }

    /// <summary>The workload's name.</summary>
    public string? WorkloadName { get; init; }

    /// <summary>The project the workload runs in.</summary>
    public string? ProjectName { get; init; }

    /// <summary>Kubernetes' pod phase: Pending, Running, Succeeded, Failed, Unknown.</summary>
    public string? Phase { get; init; }

    /// <summary>The node the pod is scheduled on, or null while pending.</summary>
    public string? NodeName { get; init; }

    /// <summary>The node pool the pod runs in.</summary>
    public string? NodePool { get; init; }

    /// <summary>The pod's IP address.</summary>
    public string? Ip { get; init; }

    /// <summary>GPUs allocated to the pod.</summary>
    public double? AllocatedGpu { get; init; }

    /// <summary>The cluster the pod runs on.</summary>
    public Guid? ClusterId { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it completed (UTC), or null.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Its containers' images.</summary>
    public IReadOnlyList<string> Images { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Name;
}
