using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// The service-wide catalogues: /v2/support-levels/features[/detailed] and /architectures (what a version, CPU
/// architecture and platform support), /v2/component-versions, /v2/release-sources and /v2/domains. None is paged.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>The version, CPU architecture and platform of a cluster, for asking about its support levels.</summary>
    internal async Task<(string Version, string? CpuArchitecture, string? PlatformType)> ClusterSupportKeyAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var wire = await GetClusterContentAsync(clusterId, cancellationToken).ConfigureAwait(false);
        return (wire.OpenShiftVersion ?? string.Empty, wire.CpuArchitecture, wire.Platform?.Type);
    }

    /// <summary>GET /v2/support-levels/features (or /detailed, which adds reasons, incompatibilities and operator dependencies).</summary>
    internal async Task<IReadOnlyList<AssistedFeatureSupport>> GetFeatureSupportAsync(string version, string? cpuArchitecture, string? platformType, bool detailed, CancellationToken cancellationToken)
    {
        var arch = cpuArchitecture ?? "x86_64";
        var query = "?openshift_version=" + Uri.EscapeDataString(version) + "&cpu_architecture=" + Uri.EscapeDataString(arch)
            + (platformType is null ? string.Empty : "&platform_type=" + Uri.EscapeDataString(platformType));
        if (!detailed)
        {
            var levels = await GetAsync<AssistedFeatureLevelsWire>("support-levels/features" + query, null, cancellationToken).ConfigureAwait(false);
            return (levels.Features ?? new()).Select(f => new AssistedFeatureSupport(version, arch, f.Key, f.Value) { PlatformType = platformType }).ToList();
        }

        var wire = await GetAsync<AssistedDetailedFeaturesWire>("support-levels/features/detailed" + query, null, cancellationToken).ConfigureAwait(false);
        return (wire.Features ?? new()).Concat(wire.Operators ?? new())
            .Select(f => new AssistedFeatureSupport(version, arch, f.FeatureId ?? string.Empty, f.SupportLevel ?? string.Empty)
            {
                PlatformType = platformType,
                OperatorName = f.Name,
                Reason = f.Reason,
                Incompatibilities = f.Incompatibilities ?? new List<string>(),
                Dependencies = f.Dependencies ?? new List<string>(),
            })
            .ToList();
    }

    /// <summary>GET /v2/support-levels/architectures?openshift_version=….</summary>
    internal async Task<IReadOnlyList<AssistedArchitectureSupport>> GetArchitectureSupportAsync(string version, CancellationToken cancellationToken)
    {
        var wire = await GetAsync<AssistedArchitectureLevelsWire>("support-levels/architectures?openshift_version=" + Uri.EscapeDataString(version), null, cancellationToken).ConfigureAwait(false);
        return (wire.Architectures ?? new()).Select(a => new AssistedArchitectureSupport(version, a.Key, a.Value)).ToList();
    }

    /// <summary>GET /v2/component-versions.</summary>
    internal async Task<IReadOnlyList<AssistedComponentVersion>> GetComponentVersionsAsync(CancellationToken cancellationToken)
    {
        var wire = await GetAsync<AssistedComponentVersionsWire>("component-versions", null, cancellationToken).ConfigureAwait(false);
        return (wire.Versions ?? new()).Select(v => new AssistedComponentVersion(v.Key, v.Value, wire.ReleaseTag)).ToList();
    }

    /// <summary>GET /v2/release-sources.</summary>
    internal async Task<IReadOnlyList<AssistedReleaseSource>> GetReleaseSourcesAsync(CancellationToken cancellationToken)
    {
        var wire = await GetAsync<List<AssistedReleaseSourceWire>>("release-sources", null, cancellationToken).ConfigureAwait(false);
        return wire.Select(r => new AssistedReleaseSource(
                r.OpenShiftVersion ?? string.Empty,
                r.MultiCpuArchitectures ?? new List<string>(),
                (r.UpgradeChannels ?? new()).Where(c => c.CpuArchitecture is not null)
                    .ToDictionary(c => c.CpuArchitecture!, c => (IReadOnlyList<string>)(c.Channels ?? new List<string>()))))
            .ToList();
    }

    /// <summary>GET /v2/domains.</summary>
    internal async Task<IReadOnlyList<AssistedManagedDomain>> GetManagedDomainsAsync(CancellationToken cancellationToken)
    {
        var wire = await GetAsync<List<AssistedManagedDomainWire>>("domains", null, cancellationToken).ConfigureAwait(false);
        return wire.Where(d => !string.IsNullOrEmpty(d.Domain)).Select(d => new AssistedManagedDomain(d.Domain!, d.Provider)).ToList();
    }
}
