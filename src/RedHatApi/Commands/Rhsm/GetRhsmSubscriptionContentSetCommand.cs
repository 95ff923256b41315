using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the content sets (repositories) RHSM subscriptions give access to.</para>
/// <para type="description">Pages GET /subscriptions/{number}/contentSets (up to 1000 per page) for each subscription piped in.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSubscriptionContentSet", SupportsPaging = true)]
[OutputType(typeof(RhsmContentSet))]
public sealed class GetRhsmSubscriptionContentSetCommand : RhsmSubscriptionChildCommand
{
    /// <summary>Content sets per request, 1 to 1000 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.SubscriptionContentSetsPageCap)]
    public int PageSize { get; set; } = RhsmClient.SubscriptionContentSetsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        await WritePagedPerInputAsync<string, RhsmContentSet>(
            SubscriptionNumber, number => (page, ct) => client.GetSubscriptionContentSetsPageAsync(number, page, ct), PageSize, cancellationToken);
    }
}
