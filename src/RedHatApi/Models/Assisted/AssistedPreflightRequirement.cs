using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// What a host of one role needs for a cluster (OpenShift itself, or one operator on top), from GET
/// /v2/clusters/{id}/preflight-requirements: read before choosing which hosts become control-plane nodes.
/// </summary>
public sealed class AssistedPreflightRequirement
{
    internal AssistedPreflightRequirement(Guid clusterId, string component, string role)
    {
        ClusterId = clusterId;
        Component = component;
        Role = role;
    }

    /// <summary>The cluster.</summary>
    public Guid ClusterId { get; }

    /// <summary>ocp for OpenShift itself, else the operator's name (its needs add to OpenShift's).</summary>
    public string Component { get; }

    /// <summary>master or worker.</summary>
    public string Role { get; }

    /// <summary>CPU cores.</summary>
    public long? CpuCores { get; init; }

    /// <summary>Memory in MiB.</summary>
    public long? RamMib { get; init; }

    /// <summary>Installation disk size in GB.</summary>
    public long? DiskSizeGb { get; init; }

    /// <summary>Slowest acceptable installation disk (fsync) in ms.</summary>
    public long? InstallationDiskSpeedThresholdMs { get; init; }

    /// <summary>Largest acceptable average network latency (RTT) between hosts, in ms.</summary>
    public double? NetworkLatencyThresholdMs { get; init; }

    /// <summary>Largest acceptable packet loss between hosts, in percent.</summary>
    public double? PacketLossPercentage { get; init; }

    /// <summary>Whether the host's TPM must be enabled in its BIOS.</summary>
    public bool? TpmEnabledInBios { get; init; }

    /// <summary>Requirements that cannot be given as numbers.</summary>
    public IReadOnlyList<string> Qualitative { get; init; } = Array.Empty<string>();

    /// <summary>Other operators the operator needs.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = Array.Empty<string>();
}
