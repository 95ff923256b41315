using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets a fresh pre-signed link to the discovery ISO of Assisted Installer infra-envs.</para>
/// <para type="description">GET /v2/infra-envs/{id}/downloads/image-url. The link carries its own token and works without a bearer until ExpiresAt, so it can be handed to a BMC's virtual media; it is shown with the token masked.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedDiscoveryIsoUrl")]
[OutputType(typeof(AssistedDiscoveryIsoUrl))]
public sealed class GetAssistedDiscoveryIsoUrlCommand : AssistedInfraEnvCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachInfraEnvAsync(async id => WriteObject(await client.GetDiscoveryIsoUrlAsync(id, cancellationToken)));
    }
}
