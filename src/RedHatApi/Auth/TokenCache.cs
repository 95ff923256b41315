using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;

namespace RedHatApi.Auth;

/// <summary>
/// Hands out the current access token of one credential and refreshes it before it expires, one grant at a time.
/// </summary>
/// <remarks>
/// Single-flight: a SemaphoreSlim with a double check, so N parallel callers (threads, runspaces sharing the
/// session) that find the token stale cause one grant and all get its result. Refresh errors are recorded for
/// Get-RedHatApiSession and rethrown, never swallowed.
/// </remarks>
internal sealed class TokenCache : IDisposable
{
    /// <summary>Refresh at least this long before expiry (Red Hat tokens live 300 to 900 s).</summary>
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly ITokenSource _source;
    private readonly Func<DateTimeOffset> _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;
    private int _refreshCount;
    private DateTimeOffset? _lastRefresh;
    private string? _lastError;

    internal TokenCache(ITokenSource source, Func<DateTimeOffset>? clock = null)
    {
        _source = source;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    internal bool CanRefresh => _source.CanRefresh;

    internal DateTimeOffset? ExpiresAt => Volatile.Read(ref _current)?.ExpiresAt;

    internal int RefreshCount => Volatile.Read(ref _refreshCount);

    internal DateTimeOffset? LastRefresh => _lastRefresh;

    internal string? LastError => Volatile.Read(ref _lastError);

    /// <summary>Raised after each successful grant (session counters).</summary>
    internal event Action? Refreshed;

    /// <summary>
    /// Returns a token that is valid for longer than the refresh margin. With <paramref name="rejected"/> (the
    /// token an API just answered 401 to) it refreshes only if that token is still the cached one, so a burst of
    /// 401s from parallel requests causes one refresh, not one each.
    /// </summary>
    internal async Task<AccessToken> GetAsync(CancellationToken cancellationToken, string? rejected = null)
    {
        var token = Volatile.Read(ref _current);
        if (IsFresh(token, rejected))
        {
            return token!;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = Volatile.Read(ref _current);
            if (IsFresh(token, rejected))
            {
                return token!;
            }

            var fresh = await _source.AcquireAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, fresh);
            Volatile.Write(ref _lastError, null);
            _lastRefresh = _clock();
            Interlocked.Increment(ref _refreshCount);
            Refreshed?.Invoke();
            return fresh;
        }
        catch (RedHatApiException ex)
        {
            Volatile.Write(ref _lastError, ex.Message);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the cached token and the source's secrets (Disconnect-RedHatApi).</summary>
    internal void Clear()
    {
        Volatile.Write(ref _current, null);
        _source.Clear();
    }

    public void Dispose()
    {
        Clear();
        _gate.Dispose();
    }

    private bool IsFresh(AccessToken? token, string? rejected)
    {
        if (token is null)
        {
            return false;
        }

        if (rejected is not null && string.Equals(token.Value, rejected, StringComparison.Ordinal))
        {
            return false;
        }

        // A static token cannot be refreshed early, so it is used until its real expiry.
        var margin = _source.CanRefresh ? MarginFor(token) : TimeSpan.Zero;
        return token.ExpiresAt - margin > _clock();
    }

    /// <summary>
    /// 60 s, or half the lifetime for tokens that live less than two minutes (test servers issue 5 s tokens;
    /// a 60 s margin would refresh them on every request and defeat single-flight).
    /// </summary>
    private static TimeSpan MarginFor(AccessToken token)
    {
        var half = TimeSpan.FromTicks(token.Lifetime.Ticks / 2);
        return half < RefreshMargin ? half : RefreshMargin;
    }
}
