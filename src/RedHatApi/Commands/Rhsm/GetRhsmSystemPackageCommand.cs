using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the packages installed on RHSM systems.</para>
/// <para type="description">Pages GET /systems/{uuid}/packages (up to 1000 per page) for each system piped in, writing each package as its page arrives.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSystemPackage", SupportsPaging = true)]
[OutputType(typeof(RhsmPackage))]
public sealed class GetRhsmSystemPackageCommand : RhsmSystemChildCommand
{
    /// <summary>Packages per request, 1 to 1000 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.SystemPackagesPageCap)]
    public int PageSize { get; set; } = RhsmClient.SystemPackagesPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<Guid, RhsmPackage>(Uuid, uuid => (page, ct) => client.GetSystemPackagesPageAsync(uuid, page, ct), PageSize, cancellationToken);
    }
}
