using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Console;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Models.Console;
using RedHatApi.Models.Reconciliation;
using RedHatApi.Session;

namespace RedHatApi.Inventory;

/// <summary>
/// The console.redhat.com inventory as a reconciliation source, read with the drift-safe crawl (ordered by
/// display_name, duplicates dropped by id, hosts updated during the crawl caught up), so a host that checks in
/// while the comparison runs is neither missed nor counted twice.
/// </summary>
internal static class ConsoleInventorySource
{
    /// <summary>Whether the session holds a credential the console APIs accept.</summary>
    internal static bool IsConnected(SessionCore session)
    {
        try
        {
            session.SlotFor(ApiName.Console);
            return true;
        }
        catch (RedHatApiException)
        {
            return false;
        }
    }

    /// <summary>Every inventory host, as sightings keyed by FQDN, subscription_manager_id and MAC addresses.</summary>
    internal static async Task<List<InventorySighting>> ReadAsync(SessionCore session, CancellationToken cancellationToken)
    {
        var client = ConsoleClient.For(session);
        var crawl = new InventoryCrawl(client.GetHostsPageAsync);
        var sightings = new List<InventorySighting>();
        await foreach (var host in crawl.RunAsync(new InventoryHostQuery(), ConsoleClient.HostsPageCap, null, cancellationToken).ConfigureAwait(false))
        {
            sightings.Add(From(host));
        }

        if (crawl.Mismatch)
        {
            LogSink.Warning(crawl.MismatchMessage());
        }

        return sightings;
    }

    internal static InventorySighting From(InventoryHost host) =>
        new(RedHatInventorySource.Inventory, host.Id.ToString("D"), string.IsNullOrWhiteSpace(host.Fqdn) ? host.DisplayName : host.Fqdn)
        {
            SubscriptionManagerId = host.SubscriptionManagerId,
            MacAddresses = host.MacAddresses,
            LastSeen = host.LastCheckIn ?? host.Updated,
            Status = host.Staleness,
        };
}
