using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Reports a host's installation stage to the Assisted Installer the way its agent does, with the session's pull secret.</para>
/// <para type="description">PUT /v2/infra-envs/{id}/hosts/{host_id}/progress with host-progress (current_stage, progress_info). An agent-facing call: the session needs a pull secret (Connect-RedHatApi -PullSecretPath). Writes nothing; Get-AssistedHost shows the stage afterwards. An unknown host is a per-input AssistedHostNotFound error.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "AssistedHostProgress", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(void))]
public sealed class SendAssistedHostProgressCommand : AssistedAgentCommand
{
    /// <summary>The install stage (the spec's host-stage values).</summary>
    [Parameter(Mandatory = true)]
    [ValidateSet("Starting installation", "Waiting for control plane", "Waiting for bootkube", "Waiting for controller", "Installing", "Writing image to disk",
        "Copying registry data to disk", "Rebooting", "Waiting for ignition", "Configuring", "Joined", "Done", "Failed")]
    public string Stage { get; set; } = string.Empty;

    /// <summary>Free text about the stage (progress_info), for example "45%".</summary>
    [Parameter]
    [ValidateLength(1, 2048)]
    public string? ProgressInfo { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => HostId;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var request = client.HostProgressRequest(InfraEnvId, HostId, Stage, ProgressInfo);
        if (!ShouldProcessRequest(request, Text.Format(Strings.SendAssistedHostProgressAction, InfraEnvId, HostId, Stage)))
        {
            return;
        }

        await PerInputAsync(HostId, () => client.SendHostProgressAsync(InfraEnvId, HostId, request, cancellationToken));
    }
}
