using System.Globalization;
using System.Linq;
using RedHatApi.Client.Console;
using RedHatApi.Session;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// The inventory listing completion uses: the first page of GET /hosts in name order, filtered by the typed text
/// before any wildcard, so a Tab press reads one page whatever the inventory's size.
/// </summary>
internal static class ConsoleListings
{
    /// <summary>GET /hosts?display_name=&lt;typed text&gt;&amp;per_page=100.</summary>
    internal static CompletionQuery? Hosts(CompletionContext context)
    {
        if (!context.CanCall(ApiName.Console))
        {
            return null;
        }

        // Text that can only be the start of an id is matched against the ids of the first page, not sent as a name.
        var filter = context.Text.LiteralPrefix;
        if (filter.Length > 0 && filter.All(c => System.Uri.IsHexDigit(c) || c == '-') && context.ParameterName != "DisplayName")
        {
            filter = string.Empty;
        }

        const string prefix = "console/hosts?display_name=";
        var broader = Enumerable.Range(0, filter.Length).Select(n => prefix + filter.Substring(0, n).ToUpperInvariant()).ToList();
        return new CompletionQuery(prefix + filter.ToUpperInvariant(), async ct =>
        {
            var query = new InventoryHostQuery { DisplayName = filter.Length == 0 ? null : filter };
            var page = await ConsoleClient.For(context.Session).GetHostsPageAsync(query, 1, ConsoleClient.HostsPageCap, ct).ConfigureAwait(false);
            var hosts = (page.Results ?? new()).Select(h => ConsoleClient.ToModel(h, System.DateTimeOffset.UtcNow)).ToList();
            return new CandidateSet(
                hosts.Select(h => new CompletionCandidate(h.DisplayName, h.Id.ToString("D"), Detail(h))).ToList(),
                isWhole: hosts.Count < ConsoleClient.HostsPageCap);
        }, broader);
    }

    private static string Detail(Models.Console.InventoryHost host) =>
        string.Join(", ", new[] { host.Fqdn, host.Staleness, host.LastCheckIn is { } at ? "last check-in " + at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null }
            .Where(p => !string.IsNullOrEmpty(p)));
}

/// <summary>Completes inventory host display names (Get-RedHatInventoryHost -DisplayName).</summary>
internal sealed class InventoryHostNameCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => ConsoleListings.Hosts(context);
}

/// <summary>Completes inventory host ids; the typed text matches the id or the host's display name.</summary>
internal sealed class InventoryHostIdCompleter : RedHatApiCompleter
{
    /// <inheritdoc />
    protected override bool InsertsId => true;

    /// <inheritdoc />
    internal override CompletionQuery? Query(CompletionContext context) => ConsoleListings.Hosts(context);
}
