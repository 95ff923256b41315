using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Sets the role or host name of Assisted Installer hosts.</para>
/// <para type="description">PATCH /v2/infra-envs/{id}/hosts/{host_id} whose body holds exactly the parameters given. Only hosts that have not started installing can change (else AssistedHostStateConflict naming the host's state).</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedHost", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(AssistedHost))]
public sealed class SetAssistedHostCommand : AssistedHostCommand
{
    /// <summary>master (control plane), worker, or auto-assign (the service decides).</summary>
    [Parameter]
    [ValidateSet("master", "worker", "auto-assign")]
    public string? HostRole { get; set; }

    /// <summary>The host name the node gets (a lower-case RFC 1123 name).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? HostName { get; set; }

    /// <summary>Outputs the updated host.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var changes = Changes();
        var fields = AssistedClient.FieldsOf(changes);
        if (fields.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.AssistedNothingToChangeHost);
        }

        await ForEachHostAsync(async id =>
        {
            var request = client.UpdateHostRequest(InfraEnvId, id, changes);
            if (ShouldProcessRequest(request, "Set " + string.Join(", ", fields) + " of Assisted host " + id.ToString("D")))
            {
                var updated = await client.UpdateHostAsync(InfraEnvId, id, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(updated);
                }
            }
        });
    }

    /// <summary>The PATCH body (host-update-params): one field per parameter the user bound, nothing else.</summary>
    private AssistedHostUpdateWire Changes()
    {
        var bound = MyInvocation.BoundParameters;
        return new AssistedHostUpdateWire
        {
            HostRole = bound.ContainsKey(nameof(HostRole)) ? HostRole : null,
            HostName = bound.ContainsKey(nameof(HostName)) ? HostName : null,
        };
    }
}
