using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the Satellite versions a new RHSM subscription allocation can be created for.</para>
/// <para type="description">Reads GET /allocations/versions; each Value is what New-RhsmAllocation -Version takes.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmAllocationVersion")]
[OutputType(typeof(RhsmAllocationVersion))]
public sealed class GetRhsmAllocationVersionCommand : RedHatApiCmdlet
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        foreach (var version in await client.GetAllocationVersionsAsync(cancellationToken))
        {
            WriteObject(version);
        }
    }
}
