using System;

namespace RedHatApi.Polling;

/// <summary>
/// When a <see cref="Poller"/> polls: every <see cref="Interval"/> (spread by <see cref="Jitter"/> so many waiters do
/// not poll in step), longer after backoffs, and for at most <see cref="Timeout"/>. A schedule may instead take its
/// pause from a function of the verdict and a random number, for a service whose client keeps its own pace (an
/// Ironic agent heartbeats at heartbeat_timeout × U(0.3, 0.6), and 5-10 s after a failed beat).
/// </summary>
internal sealed class PollSchedule
{
    private readonly Func<PollVerdict, double, TimeSpan>? _pause;

    /// <summary>Creates a schedule.</summary>
    /// <param name="interval">The pause between polls.</param>
    /// <param name="timeout">How long the wait may last; null waits until a poll ends it or the caller cancels (a heartbeat).</param>
    /// <param name="jitter">A fraction of the pause (0 to 1) by which each pause is moved at random, up or down.</param>
    /// <param name="maxBackoff">The longest pause after backoffs; eight intervals by default.</param>
    internal PollSchedule(TimeSpan interval, TimeSpan? timeout = null, double jitter = 0, TimeSpan? maxBackoff = null)
    {
        if (interval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval));
        }

        if (jitter is < 0 or > 1 || double.IsNaN(jitter))
        {
            throw new ArgumentOutOfRangeException(nameof(jitter));
        }

        Interval = interval;
        Timeout = timeout;
        Jitter = jitter;
        MaxBackoff = maxBackoff ?? TimeSpan.FromTicks(interval.Ticks * 8);
    }

    /// <summary>Creates a schedule whose every pause is <paramref name="pause"/>(verdict, random).</summary>
    /// <param name="pause">
    /// The pause after a poll that said <see cref="PollVerdict.Continue"/> or <see cref="PollVerdict.Backoff"/>, from
    /// that verdict and a number in [0, 1); a negative result counts as zero. <see cref="Jitter"/> and
    /// <see cref="MaxBackoff"/> do not apply: the function carries its own randomness and limits.
    /// </param>
    /// <param name="timeout">How long the wait may last; null waits until a poll ends it or the caller cancels.</param>
    internal PollSchedule(Func<PollVerdict, double, TimeSpan> pause, TimeSpan? timeout = null)
    {
        _pause = pause ?? throw new ArgumentNullException(nameof(pause));
        Timeout = timeout;
    }

    /// <summary>The pause between polls (zero for a schedule built from a pause function).</summary>
    internal TimeSpan Interval { get; }

    /// <summary>How long the wait may last; null for no limit.</summary>
    internal TimeSpan? Timeout { get; }

    /// <summary>The fraction of each pause that is random.</summary>
    internal double Jitter { get; }

    /// <summary>The longest pause after backoffs in a row.</summary>
    internal TimeSpan MaxBackoff { get; }

    /// <summary>
    /// The pause before the next poll. From a pause function: what it gives for <paramref name="verdict"/> and
    /// <paramref name="random"/>. Otherwise the interval after <paramref name="backoffs"/> = 0, else the interval
    /// doubled per backoff in a row, capped at <see cref="MaxBackoff"/>; then moved by up to ±<see cref="Jitter"/> of itself.
    /// </summary>
    /// <param name="verdict">What the last poll said: <see cref="PollVerdict.Continue"/> or <see cref="PollVerdict.Backoff"/>.</param>
    /// <param name="backoffs">Polls in a row that said <see cref="PollVerdict.Backoff"/>.</param>
    /// <param name="random">A number in [0, 1): 0.5 leaves an interval's pause as it is.</param>
    internal TimeSpan PauseAfter(PollVerdict verdict, int backoffs, double random)
    {
        if (_pause is not null)
        {
            var chosen = _pause(verdict, random);
            return chosen < TimeSpan.Zero ? TimeSpan.Zero : chosen;
        }

        var ticks = (double)Interval.Ticks;
        if (backoffs > 0)
        {
            ticks = Math.Min(MaxBackoff.Ticks, ticks * Math.Pow(2, Math.Min(backoffs, 30)));
        }

        ticks *= 1 + (Jitter * ((2 * random) - 1));
        return TimeSpan.FromTicks((long)Math.Max(0, ticks));
    }
}
