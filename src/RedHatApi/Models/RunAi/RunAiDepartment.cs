using System;
using System.Collections.Generic;

namespace RedHatApi.Models.RunAi;

/// <summary>A Run:ai department: a group of projects with a GPU quota of its own per node pool.</summary>
public sealed class RunAiDepartment
{
    internal RunAiDepartment(string id, string name, string? clusterId)
    {
        Id = id;
        Name = name;
        ClusterId = clusterId;
    }

    /// <summary>The department's id (a number, as text).</summary>
    public string Id { get; }

    /// <summary>The department's name.</summary>
    public string Name { get; }

    /// <summary>The UUID of the cluster the department is in.</summary>
    public string? ClusterId { get; }

    /// <summary>The department's id under the name the project cmdlets bind (-DepartmentId).</summary>
    public string DepartmentId => Id;

    /// <summary>The department's description.</summary>
    public string? Description { get; internal set; }

    /// <summary>GPUs deserved over all node pools.</summary>
    public double? GpuQuota { get; internal set; }

    /// <summary>CPU millicores deserved over all node pools, when set.</summary>
    public double? CpuQuota { get; internal set; }

    /// <summary>CPU memory deserved over all node pools, when set.</summary>
    public double? MemoryQuota { get; internal set; }

    /// <summary>The quota per node pool.</summary>
    public IReadOnlyList<RunAiQuota> Resources { get; internal set; } = Array.Empty<RunAiQuota>();

    /// <summary>When the department was created.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When the department last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
