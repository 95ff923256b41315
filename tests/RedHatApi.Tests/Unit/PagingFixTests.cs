using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client;
using RedHatApi.Errors;
using RedHatApi.Paging;
using RedHatApi.Session;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>Listings that must end: a repeated cursor, an endpoint that does not page, and -First 0 with a total.</summary>
public sealed class PagingFixTests
{
    /// <summary>More requests than any of these listings needs: a runaway loop fails the test instead of hanging it.</summary>
    private const int Runaway = 50;

    private static async Task<(List<T> Items, Exception? Error)> Collect<T>(PageFetcher<T> fetch, PagingPlan plan, Action<long?>? onTotal = null)
    {
        var items = new List<T>();
        try
        {
            await foreach (var item in Paginator.StreamAsync(fetch, plan, onTotal))
            {
                items.Add(item);
            }
        }
        catch (Exception ex)
        {
            return (items, ex);
        }

        return (items, null);
    }

    [Fact]
    public async Task A_cursor_that_comes_back_stops_with_PagingLoopDetected_after_the_items_already_read()
    {
        // Pages: first -> "b", "b" -> "c", "c" -> "b" again (a service bug): the third page's items are still written.
        var next = new Dictionary<string, string> { [""] = "b", ["b"] = "c", ["c"] = "b" };
        var requests = 0;
        Task<Page<string>> Fetch(PageRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref requests) > Runaway)
            {
                throw new InvalidOperationException("runaway listing");
            }

            var cursor = request.Cursor ?? string.Empty;
            var items = new[] { cursor + "1", cursor + "2" };
            return Task.FromResult(new Page<string>(items, nextCursor: next[cursor]));
        }

        var (items, error) = await Collect(Fetch, new PagingPlan(0, null, 2, cursorBased: true));
        var loop = Assert.IsType<RedHatApiException>(error);
        Assert.Equal(ErrorIds.PagingLoopDetected, loop.ErrorId);
        Assert.Equal(new[] { "1", "2", "b1", "b2", "c1", "c2" }, items);
        Assert.Equal(3, requests);
    }

    [Fact]
    public async Task A_cursor_that_repeats_itself_stops_after_its_page()
    {
        var requests = 0;
        Task<Page<int>> Fetch(PageRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref requests) > Runaway)
            {
                throw new InvalidOperationException("runaway listing");
            }

            return Task.FromResult(new Page<int>(new[] { requests }, nextCursor: "same"));
        }

        var (items, error) = await Collect(Fetch, new PagingPlan(0, null, 1, cursorBased: true));
        Assert.Equal(ErrorIds.PagingLoopDetected, Assert.IsType<RedHatApiException>(error).ErrorId);
        Assert.Equal(new[] { 1, 2 }, items);
    }

    [Fact]
    public async Task First_zero_with_a_total_wanted_fetches_one_page_for_the_total_and_writes_nothing()
    {
        var seen = new ConcurrentQueue<PageRequest>();
        Task<Page<int>> Fetch(PageRequest request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request);
            return Task.FromResult(new Page<int>(new[] { 1 }, total: 1234));
        }

        long? total = null;
        var (items, error) = await Collect(Fetch, new PagingPlan(5, 0, 100), t => total = t);
        Assert.Null(error);
        Assert.Empty(items);
        Assert.Equal(1234, total);
        var only = Assert.Single(seen);
        Assert.Equal(1, only.Limit);
        Assert.Equal(5, only.Offset);
    }

    [Fact]
    public async Task First_zero_without_a_total_wanted_sends_nothing()
    {
        var requests = 0;
        Task<Page<int>> Fetch(PageRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref requests);
            return Task.FromResult(new Page<int>(new[] { 1 }));
        }

        var (items, _) = await Collect(Fetch, new PagingPlan(0, 0, 100));
        Assert.Empty(items);
        Assert.Equal(0, requests);
    }

    [Fact]
    public async Task An_unpaged_bare_array_longer_than_the_page_is_returned_once_with_one_request()
    {
        // Assisted GET /clusters ignores limit and offset: 25 clusters at every offset.
        var clusters = "[" + string.Join(",", Enumerable.Range(0, 25).Select(i => "{\"id\":" + i + "}")) + "]";
        var stub = new CountingHandler(_ => clusters);
        var client = new GenericApiClient(new ApiConnection(
            new HttpClient(stub) { BaseAddress = new Uri("https://api.example.test/api/assisted-install/v2/") },
            new SimpleErrorShape("The Assisted API", GenericApiClient.ParseAnyError)));
        var url = new Uri("https://api.example.test/api/assisted-install/v2/clusters");

        var (items, error) = await Collect<JsonElement>((page, ct) => client.GetPageAsync(url, page, ct), new PagingPlan(0, null, 10));
        Assert.Null(error);
        Assert.Equal(Enumerable.Range(0, 25), items.Select(e => e.GetProperty("id").GetInt32()));
        Assert.Equal(1, stub.Requests);
    }

    [Fact]
    public async Task An_unpaged_bare_array_exactly_one_page_long_is_written_once_and_the_listing_ends()
    {
        var clusters = "[" + string.Join(",", Enumerable.Range(0, 10).Select(i => "{\"id\":" + i + "}")) + "]";
        var stub = new CountingHandler(_ => clusters);
        var client = new GenericApiClient(new ApiConnection(
            new HttpClient(stub) { BaseAddress = new Uri("https://api.example.test/api/assisted-install/v2/") },
            new SimpleErrorShape("The Assisted API", GenericApiClient.ParseAnyError)));
        var url = new Uri("https://api.example.test/api/assisted-install/v2/clusters");

        var (items, error) = await Collect<JsonElement>((page, ct) => client.GetPageAsync(url, page, ct), new PagingPlan(0, null, 10));
        Assert.Null(error);
        Assert.Equal(Enumerable.Range(0, 10), items.Select(e => e.GetProperty("id").GetInt32()));

        // The first page alone, then at most one window of read-ahead that all came back the same.
        Assert.InRange(stub.Requests, 2, 1 + PagingPlan.DefaultPagesInFlight);
    }

    [Fact]
    public async Task A_single_object_ends_the_listing_even_with_a_page_size_of_one()
    {
        var stub = new CountingHandler(_ => "{\"id\":1}");
        var client = new GenericApiClient(new ApiConnection(
            new HttpClient(stub) { BaseAddress = new Uri("https://api.example.test/") }, new SimpleErrorShape("The API", GenericApiClient.ParseAnyError)));
        var (items, error) = await Collect<JsonElement>(
            (page, ct) => client.GetPageAsync(new Uri("https://api.example.test/thing"), page, ct), new PagingPlan(0, null, 1));
        Assert.Null(error);
        Assert.Single(items);
        Assert.Equal(1, stub.Requests);
    }

    [Fact]
    public void A_URL_goes_to_the_connection_whose_base_URL_is_its_longest_prefix()
    {
        // RHSM and the Assisted Installer behind one host (a gateway, the sandbox).
        using var session = new SessionCore(
            new RedHatApiEndpoints(
                new Uri("https://gw.example.test/auth/token"),
                new Uri("https://gw.example.test/management/v1/"),
                new Uri("https://gw.example.test/api/assisted-install/v2/")),
            new NetworkSettings());
        session.AddCredential(new CredentialSlot("rhsm-api", CredentialKind.AccessToken, new[] { ApiName.Rhsm }, new TokenCache(new FakeTokenSource(() => DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)))));
        session.AddCredential(new CredentialSlot("cloud-services", CredentialKind.AccessToken, new[] { ApiName.Assisted }, new TokenCache(new FakeTokenSource(() => DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)))));

        Assert.Equal("assisted", session.ConnectionForUrl(new Uri("https://gw.example.test/api/assisted-install/v2/clusters"))!.Name);
        Assert.Equal("rhsm", session.ConnectionForUrl(new Uri("https://gw.example.test/management/v1/systems?limit=1"))!.Name);

        // Same host, under neither base: the host decides, as before.
        Assert.NotNull(session.ConnectionForUrl(new Uri("https://gw.example.test/other")));
        Assert.Null(session.ConnectionForUrl(new Uri("https://elsewhere.example.test/management/v1/systems")));
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, string> _body;
        private int _requests;

        internal CountingHandler(Func<HttpRequestMessage, string> body)
        {
            _body = body;
        }

        internal int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _requests) > Runaway)
            {
                throw new InvalidOperationException("runaway listing");
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(_body(request), Encoding.UTF8, "application/json"),
                RequestMessage = request,
            });
        }
    }
}
