using System;

namespace RedHatApi.Models.RunAi;

/// <summary>A node of a Run:ai cluster, with its GPUs: what a CMDB records.</summary>
public sealed class RunAiNode
{
    internal RunAiNode(string name, string? clusterUuid)
    {
        Name = name;
        ClusterUuid = clusterUuid;
    }

    /// <summary>The node's Kubernetes name.</summary>
    public string Name { get; }

    /// <summary>The UUID of the node's cluster.</summary>
    public string? ClusterUuid { get; }

    /// <summary>The node's id in Run:ai.</summary>
    public string? Id { get; internal set; }

    /// <summary>The node pool the node is in.</summary>
    public string? NodePool { get; internal set; }

    /// <summary>Ready, NotReady or Unknown.</summary>
    public string? Status { get; internal set; }

    /// <summary>The GPU model (NVIDIA-A100-SXM4-80GB...), when the node has GPUs.</summary>
    public string? GpuType { get; internal set; }

    /// <summary>The number of GPUs in the node (0 for a CPU-only node).</summary>
    public int GpuCount { get; internal set; }

    /// <summary>When the node joined.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When Run:ai last updated the node.</summary>
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
