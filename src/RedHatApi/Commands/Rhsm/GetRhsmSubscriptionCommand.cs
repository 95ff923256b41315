using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Rhsm;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Rhsm;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// <para type="synopsis">Gets the subscriptions of the Red Hat account.</para>
/// <para type="description">Lists subscriptions page by page (GET /subscriptions, at most 50 per page), or finds subscriptions by number.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RhsmSubscription", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RhsmSubscription))]
public sealed class GetRhsmSubscriptionCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string NumberSet = "Number";

    // Kept across pipeline input, so numbers piped one by one share the pages already read.
    private RhsmSubscriptionFinder? _finder;

    /// <summary>Numbers of the subscriptions to get; binds from the pipeline by property name.</summary>
    [Parameter(Mandatory = true, ParameterSetName = NumberSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSubscriptionNumberCompleter))]
    public string[] SubscriptionNumber { get; set; } = Array.Empty<string>();

    /// <summary>Subscriptions per request, 1 to 50 (the API's maximum, and the default).</summary>
    [Parameter]
    [ValidateRange(1, RhsmClient.SubscriptionsPageCap)]
    public int PageSize { get; set; } = RhsmClient.SubscriptionsPageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RhsmClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            await WritePagedAsync((page, ct) => client.GetSubscriptionsPageAsync(page, ct), PageSize, cancellationToken);
            return;
        }

        _finder ??= new RhsmSubscriptionFinder(client, PageSize);
        foreach (var (number, subscription) in await _finder.FindAsync(SubscriptionNumber, cancellationToken))
        {
            if (subscription is null)
            {
                WriteInputError(RhsmClient.SubscriptionNotFound(number), number);
            }
            else
            {
                WriteObject(subscription);
            }
        }
    }
}
