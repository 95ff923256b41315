using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// An Assisted Installer infra-env: the discovery image hosts boot from to register, optionally bound to a cluster.
/// Its pre-signed download link is left out on purpose (it is a credential): Get-AssistedDiscoveryIsoUrl gets one.
/// </summary>
public sealed class AssistedInfraEnv
{
    internal AssistedInfraEnv(Guid id, string name, Guid? clusterId, string? imageType)
    {
        Id = id;
        Name = name;
        ClusterId = clusterId;
        ImageType = imageType;
    }

    /// <summary>The infra-env id; binds to -InfraEnvId of the other Assisted cmdlets.</summary>
    public Guid Id { get; }

    /// <summary>The same id under the name -InfraEnvId binds from, so Get-AssistedHost takes infra-envs from the pipeline.</summary>
    public Guid InfraEnvId => Id;

    /// <summary>The infra-env name.</summary>
    public string Name { get; }

    /// <summary>The cluster hosts booted from this image join; null for an unbound (late-binding) infra-env.</summary>
    public Guid? ClusterId { get; }

    /// <summary>minimal-iso (boots from the network), full-iso (self-contained) or disconnected-iso.</summary>
    public string? ImageType { get; }

    /// <summary>The OpenShift version of the discovery image.</summary>
    public string? OpenShiftVersion { get; init; }

    /// <summary>x86_64, aarch64, arm64, ppc64le or s390x.</summary>
    public string? CpuArchitecture { get; init; }

    /// <summary>Whether a pull secret is set (the secret itself is never returned).</summary>
    public bool PullSecretSet { get; init; }

    /// <summary>The SSH public key the discovery image lets in, if any.</summary>
    public string? SshAuthorizedKey { get; init; }

    /// <summary>When the current download link expires.</summary>
    public DateTimeOffset? DownloadUrlExpiresAt { get; init; }

    /// <summary>The HTTP proxy the discovery agent uses, with any password masked.</summary>
    public string? HttpProxy { get; init; }

    /// <summary>The HTTPS proxy the discovery agent uses, with any password masked.</summary>
    public string? HttpsProxy { get; init; }

    /// <summary>Destinations reached without the proxy (comma-separated, or *).</summary>
    public string? NoProxy { get; init; }

    /// <summary>The only NTP sources hosts use, when set.</summary>
    public IReadOnlyList<string> NtpSources { get; init; } = Array.Empty<string>();

    /// <summary>NTP sources added to the hosts' own.</summary>
    public IReadOnlyList<string> AdditionalNtpSources { get; init; } = Array.Empty<string>();

    /// <summary>Whether static network configuration (nmstate per host) is baked into the image.</summary>
    public bool HasStaticNetworkConfig { get; init; }

    /// <summary>Kernel arguments of the discovery image, as "append quiet", "replace a=b" or "delete c".</summary>
    public IReadOnlyList<string> KernelArguments { get; init; } = Array.Empty<string>();

    /// <summary>Whether an ignition override is set (its content can hold secrets, so it is not shown).</summary>
    public bool HasIgnitionConfigOverride { get; init; }

    /// <summary>Who created the infra-env.</summary>
    public string? UserName { get; init; }

    /// <summary>When the infra-env was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the infra-env last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The API path of the infra-env.</summary>
    public Uri? Href { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Id.ToString("D") + ")";
}
