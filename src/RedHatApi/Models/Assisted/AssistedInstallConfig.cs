using System;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// The install-config.yaml the Assisted Installer will hand to the OpenShift installer for a cluster, and the
/// overrides the user set on top of what the service generates.
/// </summary>
public sealed class AssistedInstallConfig
{
    internal AssistedInstallConfig(Guid clusterId, string content, string? overrides)
    {
        ClusterId = clusterId;
        Content = content;
        Overrides = overrides;
    }

    /// <summary>The cluster.</summary>
    public Guid ClusterId { get; }

    /// <summary>The install-config as YAML, overrides applied. A pull secret, if the service includes one, is masked.</summary>
    public string Content { get; }

    /// <summary>The overrides as JSON text (what Set-AssistedInstallConfig sets); null when there are none.</summary>
    public string? Overrides { get; }

    /// <inheritdoc />
    public override string ToString() => Content;
}
