using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Session;

namespace RedHatApi.Inventory;

/// <summary>
/// The console.redhat.com inventory as a reconciliation source. Until the session can connect to console APIs, no
/// session has this source and it is never read; the seam is here so the reconciliation's rules already cover it.
/// </summary>
internal static class ConsoleInventorySource
{
    /// <summary>Whether the session can read the console inventory.</summary>
    internal static bool IsConnected(SessionCore session) => false;

    /// <summary>Every inventory host, as sightings keyed by FQDN and subscription_manager_id.</summary>
    internal static Task<List<InventorySighting>> ReadAsync(SessionCore session, CancellationToken cancellationToken) =>
        Task.FromResult(new List<InventorySighting>());
}
