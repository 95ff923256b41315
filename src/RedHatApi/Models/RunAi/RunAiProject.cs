using System;
using System.Collections.Generic;

namespace RedHatApi.Models.RunAi;

/// <summary>A Run:ai project: the unit researchers submit workloads to, with its GPU quota per node pool.</summary>
public sealed class RunAiProject
{
    internal RunAiProject(string id, string name, string? clusterId, string? parentId)
    {
        Id = id;
        Name = name;
        ClusterId = clusterId;
        ParentId = parentId;
    }

    /// <summary>The project's id (a number, as text).</summary>
    public string Id { get; }

    /// <summary>The project's name.</summary>
    public string Name { get; }

    /// <summary>The UUID of the cluster the project is in.</summary>
    public string? ClusterId { get; }

    /// <summary>The id of the department the project belongs to.</summary>
    public string? ParentId { get; }

    /// <summary>The department's id, for piping into the department cmdlets (the same as <see cref="ParentId"/>).</summary>
    public string? DepartmentId => ParentId;

    /// <summary>The project's description.</summary>
    public string? Description { get; internal set; }

    /// <summary>Ready, Creating, Updating, Deleting, NotReady...</summary>
    public string? Phase { get; internal set; }

    /// <summary>The Kubernetes namespace of the project.</summary>
    public string? Namespace { get; internal set; }

    /// <summary>GPUs deserved over all node pools.</summary>
    public double? GpuQuota { get; internal set; }

    /// <summary>CPU millicores deserved over all node pools, when set.</summary>
    public double? CpuQuota { get; internal set; }

    /// <summary>CPU memory deserved over all node pools, when set.</summary>
    public double? MemoryQuota { get; internal set; }

    /// <summary>The quota per node pool.</summary>
    public IReadOnlyList<RunAiQuota> Resources { get; internal set; } = Array.Empty<RunAiQuota>();

    /// <summary>When the project was created.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When the project last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>Who changed it last.</summary>
    public string? UpdatedBy { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
