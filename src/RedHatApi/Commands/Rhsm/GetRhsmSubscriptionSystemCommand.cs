using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the systems consuming RHSM subscriptions.</para>
/// <para type="description">Pages GET /subscriptions/{number}/systems (up to 100 per page) for each subscription piped in.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSubscriptionSystem", SupportsPaging = true)]
[OutputType(typeof(RhsmSubscriptionSystem))]
public sealed class GetRhsmSubscriptionSystemCommand : RhsmSubscriptionChildCommand
{
    /// <summary>Systems per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.SubscriptionSystemsPageCap)]
    public int PageSize { get; set; } = RhsmClient.SubscriptionSystemsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<string, RhsmSubscriptionSystem>(
            SubscriptionNumber, number => (page, ct) => client.GetSubscriptionSystemsPageAsync(number, page, ct), PageSize, cancellationToken);
    }
}
