using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// How well the Assisted Installer supports a feature or an operator for one OpenShift version, CPU architecture
/// and platform (GET /v2/support-levels/features), so a script can check before it enables something.
/// </summary>
public sealed class AssistedFeatureSupport
{
    internal AssistedFeatureSupport(string openShiftVersion, string cpuArchitecture, string featureId, string supportLevel)
    {
        OpenShiftVersion = openShiftVersion;
        CpuArchitecture = cpuArchitecture;
        FeatureId = featureId;
        SupportLevel = supportLevel;
    }

    /// <summary>The OpenShift version asked about.</summary>
    public string OpenShiftVersion { get; }

    /// <summary>The CPU architecture asked about.</summary>
    public string CpuArchitecture { get; }

    /// <summary>The platform asked about, if one was given.</summary>
    public string? PlatformType { get; init; }

    /// <summary>The feature's id (SNO, LVM, CNV, VIP_AUTO_ALLOC…).</summary>
    public string FeatureId { get; }

    /// <summary>supported, tech-preview, dev-preview, unsupported or unavailable.</summary>
    public string SupportLevel { get; }

    /// <summary>True when the level is supported, tech-preview or dev-preview: the feature can be used.</summary>
    public bool IsAvailable => SupportLevel is "supported" or "tech-preview" or "dev-preview";

    /// <summary>The operator's name when the feature is an operator (with -Detailed).</summary>
    public string? OperatorName { get; init; }

    /// <summary>Why the feature is not available (cpuArchitecture, platform, openshiftVersion…), with -Detailed.</summary>
    public string? Reason { get; init; }

    /// <summary>Features that cannot be used together with this one, with -Detailed.</summary>
    public IReadOnlyList<string> Incompatibilities { get; init; } = Array.Empty<string>();

    /// <summary>Features an operator needs, with -Detailed.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => FeatureId + ": " + SupportLevel;
}

/// <summary>How well the Assisted Installer supports a CPU architecture for one OpenShift version.</summary>
public sealed class AssistedArchitectureSupport
{
    internal AssistedArchitectureSupport(string openShiftVersion, string architectureId, string supportLevel)
    {
        OpenShiftVersion = openShiftVersion;
        ArchitectureId = architectureId;
        SupportLevel = supportLevel;
    }

    /// <summary>The OpenShift version asked about.</summary>
    public string OpenShiftVersion { get; }

    /// <summary>X86_64_ARCHITECTURE, ARM64_ARCHITECTURE, PPC64LE_ARCHITECTURE, S390X_ARCHITECTURE or MULTIARCH_RELEASE_IMAGE.</summary>
    public string ArchitectureId { get; }

    /// <summary>supported, tech-preview, dev-preview, unsupported or unavailable.</summary>
    public string SupportLevel { get; }

    /// <inheritdoc />
    public override string ToString() => ArchitectureId + ": " + SupportLevel;
}
