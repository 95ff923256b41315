using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Attaches a subscription pool to RHSM systems.</para>
/// <para type="description">Sends POST /systems/{uuid}/entitlements?pool=&amp;quantity= for each system; a refused attach is a per-system RhsmAttachRejected with the API's reason.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "RhsmSystemEntitlement", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RhsmEntitlementAttachment))]
public sealed class AddRhsmSystemEntitlementCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the systems; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SystemUuid", "SystemId", "ConsumerUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSystemUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>The pool to attach (PoolId of a Get-RhsmSubscription pool); binds by property name.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string PoolId { get; set; } = string.Empty;

    /// <summary>How many entitlements to attach from the pool; the API attaches 1 when omitted.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int Quantity { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        int? quantity = MyInvocation.BoundParameters.ContainsKey(nameof(Quantity)) ? Quantity : null;
        foreach (var uuid in Uuid)
        {
            var action = "Attach pool " + PoolId + (quantity is { } q ? " (quantity " + q.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
                + " to RHSM system " + uuid.ToString("D");
            var request = client.AttachEntitlementRequest(uuid, PoolId, quantity);
            if (!ShouldProcessRequest(request, action))
            {
                continue;
            }

            await PerInputAsync(uuid, async () => WriteObject(await client.AttachEntitlementAsync(uuid, PoolId, quantity, request, cancellationToken)));
        }
    }
}
