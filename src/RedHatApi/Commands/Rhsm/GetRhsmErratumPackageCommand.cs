using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the packages an advisory ships.</para>
/// <para type="description">Pages GET /errata/{id}/packages (up to 50 per page) for each advisory piped in: every binary package, for every architecture, with its SHA-256 checksum.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmErratumPackage", SupportsPaging = true)]
[OutputType(typeof(RhsmErratumPackage))]
public sealed class GetRhsmErratumPackageCommand : RhsmErratumChildCommand
{
    /// <summary>Packages per request, 1 to 50 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.ErratumPackagesPageCap)]
    public int PageSize { get; set; } = RhsmClient.ErratumPackagesPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<string, RhsmErratumPackage>(Id, id => (page, ct) => client.GetErratumPackagesPageAsync(id, page, ct), PageSize, cancellationToken);
    }
}
