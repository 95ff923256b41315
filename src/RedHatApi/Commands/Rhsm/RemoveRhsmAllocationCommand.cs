using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Deletes RHSM subscription allocations.</para>
/// <para type="description">Deletes each allocation (DELETE /allocations/{uuid}?force=true). An allocation that still has entitlements attached is only deleted with -Force.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RhsmAllocation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRhsmAllocationCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the allocations to delete; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AllocationUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>Also delete allocations that still have entitlements attached (they return to their pools).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        foreach (var uuid in Uuid)
        {
            var request = client.RemoveAllocationRequest(uuid);
            if (!ShouldProcessRequest(request, "Remove RHSM subscription allocation " + uuid.ToString("D")))
            {
                continue;
            }

            await PerInputAsync(uuid, async () =>
            {
                // The API wants force=true on every delete, so the guard for entitlements is ours: without -Force the
                // allocation is read first and kept when anything is attached. (Something attached between the read
                // and the delete is deleted with it; the API offers no conditional delete.)
                if (!Force)
                {
                    var allocation = await client.GetAllocationAsync(uuid, cancellationToken);
                    if (allocation.EntitlementQuantity > 0 || allocation.Entitlements is { Count: > 0 })
                    {
                        WriteInputError(
                            new RedHatApiException(
                                ErrorIds.RhsmAllocationHasEntitlements,
                                Text.Format(Strings.RhsmAllocationHasEntitlements, uuid, allocation.Name, allocation.EntitlementQuantity))
                            { Target = uuid, IsPerInput = true },
                            uuid);
                        return;
                    }
                }

                await client.RemoveAllocationAsync(uuid, request, cancellationToken);
            });
        }
    }
}
