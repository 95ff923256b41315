using System;

namespace RedHatApi.Models.RunAi;

/// <summary>A Kubernetes or OpenShift cluster connected to the Run:ai control plane.</summary>
public sealed class RunAiCluster
{
    internal RunAiCluster(string uuid, string name)
    {
        Uuid = uuid;
        Name = name;
    }

    /// <summary>The cluster's UUID (what projects, departments and nodes call clusterId or clusterUuid).</summary>
    public string Uuid { get; }

    /// <summary>The cluster's UUID under the name the other Run:ai cmdlets bind (-ClusterId).</summary>
    public string ClusterId => Uuid;

    /// <summary>The cluster's name.</summary>
    public string Name { get; }

    /// <summary>Connected, Disconnected, WaitingToConnect, MissingPrerequisites, ServiceIssues or Unknown.</summary>
    public string? State { get; internal set; }

    /// <summary>The Run:ai cluster version.</summary>
    public string? Version { get; internal set; }

    /// <summary>openshift, vanilla, rke, gke, aks or eks.</summary>
    public string? Platform { get; internal set; }

    /// <summary>The Kubernetes version.</summary>
    public string? KubeVersion { get; internal set; }

    /// <summary>The cluster's URL.</summary>
    public string? Domain { get; internal set; }

    /// <summary>When the cluster was added.</summary>
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>When the cluster last reported in.</summary>
    public DateTimeOffset? LastLiveness { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
