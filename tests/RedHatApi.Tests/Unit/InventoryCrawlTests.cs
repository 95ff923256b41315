using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client.Console;
using RedHatApi.Errors;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>
/// The inventory crawl over a fake inventory that changes between pages, without HTTP or a runspace: what it must
/// return exactly once, what it must report, and the service-account details of the console connection.
/// </summary>
public sealed class InventoryCrawlTests
{
    /// <summary>An inventory served in name order, with a hook that changes it after each page.</summary>
    private sealed class FakeInventory
    {
        internal List<(Guid Id, string Name, DateTimeOffset Updated)> Hosts { get; } =
            Enumerable.Range(0, 25).Select(i => (Guid.NewGuid(), $"host-{i:000}", DateTimeOffset.UtcNow.AddDays(-1))).ToList();

        internal Action<int>? AfterPage { get; set; }

        internal int? ServedPerPage { get; set; }

        internal List<string> Queries { get; } = new();

        internal Task<InventoryPageWire> Fetch(InventoryHostQuery query, int page, int perPage, CancellationToken cancellationToken)
        {
            var size = ServedPerPage ?? perPage;
            Queries.Add(query.UpdatedStart is null ? "page " + page : "updated since, page " + page);
            var matching = Hosts.Where(h => query.UpdatedStart is not { } since || h.Updated >= since).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
            var results = matching.Skip((page - 1) * size).Take(size).Select(h => new InventoryHostWire
            {
                Id = h.Id.ToString(),
                DisplayName = h.Name,
                Updated = h.Updated.ToString("O", CultureInfo.InvariantCulture),
            }).ToList();
            AfterPage?.Invoke(page);
            return Task.FromResult(new InventoryPageWire { Total = matching.Count, Count = results.Count, Page = page, PerPage = size, Results = results });
        }

        internal void Rename(int index, string name) => Hosts[index] = (Hosts[index].Id, name, DateTimeOffset.UtcNow);
    }

    private static async Task<List<Guid>> Crawl(InventoryCrawl crawl, int perPage = 10)
    {
        var ids = new List<Guid>();
        await foreach (var host in crawl.RunAsync(new InventoryHostQuery(), perPage, null, CancellationToken.None))
        {
            ids.Add(host.Id);
        }

        return ids;
    }

    [Fact]
    public async Task A_host_renamed_behind_the_crawl_is_found_again_among_the_hosts_updated_since_it_began()
    {
        var inventory = new FakeInventory();
        var expected = inventory.Hosts.Select(h => h.Id).OrderBy(i => i).ToList();

        // After page 1, host-020 (not read yet) is renamed to sort before everything already read.
        inventory.AfterPage = page => { if (page == 1 && inventory.Queries.Count == 1) { inventory.Rename(20, "a-renamed"); } };
        var crawl = new InventoryCrawl(inventory.Fetch);
        var ids = await Crawl(crawl);
        Assert.Equal(expected, ids.OrderBy(i => i));
        Assert.Equal(1, crawl.CaughtUp);
        Assert.False(crawl.Mismatch);
        Assert.Contains("updated since, page 1", inventory.Queries);
    }

    [Fact]
    public async Task A_host_renamed_ahead_of_the_crawl_comes_twice_and_is_written_once()
    {
        var inventory = new FakeInventory();
        inventory.AfterPage = page => { if (page == 1 && inventory.Queries.Count == 1) { inventory.Rename(0, "zz-renamed"); } };
        var crawl = new InventoryCrawl(inventory.Fetch);
        var ids = await Crawl(crawl);

        // host-000 was read on page 1, then again on the last page and in the catch-up under its new name: written
        // once. Its move shifted host-010 back into page 1, already read; host-010 was not updated, so no catch-up
        // finds it and the count says so.
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(2, crawl.Duplicates);
        Assert.Equal(25 - 1, ids.Count);
        Assert.True(crawl.Mismatch);
        Assert.Contains("Read 24 distinct inventory hosts; the inventory reported a total of 25 at the start and 25 at the end (2 repeated hosts dropped)", crawl.MismatchMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_removed_behind_the_crawl_is_reported_through_the_changed_total()
    {
        var inventory = new FakeInventory();
        inventory.AfterPage = page => { if (page == 1 && inventory.Queries.Count == 1) { inventory.Hosts.RemoveAt(0); } };
        var crawl = new InventoryCrawl(inventory.Fetch);
        var ids = await Crawl(crawl);
        Assert.Equal(24, ids.Count);
        Assert.Equal(25, crawl.FirstTotal);
        Assert.Equal(24, crawl.Total);
        Assert.True(crawl.Mismatch);
    }

    [Fact]
    public async Task A_still_inventory_is_read_page_after_page_with_no_catch_up_and_no_warning()
    {
        var inventory = new FakeInventory();
        var crawl = new InventoryCrawl(inventory.Fetch);
        var ids = await Crawl(crawl);
        Assert.Equal(inventory.Hosts.Select(h => h.Id).OrderBy(i => i), ids.OrderBy(i => i));
        Assert.Equal(new[] { "page 1", "page 2", "page 3" }, inventory.Queries);
        Assert.False(crawl.Mismatch);
        Assert.Equal(0, crawl.Duplicates);
    }

    [Fact]
    public async Task A_server_that_caps_per_page_is_paged_at_its_size_to_the_end()
    {
        var inventory = new FakeInventory { ServedPerPage = 4 };
        var crawl = new InventoryCrawl(inventory.Fetch);
        var ids = await Crawl(crawl, perPage: 10);
        Assert.Equal(25, ids.Count);
        Assert.Equal(7, crawl.Pages);
    }

    [Fact]
    public async Task A_page_that_fails_after_hosts_were_written_is_ListingIncomplete()
    {
        var inventory = new FakeInventory();
        var crawl = new InventoryCrawl((q, page, size, ct) => page == 2 ? throw new RedHatApiException(ErrorIds.ServiceUnavailable, "down") : inventory.Fetch(q, page, size, ct));
        var ex = await Assert.ThrowsAsync<ListingIncompleteException>(() => Crawl(crawl));
        Assert.Equal(10, ex.Written);
        Assert.Contains("after 10 hosts", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"no inventory role\"}", "no inventory role")]
    [InlineData("{\"errors\":[{\"detail\":\"You do not have permission to perform this action.\",\"status\":\"403\"}]}", "You do not have permission to perform this action.")]
    [InlineData("{\"message\":\"export not found\",\"code\":404}", "export not found")]
    [InlineData("[]", null)]
    public void Console_error_bodies_are_read_in_each_service_shape(string body, string? expected)
    {
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(expected, ConsoleErrorShape.ParseError(doc.RootElement));
    }

    [Fact]
    public async Task A_service_account_asks_for_openid_and_the_service_account_scope()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK, r => r.Content = new StringContent("{\"access_token\":\"at\",\"expires_in\":900,\"token_type\":\"Bearer\"}", Encoding.UTF8, "application/json"));
        using var secret = SecretValue.FromPlain("s3cret");
        var source = new ClientCredentialsTokenSource(
            new SsoTokenClient(new HttpClient(stub), new Uri("https://sso.example.test/token")), "svc", secret, ClientCredentialsTokenSource.DefaultScope, useBasicAuth: false);
        await source.AcquireAsync(CancellationToken.None);
        Assert.Contains("scope=openid+api.iam.service_accounts", Assert.Single(stub.Seen).Body, StringComparison.Ordinal);
    }
}
