using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Registers a host in an infra-env the way its discovery agent does, with the session's pull secret.</para>
/// <para type="description">POST /v2/infra-envs/{id}/hosts with the host id (host-create-params). This is an agent-facing call: the service accepts only agent auth, so the session needs a pull secret (Connect-RedHatApi -PullSecretPath). Registering a host that is already registered answers with that host. Writes the host.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "AssistedHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedHost))]
public sealed class RegisterAssistedHostCommand : AssistedAgentCommand
{
    /// <summary>The discovery agent version the host reports (discovery_agent_version).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DiscoveryAgentVersion { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => HostId;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var request = client.RegisterHostRequest(InfraEnvId, HostId, DiscoveryAgentVersion);
        if (ShouldProcessRequest(request, Text.Format(Strings.RegisterAssistedHostAction, InfraEnvId, HostId)))
        {
            await PerInputAsync(HostId, async () => WriteObject(await client.RegisterHostAsync(InfraEnvId, request, cancellationToken)));
        }
    }
}
