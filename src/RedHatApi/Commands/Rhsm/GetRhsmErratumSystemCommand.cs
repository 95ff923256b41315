using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the organisation's systems an advisory applies to.</para>
/// <para type="description">Pages GET /errata/{id}/systems (up to 1000 per page) for each advisory piped in. Each result carries the system's Uuid, so it pipes on to Get-RhsmSystem, Get-RhsmSystemErratum or Remove-RhsmSystem.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmErratumSystem", SupportsPaging = true)]
[OutputType(typeof(RhsmErratumSystem))]
public sealed class GetRhsmErratumSystemCommand : RhsmErratumChildCommand
{
    /// <summary>Systems per request, 1 to 1000 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.ErratumSystemsPageCap)]
    public int PageSize { get; set; } = RhsmClient.ErratumSystemsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<string, RhsmErratumSystem>(Id, id => (page, ct) => client.GetErratumSystemsPageAsync(id, page, ct), PageSize, cancellationToken);
    }
}
