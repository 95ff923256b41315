using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the versions of the Assisted Installer service's components.</para>
/// <para type="description">GET /v2/component-versions: each component (service, discovery agent, installer, controller) with its version or image, and the service's release tag. Useful in a support case.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedComponentVersion")]
[OutputType(typeof(AssistedComponentVersion))]
public sealed class GetAssistedComponentVersionCommand : RedHatApiCmdlet
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken) =>
        WriteObject(await AssistedClient.For(ResolveSession()).GetComponentVersionsAsync(cancellationToken), enumerateCollection: true);
}
