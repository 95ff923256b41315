using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the entitlements (subscription pools) attached to RHSM systems.</para>
/// <para type="description">Pages GET /systems/{uuid}/pools (up to 50 per page) for each system piped in.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSystemEntitlement", SupportsPaging = true)]
[OutputType(typeof(RhsmSystemEntitlement))]
public sealed class GetRhsmSystemEntitlementCommand : RhsmSystemChildCommand
{
    /// <summary>Entitlements per request, 1 to 50 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.SystemPoolsPageCap)]
    public int PageSize { get; set; } = RhsmClient.SystemPoolsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<Guid, RhsmSystemEntitlement>(Uuid, uuid => (page, ct) => client.GetSystemEntitlementsPageAsync(uuid, page, ct), PageSize, cancellationToken);
    }
}
