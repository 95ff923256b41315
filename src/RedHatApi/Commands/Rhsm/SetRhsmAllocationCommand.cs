using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Rhsm;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Switches Simple Content Access of RHSM subscription allocations.</para>
/// <para type="description">Sends PUT /allocations/{uuid} with simpleContentAccess enabled or disabled; -PassThru writes the allocation as it is afterwards.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "RhsmAllocation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RhsmAllocation))]
public sealed class SetRhsmAllocationCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the allocations; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AllocationUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmAllocationUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <summary>Enabled or Disabled.</summary>
    [Parameter(Mandatory = true)]
    public RhsmSimpleContentAccess SimpleContentAccess { get; set; }

    /// <summary>Write each allocation after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        foreach (var uuid in Uuid)
        {
            var request = client.SetSimpleContentAccessRequest(uuid, SimpleContentAccess == RhsmSimpleContentAccess.Enabled);
            if (!ShouldProcessRequest(request, Text.Format(Strings.SetRhsmAllocationAction, uuid, SimpleContentAccess)))
            {
                continue;
            }

            await PerInputAsync(uuid, async () =>
            {
                await client.SetSimpleContentAccessAsync(uuid, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(await client.GetAllocationAsync(uuid, cancellationToken));
                }
            });
        }
    }
}
