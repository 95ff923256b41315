using System;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Models.Assisted;

/// <summary>An OpenShift cluster registered with the Assisted Installer (no pull secret, ever: only whether one is set).</summary>
public sealed class AssistedCluster
{
    internal AssistedCluster(
        Guid id,
        string name,
        string? openShiftVersion,
        string status,
        string? statusInfo,
        int progressPercent,
        string? installStage,
        IReadOnlyList<AssistedValidation> validations)
    {
        Id = id;
        Name = name;
        OpenShiftVersion = openShiftVersion;
        Status = status;
        StatusInfo = statusInfo;
        ProgressPercent = progressPercent;
        InstallStage = installStage;
        Validations = validations;
    }

    /// <summary>The cluster id; binds to -ClusterId of the other Assisted cmdlets.</summary>
    public Guid Id { get; }

    /// <summary>The cluster name (the first DNS label under the base domain).</summary>
    public string Name { get; }

    /// <summary>The OpenShift version, for example 4.17.3.</summary>
    public string? OpenShiftVersion { get; }

    /// <summary>
    /// insufficient, ready, error, preparing-for-installation, pending-for-input, installing, finalizing, installed,
    /// adding-hosts, cancelled, installing-pending-user-action or unmonitored.
    /// </summary>
    public string Status { get; }

    /// <summary>The service's explanation of the status.</summary>
    public string? StatusInfo { get; }

    /// <summary>Overall installation progress (progress.total_percentage), 0 to 100.</summary>
    public int ProgressPercent { get; }

    /// <summary>The finalizing stage while finalizing (progress.finalizing_stage), for example "Waiting for cluster operators".</summary>
    public string? InstallStage { get; }

    /// <summary>The pre-installation checks, parsed from validations_info.</summary>
    public IReadOnlyList<AssistedValidation> Validations { get; }

    /// <summary>The checks that did not pass (failure, pending, error).</summary>
    public IReadOnlyList<AssistedValidation> FailedValidations => Validations.Where(v => !v.IsSuccess && v.Status != "disabled").ToList();

    /// <summary>The base DNS domain; the cluster answers under &lt;Name&gt;.&lt;BaseDnsDomain&gt;.</summary>
    public string? BaseDnsDomain { get; init; }

    /// <summary>x86_64, arm64, ppc64le, s390x or multi.</summary>
    public string? CpuArchitecture { get; init; }

    /// <summary>Control-plane nodes wanted (1 for single-node OpenShift).</summary>
    public int? ControlPlaneCount { get; init; }

    /// <summary>baremetal, vsphere, nutanix, none, external…</summary>
    public string? PlatformType { get; init; }

    /// <summary>Hosts bound to the cluster.</summary>
    public long HostCount { get; init; }

    /// <summary>Hosts ready to install.</summary>
    public long ReadyHostCount { get; init; }

    /// <summary>Whether the cluster has a pull secret (the secret itself is never returned).</summary>
    public bool PullSecretSet { get; init; }

    /// <summary>API virtual IPs.</summary>
    public IReadOnlyList<string> ApiVips { get; init; } = Array.Empty<string>();

    /// <summary>Ingress virtual IPs.</summary>
    public IReadOnlyList<string> IngressVips { get; init; } = Array.Empty<string>();

    /// <summary>The release image the cluster installs.</summary>
    public string? OcpReleaseImage { get; init; }

    /// <summary>The OpenShift cluster id, once installed.</summary>
    public Guid? OpenshiftClusterId { get; init; }

    /// <summary>Who registered the cluster.</summary>
    public string? UserName { get; init; }

    /// <summary>Cluster, AddHostsCluster or DisconnectedCluster.</summary>
    public string? Kind { get; init; }

    /// <summary>When the cluster was registered.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the cluster last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset? StatusUpdatedAt { get; init; }

    /// <summary>When the installation started; null before any.</summary>
    public DateTimeOffset? InstallStartedAt { get; init; }

    /// <summary>When the installation completed; null until it does.</summary>
    public DateTimeOffset? InstallCompletedAt { get; init; }

    /// <summary>The API path of the cluster.</summary>
    public Uri? Href { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Status + ")";
}
