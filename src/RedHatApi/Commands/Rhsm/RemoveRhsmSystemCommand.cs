using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Unregisters systems from Red Hat Subscription Management.</para>
/// <para type="description">Deletes each system (DELETE /systems/{uuid}); its entitlements return to the pool.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "RhsmSystem", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveRhsmSystemCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the systems to remove; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SystemUuid", "SystemId", "ConsumerUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSystemUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        foreach (var uuid in Uuid)
        {
            var request = client.RemoveSystemRequest(uuid);
            if (!ShouldProcessRequest(request, "Remove RHSM system " + uuid.ToString("D")))
            {
                continue;
            }

            await PerInputAsync(uuid, () => client.RemoveSystemAsync(uuid, request, cancellationToken));
        }
    }
}
