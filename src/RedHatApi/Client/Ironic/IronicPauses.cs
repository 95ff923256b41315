using System;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// ironic-python-agent's waits (ironic_python_agent/ironic_api_client.py and agent.py), as pure functions so they
/// are tested without waiting.
/// </summary>
internal static class IronicPauses
{
    /// <summary>IPA's first lookup pause.</summary>
    internal static readonly TimeSpan LookupFirst = TimeSpan.FromSeconds(1);

    /// <summary>IPA's longest lookup pause.</summary>
    internal static readonly TimeSpan LookupMax = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The pause before lookup attempt <paramref name="attempt"/> + 1 (attempt counts from 1): random exponential
    /// backoff, uniform between 1 s and min(60 s, 2^(attempt-1) s).
    /// </summary>
    internal static TimeSpan Lookup(int attempt, Random random)
    {
        var ceiling = Math.Min(LookupMax.TotalSeconds, Math.Pow(2, Math.Min(attempt - 1, 16)));
        ceiling = Math.Max(ceiling, LookupFirst.TotalSeconds);
        return TimeSpan.FromSeconds(LookupFirst.TotalSeconds + (random.NextDouble() * (ceiling - LookupFirst.TotalSeconds)));
    }

    /// <summary>The pause after a heartbeat that failed for another reason than a lock: uniform 5 to 10 s.</summary>
    internal static TimeSpan HeartbeatError(Random random) => TimeSpan.FromSeconds(5 + (random.NextDouble() * 5));

    /// <summary>The time between heartbeats: heartbeat_timeout × U(0.3, 0.6).</summary>
    internal static TimeSpan HeartbeatInterval(int heartbeatTimeoutSeconds, Random random) =>
        TimeSpan.FromSeconds(heartbeatTimeoutSeconds * (0.3 + (random.NextDouble() * 0.3)));
}

/// <summary>
/// The pauses after a 409 (the node is locked by a conductor): 5, 10, then 30 s for every further one, as IPA
/// does; unlike IPA, a heartbeat that gets through starts the next lock at 5 s again.
/// </summary>
internal sealed class IronicConflictPauses
{
    private static readonly int[] Seconds = { 5, 10, 30 };
    private int _count;

    /// <summary>How many 409 pauses were taken since the last success.</summary>
    internal int Count => System.Threading.Volatile.Read(ref _count);

    /// <summary>The next pause, advancing the series.</summary>
    internal TimeSpan Next()
    {
        var index = System.Threading.Interlocked.Increment(ref _count) - 1;
        return TimeSpan.FromSeconds(Seconds[Math.Min(index, Seconds.Length - 1)]);
    }

    /// <summary>A heartbeat got through.</summary>
    internal void Reset() => System.Threading.Interlocked.Exchange(ref _count, 0);
}
