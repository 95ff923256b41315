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
/// <para type="synopsis">Creates an RHSM subscription allocation for a Satellite server.</para>
/// <para type="description">Sends POST /allocations?name=&amp;version= and writes the created allocation. The name is checked against the API's rule before anything is sent.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "RhsmAllocation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RhsmAllocation))]
public sealed class NewRhsmAllocationCommand : RedHatApiCmdlet
{
    /// <summary>The allocation name: less than 100 characters, only letters, digits, underscores, hyphens and periods.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>The Satellite version, a Value from Get-RhsmAllocationVersion (for example sat-6.16); the latest when left out.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Version { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (!RhsmClient.IsValidAllocationName(Name))
        {
            var invalid = new RedHatApiException(ErrorIds.RhsmAllocationNameInvalid, Text.Format(Strings.RhsmAllocationNameInvalid, Name)) { Target = Name, IsPerInput = true };
            WriteError(new ErrorRecord(invalid, ErrorIds.RhsmAllocationNameInvalid, ErrorCategory.InvalidArgument, Name));
            return;
        }

        var client = RhsmClient.For(ResolveSession());
        var request = client.CreateAllocationRequest(Name, Version);
        if (!ShouldProcessRequest(request, "Create RHSM subscription allocation '" + Name + "'"))
        {
            return;
        }

        await PerInputAsync(Name, async () => WriteObject(await client.CreateAllocationAsync(Name, request, cancellationToken)));
    }
}
