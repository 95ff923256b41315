using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Detaches entitlements from an RHSM system.</para>
/// <para type="description">Sends DELETE /systems/{uuid}/{EntitlementID} for each entitlement; the quantity returns to its pool.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RhsmSystemEntitlement", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRhsmSystemEntitlementCommand : RedHatApiCmdlet
{
    /// <summary>UUID of the system holding the entitlements; binds from Get-RhsmSystemEntitlement output (SystemUuid).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("SystemUuid", "SystemId", "ConsumerUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSystemUuidCompleter))]
    public Guid Uuid { get; set; }

    /// <summary>Ids of the entitlements to detach; binds from Get-RhsmSystemEntitlement output by property name.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] EntitlementId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        foreach (var id in EntitlementId)
        {
            var request = client.DetachEntitlementRequest(Uuid, id);
            if (!ShouldProcessRequest(request, "Detach entitlement " + id + " from RHSM system " + Uuid.ToString("D")))
            {
                continue;
            }

            await PerInputAsync(id, () => client.DetachEntitlementAsync(Uuid, id, request, cancellationToken));
        }
    }
}
