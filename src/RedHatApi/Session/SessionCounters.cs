using System.Threading;

namespace RedHatApi.Session;

/// <summary>Lock-free counters of one session, updated by the HTTP handlers from any thread.</summary>
internal sealed class SessionCounters
{
    private long _requests;
    private long _retries;
    private long _throttled;
    private long _waitedMilliseconds;
    private long _tokenRefreshes;

    internal long Requests => Interlocked.Read(ref _requests);

    internal long Retries => Interlocked.Read(ref _retries);

    internal long Throttled => Interlocked.Read(ref _throttled);

    internal double SecondsWaited => Interlocked.Read(ref _waitedMilliseconds) / 1000.0;

    internal long TokenRefreshes => Interlocked.Read(ref _tokenRefreshes);

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddRetry() => Interlocked.Increment(ref _retries);

    internal void AddThrottled() => Interlocked.Increment(ref _throttled);

    internal void AddWait(System.TimeSpan wait) => Interlocked.Add(ref _waitedMilliseconds, (long)wait.TotalMilliseconds);

    internal void AddTokenRefresh() => Interlocked.Increment(ref _tokenRefreshes);
}
