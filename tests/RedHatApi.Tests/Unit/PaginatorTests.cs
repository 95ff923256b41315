using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Paging;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class PaginatorTests
{
    /// <summary>A fake offset API over 0..total-1 that caps pages like RHSM and records every request.</summary>
    private sealed class FakeApi
    {
        private readonly int _total;
        private readonly int _cap;
        private readonly bool _echoLimit;

        internal FakeApi(int total, int cap = 100, bool echoLimit = true)
        {
            _total = total;
            _cap = cap;
            _echoLimit = echoLimit;
        }

        internal ConcurrentQueue<PageRequest> Requests { get; } = new();

        internal Func<PageRequest, Exception?>? FailWhen { get; set; }

        internal TaskCompletionSource? Gate { get; set; }

        internal async Task<Page<int>> Fetch(PageRequest request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request);
            if (Gate is { } gate)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            await Task.Yield();
            if (FailWhen?.Invoke(request) is { } failure)
            {
                throw failure;
            }

            var served = Math.Min(request.Limit, _cap);
            var items = Enumerable.Range((int)request.Offset, Math.Max(0, Math.Min(served, _total - (int)request.Offset))).ToList();
            return new Page<int>(items, _echoLimit ? served : null);
        }
    }

    private static async Task<List<int>> Collect(FakeApi api, PagingPlan plan, CancellationToken cancellationToken = default)
    {
        var list = new List<int>();
        await foreach (var item in Paginator.StreamAsync<int>(api.Fetch, plan, null, cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 100)]
    [InlineData(99, 100)]
    [InlineData(100, 100)]
    [InlineData(101, 100)]
    [InlineData(250, 100)]
    [InlineData(250, 7)]
    public async Task Streams_every_item_exactly_once(int total, int pageSize)
    {
        var api = new FakeApi(total);
        var items = await Collect(api, new PagingPlan(0, null, pageSize));
        Assert.Equal(Enumerable.Range(0, total), items);
    }

    [Fact]
    public async Task One_page_at_a_time_a_short_page_ends_the_listing_without_another_request()
    {
        var api = new FakeApi(250);
        await Collect(api, new PagingPlan(0, null, 100, pagesInFlight: 1));
        Assert.Equal(new long[] { 0, 100, 200 }, api.Requests.Select(r => r.Offset));
    }

    [Fact]
    public async Task One_page_at_a_time_an_exact_multiple_needs_one_empty_page_to_end()
    {
        var api = new FakeApi(200);
        await Collect(api, new PagingPlan(0, null, 100, pagesInFlight: 1));
        Assert.Equal(new long[] { 0, 100, 200 }, api.Requests.Select(r => r.Offset));
    }

    [Theory]
    [InlineData(250, 2)]
    [InlineData(250, 4)]
    [InlineData(1000, 4)]
    [InlineData(1001, 3)]
    public async Task A_window_of_pages_keeps_the_order_and_wastes_at_most_window_minus_one_requests(int total, int window)
    {
        var api = new FakeApi(total);
        var items = await Collect(api, new PagingPlan(0, null, 100, pagesInFlight: window));
        Assert.Equal(Enumerable.Range(0, total), items);
        var needed = total / 100 + 1;
        Assert.InRange(api.Requests.Count, needed, needed + window - 1);
        Assert.Equal(api.Requests.Count, api.Requests.Select(r => r.Offset).Distinct().Count());
    }

    [Fact]
    public async Task The_window_never_asks_past_First()
    {
        var api = new FakeApi(10_000);
        var items = await Collect(api, new PagingPlan(0, 350, 100, pagesInFlight: 4));
        Assert.Equal(350, items.Count);
        Assert.Equal(new[] { 100, 100, 100, 50 }, api.Requests.OrderBy(r => r.Offset).Select(r => r.Limit));
    }

    [Fact]
    public async Task The_window_starts_only_after_the_first_page_showed_the_served_limit()
    {
        // Asked for 500 per page, served 100: predicted offsets must use 100, or items 100..499 would be skipped.
        var api = new FakeApi(1000, cap: 100, echoLimit: true);
        var items = await Collect(api, new PagingPlan(0, null, 500, pagesInFlight: 4));
        Assert.Equal(Enumerable.Range(0, 1000), items);
    }

    [Fact]
    public async Task A_silently_capped_page_is_not_taken_for_the_last_page()
    {
        // Asked for 500, served 100 and echoed limit 100: the listing must go on.
        var api = new FakeApi(250, cap: 100, echoLimit: true);
        var items = await Collect(api, new PagingPlan(0, null, 500));
        Assert.Equal(Enumerable.Range(0, 250), items);
        var requests = api.Requests.ToArray();
        Assert.Equal((0L, 500), (requests[0].Offset, requests[0].Limit));
        Assert.All(requests.Skip(1), r => Assert.Equal(100, r.Limit));
        Assert.Contains(requests, r => r.Offset == 200);
    }

    [Fact]
    public async Task First_stops_early_and_shrinks_the_last_limit()
    {
        var api = new FakeApi(1000);
        var items = await Collect(api, new PagingPlan(0, 150, 100));
        Assert.Equal(Enumerable.Range(0, 150), items);
        Assert.Equal(new[] { 100, 50 }, api.Requests.Select(r => r.Limit));
    }

    [Fact]
    public async Task Skip_sets_the_first_offset()
    {
        var api = new FakeApi(250);
        var items = await Collect(api, new PagingPlan(240, null, 100));
        Assert.Equal(Enumerable.Range(240, 10), items);
        Assert.Equal(240, api.Requests.First().Offset);
    }

    [Fact]
    public async Task First_zero_sends_nothing()
    {
        var api = new FakeApi(250);
        Assert.Empty(await Collect(api, new PagingPlan(0, 0, 100)));
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task A_failure_after_some_items_says_how_far_it_got()
    {
        var api = new FakeApi(500) { FailWhen = r => r.Offset == 210 ? new RedHatApiException(ErrorIds.ServiceUnavailable, "down") : null };
        var written = new List<int>();
        var ex = await Assert.ThrowsAsync<ListingIncompleteException>(async () =>
        {
            await foreach (var item in Paginator.StreamAsync<int>(api.Fetch, new PagingPlan(10, null, 100)))
            {
                written.Add(item);
            }
        });

        Assert.Equal(200, ex.Written);
        Assert.Equal(210, ex.ResumeOffset);
        Assert.Equal(200, written.Count);
        Assert.Contains("-Skip 210", ex.Message, StringComparison.Ordinal);
        Assert.IsType<RedHatApiException>(ex.InnerException);
    }

    [Fact]
    public async Task A_failure_on_the_first_page_is_the_original_error()
    {
        var api = new FakeApi(500) { FailWhen = _ => new RedHatApiException(ErrorIds.AuthenticationFailed, "no") };
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => Collect(api, new PagingPlan(0, null, 100)));
        Assert.Equal(ErrorIds.AuthenticationFailed, ex.ErrorId);
    }

    [Fact]
    public async Task The_next_page_is_requested_while_the_consumer_handles_the_current_one()
    {
        var api = new FakeApi(1000);
        await using var enumerator = Paginator.StreamAsync<int>(api.Fetch, new PagingPlan(0, null, 100)).GetAsyncEnumerator();
        Assert.True(await enumerator.MoveNextAsync());

        // The consumer holds item 0 of page 1; the first window of pages is on its way, and nothing beyond it.
        await WaitUntil(() => api.Requests.Count == 1 + Paginator.InitialWindow);
        await Task.Delay(50);
        Assert.Equal(1 + Paginator.InitialWindow, api.Requests.Count);
    }

    [Fact]
    public async Task The_window_doubles_while_pages_keep_coming_up_to_the_plan()
    {
        var api = new FakeApi(100_000);
        await using var enumerator = Paginator.StreamAsync<int>(api.Fetch, new PagingPlan(0, null, 100)).GetAsyncEnumerator();

        // Page 1 alone, then 2 ahead; at page 2 the window is 4 (3 more), at page 3 it is 8 (5 more); then it stays.
        var expected = new[] { 1 + 2, 1 + 2 + 3, 1 + 2 + 3 + 5, 1 + 2 + 3 + 5 + 1 };
        for (var page = 0; page < expected.Length; page++)
        {
            for (var i = 0; i < 100; i++)
            {
                Assert.True(await enumerator.MoveNextAsync());
                Assert.Equal(page * 100 + i, enumerator.Current);
                if (i == 0)
                {
                    await WaitUntil(() => api.Requests.Count == expected[page]);
                    await Task.Delay(20);
                    Assert.Equal(expected[page], api.Requests.Count);
                }
            }
        }

        // Four pages read, the plan's whole window in flight behind them.
        Assert.Equal(expected.Length + PagingPlan.DefaultPagesInFlight, api.Requests.Count);
    }

    [Fact]
    public async Task Stopping_early_cancels_the_read_ahead_and_sends_nothing_more()
    {
        var api = new FakeApi(1000);
        var gate = new TaskCompletionSource();
        var seen = 0;
        await foreach (var item in Paginator.StreamAsync<int>(api.Fetch, new PagingPlan(0, null, 100)))
        {
            if (++seen == 1)
            {
                api.Gate = gate; // page 2's fetch will hang until cancelled
            }

            if (seen == 100)
            {
                break;
            }
        }

        var before = api.Requests.Count;
        await Task.Delay(100);
        Assert.Equal(before, api.Requests.Count);
        Assert.True(before <= 1 + PagingPlan.DefaultPagesInFlight);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
