using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the errata (advisories) applicable to RHSM systems.</para>
/// <para type="description">Pages GET /systems/{uuid}/errata for each system piped in, writing each erratum as its page arrives.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSystemErratum", SupportsPaging = true)]
[OutputType(typeof(RhsmErratum))]
public sealed class GetRhsmSystemErratumCommand : RhsmSystemChildCommand
{
    /// <summary>Errata per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.SystemErrataPageCap)]
    public int PageSize { get; set; } = RhsmClient.SystemErrataPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<Guid, RhsmErratum>(Uuid, uuid => (page, ct) => client.GetSystemErrataPageAsync(uuid, page, ct), PageSize, cancellationToken);
    }
}
