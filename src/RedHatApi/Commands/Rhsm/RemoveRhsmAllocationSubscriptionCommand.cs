using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Detaches entitlements from an RHSM subscription allocation.</para>
/// <para type="description">Sends DELETE /allocations/{uuid}/entitlements/{id} for each entitlement; the entitlements go back to their pool.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RhsmAllocationSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRhsmAllocationSubscriptionCommand : RedHatApiCmdlet
{
    /// <summary>The allocation the entitlements are attached to; binds by property name.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid AllocationUuid { get; set; }

    /// <summary>Ids of the entitlements to detach; bind from the Entitlements of Get-RhsmAllocation -Uuid output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] EntitlementId { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        foreach (var id in EntitlementId)
        {
            var action = "Detach entitlement " + id + " from RHSM subscription allocation " + AllocationUuid.ToString("D");
            var request = client.DetachRequest(AllocationUuid, id);
            if (!ShouldProcessRequest(request, action))
            {
                continue;
            }

            await PerInputAsync(id, () => client.DetachAsync(AllocationUuid, id, request, cancellationToken));
        }
    }
}
