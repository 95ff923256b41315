using System;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Polling;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// Heartbeats at ironic-python-agent's pace until cancelled (Ctrl+C) or a deadline, on the engine's
/// <see cref="Poller"/>: every heartbeat_timeout × U(0.3, 0.6) s after a beat that got through, 5-10 s after one that
/// failed. Each beat is reported through the poller's progress callback, which runs on the caller's context, so the
/// cmdlet writes its Verbose line on the pipeline thread. The deadline ends the loop quietly; cancellation ends it
/// with <see cref="OperationCanceledException"/>; a failure no later beat can cure ends it with that error.
/// </summary>
internal static class IronicHeartbeatLoop
{
    /// <summary>Ironic's default [api]/heartbeat_timeout, used when no lookup told the node's.</summary>
    internal const int DefaultHeartbeatTimeout = 300;

    /// <summary>Heartbeats until cancelled, the deadline passes or a beat fails fatally.</summary>
    /// <param name="beat">Sends one heartbeat (its own 409 pauses included).</param>
    /// <param name="interval">The pause after a beat that got through, from a number in [0, 1).</param>
    /// <param name="timeout">Stop after this long; null runs until cancelled.</param>
    /// <param name="report">Called after each beat (on the caller's context) with its number, failure and the pause before the next.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <param name="time">The clock and pauses; the system's by default.</param>
    /// <param name="random">Numbers in [0, 1) for the pauses; a seeded generator by default.</param>
    internal static async Task RunAsync(
        Func<CancellationToken, Task> beat,
        Func<double, TimeSpan> interval,
        TimeSpan? timeout,
        Action<IronicBeat> report,
        CancellationToken cancellationToken,
        TimeProvider? time = null,
        Func<double>? random = null)
    {
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();

        // The poller ends the wait between beats at the deadline; this token also cuts a beat still in flight there
        // (one held in its 409 pauses), which the poller cannot see into. It runs on the wall clock, which is the
        // poller's clock in use; a test's virtual clock only sets deadlines no real beat reaches.
        using var deadline = timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        bool Past() => deadline.IsCancellationRequested || (timeout is { } t && time.GetElapsedTime(started) >= t);

        async Task<BeatResult> PollAsync(CancellationToken token)
        {
            // The poller makes one last poll at the deadline so a wait sees the final state; a heartbeat then would
            // be one beat too many, so the loop ends there without sending it.
            if (Past())
            {
                return BeatResult.Stopped;
            }

            try
            {
                await beat(linked.Token).ConfigureAwait(true);
                return BeatResult.Accepted;
            }
            catch (OperationCanceledException) when (Past() && !cancellationToken.IsCancellationRequested)
            {
                return BeatResult.Stopped;
            }
            catch (RedHatApiException ex) when (!IsFatal(ex))
            {
                return new BeatResult(ex);
            }
        }

        var schedule = new PollSchedule(
            (verdict, r) => verdict == PollVerdict.Backoff ? IronicPauses.HeartbeatError(r) : interval(r),
            timeout);
        await Poller.RunAsync(
            schedule,
            PollAsync,
            result => result.IsStopped ? PollVerdict.Done : result.Failure is null ? PollVerdict.Continue : PollVerdict.Backoff,
            progress => report(new IronicBeat(progress.Polls, progress.Value.Failure, progress.NextPause, progress.Elapsed)),
            cancellationToken,
            time,
            random).ConfigureAwait(true);
    }

    /// <summary>Failures no later beat can cure: the token, the credential, the version, a node that does not exist.</summary>
    internal static bool IsFatal(RedHatApiException ex) =>
        ex.ErrorId is ErrorIds.IronicAgentTokenInvalid or ErrorIds.IronicAgentTokenRequired or ErrorIds.IronicApiVersionUnsupported
            or ErrorIds.AuthenticationFailed or ErrorIds.PermissionDenied or ErrorIds.IronicNodeNotFound;

    /// <summary>What one beat came to: accepted, failed (curably) or not sent because the deadline had passed.</summary>
    private sealed class BeatResult
    {
        internal static readonly BeatResult Accepted = new(null);
        internal static readonly BeatResult Stopped = new(null) { IsStopped = true };

        internal BeatResult(RedHatApiException? failure) => Failure = failure;

        internal RedHatApiException? Failure { get; }

        internal bool IsStopped { get; private init; }
    }
}

/// <summary>One beat of the loop: its number, its failure (null when Ironic accepted it), the pause before the next and the time since the loop began.</summary>
internal sealed record IronicBeat(int Number, RedHatApiException? Failure, TimeSpan NextIn, TimeSpan Elapsed);
