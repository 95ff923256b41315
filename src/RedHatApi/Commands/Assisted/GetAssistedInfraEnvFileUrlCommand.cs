using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets pre-signed links to an Assisted Installer infra-env's discovery ignition or iPXE script.</para>
/// <para type="description">GET /v2/infra-envs/{id}/downloads/files-presigned?file_name=… for each infra-env: a link that needs no token until it expires, for a PXE server or a BMC. The link is a credential; the default view masks its token (Url holds the whole link).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedInfraEnvFileUrl")]
[OutputType(typeof(AssistedInfraEnvFileUrl))]
public sealed class GetAssistedInfraEnvFileUrlCommand : AssistedInfraEnvCommand
{
    /// <summary>ipxe-script (the default: a script that chains the discovery kernel and initrd) or discovery.ign.</summary>
    [Parameter]
    [ValidateSet("ipxe-script", "discovery.ign")]
    public string FileName { get; set; } = "ipxe-script";

    /// <summary>For ipxe-script: discovery-image-always, or boot-order-control (boot from disk once the host is installed).</summary>
    [Parameter]
    [ValidateSet("discovery-image-always", "boot-order-control")]
    public string? IpxeScriptType { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachInfraEnvAsync(async id => WriteObject(await client.GetInfraEnvFileUrlAsync(id, FileName, IpxeScriptType, cancellationToken)));
    }
}
