using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Changes how many entitlements of a subscription are attached to an RHSM subscription allocation.</para>
/// <para type="description">Sends PUT /allocations/{uuid}/entitlements/{id}?quantity= and writes the entitlement as it now is.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "RhsmAllocationSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RhsmAllocationEntitlement))]
public sealed class SetRhsmAllocationSubscriptionCommand : RedHatApiCmdlet
{
    /// <summary>The allocation the entitlement is attached to; binds by property name.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid AllocationUuid { get; set; }

    /// <summary>The entitlement to change; binds from the Entitlements of Get-RhsmAllocation -Uuid output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string EntitlementId { get; set; } = string.Empty;

    /// <summary>The new quantity: at least 1, at most the current quantity plus what the pool has left.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateRange(1, int.MaxValue)]
    public int Quantity { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        var action = "Set the quantity of entitlement " + EntitlementId + " of RHSM subscription allocation " + AllocationUuid.ToString("D") + " to " + Quantity;
        var request = client.UpdateQuantityRequest(AllocationUuid, EntitlementId, Quantity);
        if (!ShouldProcessRequest(request, action))
        {
            return;
        }

        await PerInputAsync(EntitlementId, async () => WriteObject(await client.UpdateQuantityAsync(AllocationUuid, EntitlementId, Quantity, request, cancellationToken)));
    }
}
