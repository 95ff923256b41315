using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Cmdlets.Completers;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class CompletionCacheTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);
    private DateTimeOffset _now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private int _calls;

    private CompletionCache Create() => new(CompletionCache.DefaultLifetime, () => _now);

    private CompletionQuery Query(string key, bool whole = true, params string[] reusable) =>
        new(key, _ =>
        {
            var call = Interlocked.Increment(ref _calls);
            return Task.FromResult(new CandidateSet(new[] { new CompletionCandidate(key + "-" + call) }, whole));
        }, reusable);

    [Fact]
    public void A_second_press_within_the_lifetime_is_served_from_the_cache()
    {
        var cache = Create();
        var first = cache.Get(Query("assisted/clusters"), Budget);
        _now += TimeSpan.FromSeconds(59);
        var second = cache.Get(Query("assisted/clusters"), Budget);
        Assert.Same(first, second);
        Assert.Equal(1, _calls);
        Assert.Equal(1, cache.Fetches);
    }

    [Fact]
    public void After_the_lifetime_the_listing_is_fetched_again()
    {
        var cache = Create();
        cache.Get(Query("assisted/clusters"), Budget);
        _now += CompletionCache.DefaultLifetime;
        var again = cache.Get(Query("assisted/clusters"), Budget);
        Assert.Equal("assisted/clusters-2", again.Items.Single().Name);
        Assert.Equal(2, _calls);
    }

    [Fact]
    public void Scopes_are_cached_apart()
    {
        var cache = Create();
        var hostsOfOne = cache.Get(Query("assisted/hosts/cluster/1"), Budget);
        var hostsOfTwo = cache.Get(Query("assisted/hosts/cluster/2"), Budget);
        Assert.NotSame(hostsOfOne, hostsOfTwo);
        Assert.Equal(2, _calls);
    }

    [Fact]
    public void A_whole_broader_listing_answers_a_narrower_one()
    {
        var cache = Create();
        var broad = cache.Get(Query("rhsm/systems?filter=WEB", whole: true), Budget);
        var narrow = cache.Get(Query("rhsm/systems?filter=WEB-0", true, "rhsm/systems?filter=", "rhsm/systems?filter=WEB"), Budget);
        Assert.Same(broad, narrow);
        Assert.Equal(1, _calls);
    }

    [Fact]
    public void A_partial_broader_listing_does_not_answer_a_narrower_one()
    {
        var cache = Create();
        cache.Get(Query("rhsm/systems?filter=", whole: false), Budget);
        var narrow = cache.Get(Query("rhsm/systems?filter=WEB", true, "rhsm/systems?filter="), Budget);
        Assert.Equal("rhsm/systems?filter=WEB-2", narrow.Items.Single().Name);
        Assert.Equal(2, _calls);
    }

    [Fact]
    public void A_failed_listing_offers_nothing_and_is_not_asked_again_at_once()
    {
        var cache = Create();
        var failing = new CompletionQuery("rhsm/subscriptions", _ =>
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException("503");
        });
        Assert.Empty(cache.Get(failing, Budget).Items);
        Assert.Empty(cache.Get(failing, Budget).Items);
        Assert.Equal(1, _calls);

        _now += CompletionCache.FailureLifetime;
        cache.Get(failing, Budget);
        Assert.Equal(2, _calls);
    }

    [Fact]
    public void A_slow_listing_gives_up_at_the_budget_and_serves_the_next_press()
    {
        var cache = Create();
        var release = new TaskCompletionSource<CandidateSet>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new CompletionQuery("assisted/clusters", _ =>
        {
            Interlocked.Increment(ref _calls);
            return release.Task;
        });

        Assert.Empty(cache.Get(slow, TimeSpan.FromMilliseconds(50)).Items);

        // A press while it is still running joins it rather than starting another listing. (Counted by the cache:
        // the listing itself runs on the thread pool, which a loaded machine may not have started yet.)
        Assert.Empty(cache.Get(slow, TimeSpan.FromMilliseconds(50)).Items);
        Assert.Equal(1, cache.Fetches);

        var answer = new CandidateSet(new[] { new CompletionCandidate("prod") }, isWhole: true);
        release.SetResult(answer);
        Assert.Same(answer, cache.Get(slow, Budget));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public void The_listing_gets_a_token_that_ends_it_after_the_fetch_timeout()
    {
        var cache = Create();
        CancellationToken seen = default;
        var query = new CompletionQuery("cluster/x/namespaces", ct =>
        {
            seen = ct;
            return Task.FromResult(CandidateSet.Empty);
        });
        cache.Get(query, Budget);
        Assert.True(seen.CanBeCanceled);
    }
}
