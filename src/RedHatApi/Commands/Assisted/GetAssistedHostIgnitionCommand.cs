using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the ignition override of Assisted Installer hosts.</para>
/// <para type="description">GET /v2/infra-envs/{id}/hosts/{host_id}/ignition for each host: the ignition config set with Set-AssistedHost -Ignition, as JSON text (empty when none is set). The service answers only for hosts bound to a cluster; for an unbound host it is AssistedHostStateConflict.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedHostIgnition")]
[OutputType(typeof(AssistedHostIgnition))]
public sealed class GetAssistedHostIgnitionCommand : AssistedHostCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachHostAsync(async id => WriteObject(await client.GetHostIgnitionAsync(InfraEnvId, id, cancellationToken)));
    }
}
