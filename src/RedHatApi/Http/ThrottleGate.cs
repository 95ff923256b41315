using System;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Http;

/// <summary>
/// Shares a rate-limit wait across every request of a session to one API. RHSM limits per Red Hat account per
/// second, so when one runspace is told to wait, its siblings wait too instead of collecting their own 429s.
/// </summary>
internal sealed class ThrottleGate
{
    private long _openAtTicks;

    /// <summary>Closes the gate for <paramref name="delay"/> from now (never shortens an existing wait).</summary>
    internal void CloseFor(TimeSpan delay)
    {
        var until = DateTimeOffset.UtcNow.Add(delay).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _openAtTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _openAtTicks, until, current) != current);
    }

    /// <summary>How long a request must still wait; zero when the gate is open.</summary>
    internal TimeSpan Remaining
    {
        get
        {
            var remaining = Interlocked.Read(ref _openAtTicks) - DateTimeOffset.UtcNow.UtcTicks;
            return remaining > 0 ? TimeSpan.FromTicks(remaining) : TimeSpan.Zero;
        }
    }

    /// <summary>Waits until the gate opens; returns how long it waited.</summary>
    internal async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Remaining;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        return wait;
    }
}
