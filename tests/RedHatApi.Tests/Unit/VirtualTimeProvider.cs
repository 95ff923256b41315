using System;
using System.Collections.Generic;
using System.Threading;

namespace RedHatApi.Tests.Unit;

/// <summary>
/// A clock that jumps: every timer the code under test starts fires at once (on the thread pool) after the clock moved
/// forward by its due time. A two-hour wait runs in microseconds, and the pauses asked for are recorded in order.
/// </summary>
internal sealed class VirtualTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly object _gate = new();
    private long _ticks;

    /// <summary>The due times of the timers started so far (each pause of a Delay).</summary>
    internal List<TimeSpan> Pauses { get; } = new();

    /// <summary>Virtual time since the clock was made.</summary>
    internal TimeSpan Elapsed
    {
        get
        {
            lock (_gate)
            {
                return TimeSpan.FromTicks(_ticks);
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Start + Elapsed;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Elapsed.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new JumpTimer();
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                Pauses.Add(dueTime);
                _ticks += dueTime.Ticks;
            }

            ThreadPool.QueueUserWorkItem(_ =>
            {
                if (!timer.Disposed)
                {
                    callback(state);
                }
            });
        }

        return timer;
    }

    private sealed class JumpTimer : ITimer
    {
        internal volatile bool Disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period) => !Disposed;

        public void Dispose() => Disposed = true;

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Disposed = true;
            return default;
        }
    }
}
