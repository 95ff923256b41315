using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;

namespace RedHatApi.Client.Ironic;

/// <summary>
/// Heartbeats at ironic-python-agent's pace until cancelled (Ctrl+C) or a deadline: every heartbeat_timeout ×
/// U(0.3, 0.6) s after a beat that got through, 5-10 s after one that failed. Each beat is yielded, so the cmdlet
/// writes its Verbose line on the pipeline thread. The deadline ends the loop quietly; cancellation ends it too.
/// </summary>
internal static class IronicHeartbeatLoop
{
    /// <summary>Ironic's default [api]/heartbeat_timeout, used when no lookup told the node's.</summary>
    internal const int DefaultHeartbeatTimeout = 300;

    /// <param name="beat">Sends one heartbeat (its own 409 pauses included).</param>
    /// <param name="interval">The pause after a beat that got through.</param>
    /// <param name="state">Its Delay and Random are the loop's.</param>
    /// <param name="timeout">Stop after this long; null runs until cancelled.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    internal static async IAsyncEnumerable<IronicBeat> RunAsync(
        Func<CancellationToken, Task> beat,
        Func<TimeSpan> interval,
        IronicState state,
        TimeSpan? timeout,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        using var deadline = timeout is { } limit ? new CancellationTokenSource(limit) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        for (var number = 1; ; number++)
        {
            RedHatApiException? failure = null;
            try
            {
                await beat(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
            catch (RedHatApiException ex) when (!IsFatal(ex))
            {
                failure = ex;
            }

            var pause = failure is null ? interval() : IronicPauses.HeartbeatError(state.Random);
            yield return new IronicBeat(number, failure, pause, DateTimeOffset.UtcNow - started);
            var stopped = false;
            try
            {
                await state.Delay(pause, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                stopped = true;
            }

            if (stopped)
            {
                yield break;
            }
        }
    }

    /// <summary>Failures no later beat can cure: the token, the credential, the version, a node that does not exist.</summary>
    internal static bool IsFatal(RedHatApiException ex) =>
        ex.ErrorId is ErrorIds.IronicAgentTokenInvalid or ErrorIds.IronicAgentTokenRequired or ErrorIds.IronicApiVersionUnsupported
            or ErrorIds.AuthenticationFailed or ErrorIds.PermissionDenied or ErrorIds.IronicNodeNotFound;
}

/// <summary>One beat of the loop: its number, its failure (null when Ironic accepted it) and the pause before the next.</summary>
internal sealed record IronicBeat(int Number, RedHatApiException? Failure, TimeSpan NextIn, TimeSpan Elapsed);
