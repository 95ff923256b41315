using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class TokenCacheTests
{
    private DateTimeOffset _now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private (TokenCache Cache, FakeTokenSource Source) Create(TimeSpan lifetime)
    {
        var source = new FakeTokenSource(() => _now, lifetime);
        return (new TokenCache(source, () => _now), source);
    }

    [Fact]
    public async Task A_fresh_token_is_reused()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        var first = await cache.GetAsync(CancellationToken.None);
        _now += TimeSpan.FromMinutes(10);
        var second = await cache.GetAsync(CancellationToken.None);
        Assert.Same(first, second);
        Assert.Equal(1, source.Grants);
    }

    [Fact]
    public async Task The_token_is_refreshed_60_seconds_before_expiry()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        await cache.GetAsync(CancellationToken.None);
        _now += TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(61);
        await cache.GetAsync(CancellationToken.None);
        Assert.Equal(1, source.Grants);
        _now += TimeSpan.FromSeconds(2);
        var refreshed = await cache.GetAsync(CancellationToken.None);
        Assert.Equal(2, source.Grants);
        Assert.Equal("token-2", refreshed.Value);
        Assert.Equal(2, cache.RefreshCount);
    }

    [Fact]
    public async Task Short_lived_tokens_use_half_their_lifetime_as_margin()
    {
        var (cache, source) = Create(TimeSpan.FromSeconds(10));
        await cache.GetAsync(CancellationToken.None);
        _now += TimeSpan.FromSeconds(4);
        await cache.GetAsync(CancellationToken.None);
        Assert.Equal(1, source.Grants);
        _now += TimeSpan.FromSeconds(2);
        await cache.GetAsync(CancellationToken.None);
        Assert.Equal(2, source.Grants);
    }

    [Fact]
    public async Task Parallel_callers_cause_one_grant()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        source.Delay = TimeSpan.FromMilliseconds(100);
        var tokens = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None))));
        Assert.Equal(1, source.Grants);
        Assert.All(tokens, t => Assert.Equal("token-1", t.Value));
    }

    [Fact]
    public async Task A_rejected_token_is_refreshed_once_for_a_burst_of_401s()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        var rejected = await cache.GetAsync(CancellationToken.None);
        source.Delay = TimeSpan.FromMilliseconds(50);
        var fresh = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetAsync(CancellationToken.None, rejected.Value))));
        Assert.Equal(2, source.Grants);
        Assert.All(fresh, t => Assert.Equal("token-2", t.Value));
    }

    [Fact]
    public async Task A_failed_grant_is_recorded_and_rethrown_then_cleared_by_a_success()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        source.Failure = new RedHatApiException(ErrorIds.InvalidOfflineToken, "revoked");
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => cache.GetAsync(CancellationToken.None));
        Assert.Equal(ErrorIds.InvalidOfflineToken, ex.ErrorId);
        Assert.Equal("revoked", cache.LastError);

        source.Failure = null;
        await cache.GetAsync(CancellationToken.None);
        Assert.Null(cache.LastError);
    }

    [Fact]
    public async Task A_static_token_is_used_until_its_real_expiry()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(5));
        source.CanRefresh = false;
        await cache.GetAsync(CancellationToken.None);
        _now += TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1);
        await cache.GetAsync(CancellationToken.None);
        Assert.Equal(1, source.Grants);
    }

    [Fact]
    public async Task Waiting_for_the_lock_observes_cancellation()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        source.Delay = TimeSpan.FromSeconds(5);
        var slow = Task.Run(() => cache.GetAsync(CancellationToken.None));
        await Task.Delay(50);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync(cts.Token));
        await slow;
    }

    [Fact]
    public void Clear_forgets_the_secrets()
    {
        var (cache, source) = Create(TimeSpan.FromMinutes(15));
        cache.Clear();
        Assert.True(source.Cleared);
        Assert.Null(cache.ExpiresAt);
    }
}
