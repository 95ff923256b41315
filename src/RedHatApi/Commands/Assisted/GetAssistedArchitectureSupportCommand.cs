using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the support level of each CPU architecture for an OpenShift version in the Assisted Installer.</para>
/// <para type="description">GET /v2/support-levels/architectures?openshift_version=…: x86_64, arm64, ppc64le, s390x and multi-architecture release images.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedArchitectureSupport")]
[OutputType(typeof(AssistedArchitectureSupport))]
public sealed class GetAssistedArchitectureSupportCommand : RedHatApiCmdlet
{
    /// <summary>The OpenShift version (4.17 or 4.17.3).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Version")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOpenShiftVersionCompleter))]
    public string OpenShiftVersion { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken) =>
        WriteObject(await AssistedClient.For(ResolveSession()).GetArchitectureSupportAsync(OpenShiftVersion, cancellationToken), enumerateCollection: true);
}
