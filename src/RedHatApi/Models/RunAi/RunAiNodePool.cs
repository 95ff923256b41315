using System;

namespace RedHatApi.Models.RunAi;

/// <summary>A Run:ai node pool: the nodes of a cluster that carry one label value.</summary>
public sealed class RunAiNodePool
{
    internal RunAiNodePool(string id, string name, string? clusterId)
    {
        Id = id;
        Name = name;
        ClusterId = clusterId;
    }

    /// <summary>The node pool's id.</summary>
    public string Id { get; }

    /// <summary>The node pool's name.</summary>
    public string Name { get; }

    /// <summary>The UUID of the pool's cluster.</summary>
    public string? ClusterId { get; }

    /// <summary>The name of the pool's cluster.</summary>
    public string? ClusterName { get; internal set; }

    /// <summary>The node label key that selects the pool's nodes.</summary>
    public string? LabelKey { get; internal set; }

    /// <summary>The label value of the pool's nodes.</summary>
    public string? LabelValue { get; internal set; }

    /// <summary>Ready, Empty, Unschedulable, Creating, Updating, Deleting...</summary>
    public string? Phase { get; internal set; }

    /// <summary>True for the cluster's default pool (nodes without the label).</summary>
    public bool IsDefault { get; internal set; }

    /// <summary>When the pool was created.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
