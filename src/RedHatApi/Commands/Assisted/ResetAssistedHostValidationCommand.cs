using System;
using System.Management.Automation;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Resets a failed validation of Assisted Installer hosts, so the service checks it again.</para>
/// <para type="description">PATCH /v2/infra-envs/{id}/hosts/{host_id}/actions/reset-validation/{validation_id} (200) for each host. Useful for validations whose result the service keeps (for example a failed image pull or disk speed check) after the cause was fixed; the validation reads pending until the host reports again. An id the host does not have is AssistedRequestInvalid.</para>
/// </summary>
[Cmdlet(VerbsCommon.Reset, "AssistedHostValidation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(AssistedHost))]
public sealed class ResetAssistedHostValidationCommand : AssistedHostActionCommand
{
    /// <summary>The validation's id, as in the host's Validations (Id), for example container-images-available.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOneHostValidationIdCompleter))]
    public string ValidationId { get; set; } = string.Empty;

    private protected override ApiRequest RequestFor(AssistedClient client, Guid hostId) => client.ResetHostValidationRequest(InfraEnvId, hostId, ValidationId);

    private protected override string Operation(Guid hostId) => Text.Format(Strings.AssistedOperationResetHostValidation, hostId, ValidationId);

    private protected override string Describe(Guid hostId) => "Reset validation " + ValidationId + " of Assisted host " + hostId.ToString("D");
}
