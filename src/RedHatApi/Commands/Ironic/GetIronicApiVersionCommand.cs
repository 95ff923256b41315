using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Ironic;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Ironic;

namespace RedHatApi.Commands.Ironic;

/// <summary>
/// <para type="synopsis">Gets the microversions the connected Ironic serves (GET /).</para>
/// <para type="description">Reads the version document of the session's Ironic: its oldest and newest microversion and status, and the version Connect-Ironic -ApiVersion pinned, if any.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "IronicApiVersion")]
[OutputType(typeof(IronicApiVersion))]
public sealed class GetIronicApiVersionCommand : RedHatApiCmdlet
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken) =>
        WriteObject(await IronicClient.For(ResolveSession()).GetVersionDocumentAsync(cancellationToken));
}
