using System;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Polling;

/// <summary>
/// The wait loop every "wait until" command shares (Wait-AssistedCluster today; Ironic heartbeats and Run:ai waits
/// next): poll, let the caller decide, pause, and again, until a poll says done or failed, the timeout passes or the
/// caller cancels. It holds no HTTP of its own: each poll is an ordinary call of an area client, so it goes through
/// the connection's pipeline and gets a current token (refreshed as it nears expiry) however long the wait lasts.
/// </summary>
/// <remarks>
/// The loop resumes on the caller's context on purpose (<c>ConfigureAwait(true)</c>): its poll, decision and progress
/// callbacks are the caller's code, and a cmdlet writes output, errors and progress from them, which PowerShell only
/// allows on the pipeline thread. On the cmdlet pump that costs one queued continuation per poll; without a context
/// (tests, engine callers) it runs on the thread pool like any engine code. The clock and the pauses come from a
/// <see cref="TimeProvider"/>, so tests run a two-hour wait in virtual time.
/// </remarks>
internal static class Poller
{
    /// <summary>Polls until <paramref name="decide"/> says done or failed, or the schedule's timeout passes.</summary>
    /// <typeparam name="T">What a poll returns.</typeparam>
    /// <param name="schedule">Interval, timeout, jitter and backoff.</param>
    /// <param name="poll">One poll (an API call); its exceptions end the wait and propagate.</param>
    /// <param name="decide">The verdict on what a poll returned.</param>
    /// <param name="progress">Called after each poll that does not end the wait, before the pause; may be null.</param>
    /// <param name="cancellationToken">Cancels a poll in flight or the pause (Ctrl+C): the wait ends at once with <see cref="OperationCanceledException"/>.</param>
    /// <param name="time">The clock and timers; the system's by default.</param>
    /// <param name="random">Numbers in [0, 1) for the jitter or the schedule's pause function; a seeded generator by default.</param>
    /// <returns>How the wait ended, with the last poll's value. A timeout is an outcome, not an exception: the caller words it.</returns>
    internal static async Task<PollResult<T>> RunAsync<T>(
        PollSchedule schedule,
        Func<CancellationToken, Task<T>> poll,
        Func<T, PollVerdict> decide,
        Action<PollProgress<T>>? progress,
        CancellationToken cancellationToken,
        TimeProvider? time = null,
        Func<double>? random = null)
    {
        time ??= TimeProvider.System;
        random ??= NewRandom();
        var started = time.GetTimestamp();
        var backoffs = 0;
        for (var polls = 1; ; polls++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var value = await poll(cancellationToken).ConfigureAwait(true);
            var verdict = decide(value);
            var elapsed = time.GetElapsedTime(started);
            if (verdict is PollVerdict.Done or PollVerdict.Failed)
            {
                return new PollResult<T>(verdict == PollVerdict.Done ? PollOutcome.Done : PollOutcome.Failed, value, polls, elapsed);
            }

            backoffs = verdict == PollVerdict.Backoff ? backoffs + 1 : 0;
            var pause = schedule.PauseAfter(verdict, backoffs, random());
            TimeSpan? remaining = schedule.Timeout is { } timeout ? timeout - elapsed : null;
            if (remaining is { } left)
            {
                // The last pause is cut to the deadline, so a final poll sees the state at the timeout.
                pause = left <= TimeSpan.Zero ? TimeSpan.Zero : pause < left ? pause : left;
            }

            progress?.Invoke(new PollProgress<T>(value, verdict, polls, elapsed, remaining, pause));
            if (remaining is { } over && over <= TimeSpan.Zero)
            {
                return new PollResult<T>(PollOutcome.TimedOut, value, polls, elapsed);
            }

            await time.Delay(pause, cancellationToken).ConfigureAwait(true);
        }
    }

    private static Func<double> NewRandom()
    {
        // Seeded per wait from a GUID, not the tick count: waits started together must not jitter in step.
        var generator = new Random(Guid.NewGuid().GetHashCode());
        return generator.NextDouble;
    }
}
