namespace RedHatApi.Models.RunAi;

/// <summary>The quota of a project or department in one node pool (one entry of Run:ai's <c>resources</c>).</summary>
public sealed class RunAiQuota
{
    internal RunAiQuota(string? nodePoolId, string? nodePool)
    {
        NodePoolId = nodePoolId;
        NodePool = nodePool;
    }

    /// <summary>The node pool's id.</summary>
    public string? NodePoolId { get; }

    /// <summary>The node pool's name.</summary>
    public string? NodePool { get; }

    /// <summary>GPUs deserved (guaranteed) in the pool.</summary>
    public double Gpu { get; internal set; }

    /// <summary>The most GPUs the unit may use in the pool; null or -1 is no limit.</summary>
    public double? GpuLimit { get; internal set; }

    /// <summary>CPU millicores deserved, when a CPU quota is set.</summary>
    public double? Cpu { get; internal set; }

    /// <summary>CPU memory deserved (MB), when a memory quota is set.</summary>
    public double? Memory { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{NodePool}: {Gpu} GPU";
}
