using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the next-step instructions the Assisted Installer gives a host's agent.</para>
/// <para type="description">GET /v2/infra-envs/{id}/hosts/{host_id}/instructions with the session's pull secret (agent auth; Connect-RedHatApi -PullSecretPath). Writes the steps the agent runs next (inventory, connectivity-check, install…), when it asks again, and whether it continues or exits. An unknown host is a per-input AssistedHostNotFound error.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedHostInstruction")]
[OutputType(typeof(AssistedHostInstructions))]
public sealed class GetAssistedHostInstructionCommand : AssistedAgentCommand
{
    /// <inheritdoc />
    protected override object? ErrorTarget => HostId;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await PerInputAsync(HostId, async () => WriteObject(await client.GetHostInstructionsAsync(InfraEnvId, HostId, cancellationToken)));
    }
}
