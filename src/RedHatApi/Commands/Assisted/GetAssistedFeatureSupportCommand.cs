using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the support level of Assisted Installer features and operators for an OpenShift version, or for a cluster.</para>
/// <para type="description">GET /v2/support-levels/features (with -Detailed, /features/detailed: why a feature is unavailable, what it cannot be combined with, what an operator depends on). With -ClusterId, the cluster's version, CPU architecture and platform are used. A script checks IsAvailable before Enable-AssistedOperator.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedFeatureSupport", DefaultParameterSetName = VersionSet)]
[OutputType(typeof(AssistedFeatureSupport))]
public sealed class GetAssistedFeatureSupportCommand : RedHatApiCmdlet
{
    private const string VersionSet = "Version";
    private const string ClusterSet = "Cluster";

    /// <summary>The OpenShift version (4.17 or 4.17.3).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = VersionSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Version")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOpenShiftVersionCompleter))]
    public string OpenShiftVersion { get; set; } = string.Empty;

    /// <summary>The CPU architecture (x86_64 by default).</summary>
    [Parameter(ParameterSetName = VersionSet)]
    [ValidateSet("x86_64", "aarch64", "arm64", "ppc64le", "s390x", "multi")]
    public string? CpuArchitecture { get; set; }

    /// <summary>The platform.</summary>
    [Parameter(ParameterSetName = VersionSet)]
    [ValidateSet("baremetal", "none", "nutanix", "vsphere", "external")]
    public string? PlatformType { get; set; }

    /// <summary>A cluster whose version, CPU architecture and platform to ask about.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ClusterSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid ClusterId { get; set; }

    /// <summary>Only these feature ids (SNO, LVM, CNV…; wildcards allowed).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[]? FeatureId { get; set; }

    /// <summary>Also the reason, incompatibilities and dependencies of each feature.</summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var (version, arch, platform) = (OpenShiftVersion, CpuArchitecture, PlatformType);
        if (ParameterSetName == ClusterSet)
        {
            (version, arch, platform) = await client.ClusterSupportKeyAsync(ClusterId, cancellationToken);
        }

        var patterns = FeatureId?.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
        var features = await client.GetFeatureSupportAsync(version, arch, platform, Detailed, cancellationToken);
        WriteObject(features.Where(f => patterns is null || patterns.Any(p => p.IsMatch(f.FeatureId))), enumerateCollection: true);
    }
}
