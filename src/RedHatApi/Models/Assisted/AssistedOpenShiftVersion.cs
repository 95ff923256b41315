using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>An OpenShift version the Assisted Installer can install.</summary>
public sealed class AssistedOpenShiftVersion
{
    internal AssistedOpenShiftVersion(string version, string? displayName, string? supportLevel, bool isDefault, IReadOnlyList<string> cpuArchitectures)
    {
        Version = version;
        DisplayName = displayName;
        SupportLevel = supportLevel;
        IsDefault = isDefault;
        CpuArchitectures = cpuArchitectures;
    }

    /// <summary>The version as New-AssistedCluster -OpenShiftVersion takes it.</summary>
    public string Version { get; }

    /// <summary>The name the console shows.</summary>
    public string? DisplayName { get; }

    /// <summary>beta, production, maintenance or end-of-life.</summary>
    public string? SupportLevel { get; }

    /// <summary>The recommended version.</summary>
    public bool IsDefault { get; }

    /// <summary>CPU architectures this version installs on.</summary>
    public IReadOnlyList<string> CpuArchitectures { get; }

    /// <inheritdoc />
    public override string ToString() => Version;
}
