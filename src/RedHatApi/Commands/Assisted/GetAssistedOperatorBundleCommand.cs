using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the operator bundles of the Assisted Installer (operators installed together, such as virtualization).</para>
/// <para type="description">GET /v2/operators/bundles, filtered by the service for an OpenShift version, CPU architecture and platform when given; with -Id, GET /v2/operators/bundles/{id} for each (an unknown id is an AssistedOperatorBundleNotFound error).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedOperatorBundle", DefaultParameterSetName = ListSet)]
[OutputType(typeof(AssistedOperatorBundle))]
public sealed class GetAssistedOperatorBundleCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Bundle ids (virtualization, openshift-ai…).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOperatorBundleIdCompleter))]
    public string[] Id { get; set; } = System.Array.Empty<string>();

    /// <summary>Only bundles available for this OpenShift version.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? OpenShiftVersion { get; set; }

    /// <summary>With -OpenShiftVersion: the CPU architecture (x86_64 by default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("x86_64", "aarch64", "arm64", "ppc64le", "s390x", "multi")]
    public string? CpuArchitecture { get; set; }

    /// <summary>With -OpenShiftVersion: the platform.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("baremetal", "none", "nutanix", "vsphere", "external")]
    public string? PlatformType { get; set; }

    /// <summary>The bundles' composition for single-node OpenShift.</summary>
    [Parameter]
    public SwitchParameter SingleNode { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            WriteObject(await client.GetOperatorBundlesAsync(OpenShiftVersion, CpuArchitecture, PlatformType, SingleNode, cancellationToken), enumerateCollection: true);
            return;
        }

        await ForEachInputAsync(Id, async id => WriteObject(await client.GetOperatorBundleAsync(id, SingleNode, cancellationToken)));
    }
}
