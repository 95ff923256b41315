using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Attaches entitlements of a subscription pool to an RHSM subscription allocation.</para>
/// <para type="description">Sends POST /allocations/{uuid}/entitlements?pool=&amp;quantity= and writes the entitlement the attach created. Pools piped from Get-RhsmAllocationPool bind both the allocation and the pool.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "RhsmAllocationSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RhsmAllocationEntitlement))]
public sealed class AddRhsmAllocationSubscriptionCommand : RedHatApiCmdlet
{
    /// <summary>The allocation to attach to; binds by property name (AllocationUuid of a pool, Uuid of an allocation).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid AllocationUuid { get; set; }

    /// <summary>The pool to take entitlements from; binds from the PoolId of Get-RhsmAllocationPool output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string PoolId { get; set; } = string.Empty;

    /// <summary>How many entitlements to attach: at least 1, at most what the pool has left.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, int.MaxValue)]
    public int Quantity { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        var action = "Attach " + Quantity + " entitlements of pool " + PoolId + " to RHSM subscription allocation " + AllocationUuid.ToString("D");
        var request = client.AttachRequest(AllocationUuid, PoolId, Quantity);
        if (!ShouldProcessRequest(request, action))
        {
            return;
        }

        await PerInputAsync(PoolId, async () =>
        {
            var attached = await client.AttachAsync(AllocationUuid, PoolId, Quantity, request, cancellationToken);
            if (attached.Count == 0)
            {
                WriteWarning(Text.Format(Strings.RhsmAttachShowedNothingNew, PoolId, AllocationUuid));
            }

            foreach (var entitlement in attached)
            {
                WriteObject(entitlement);
            }
        });
    }
}
