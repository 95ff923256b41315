using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Cmdlets;

/// <summary>
/// A single-threaded message pump that runs an async cmdlet step on the pipeline thread.
/// </summary>
/// <remarks>
/// PowerShell only allows WriteObject, WriteError, ShouldProcess and friends on the pipeline thread. Installing
/// this context while the step runs makes every <c>await</c> in command code resume on that thread, so command
/// code writes directly, with no queue of output and no background Write* (the anti-pattern that needs a custom
/// command runtime elsewhere). This is the one place in RedHatApi that blocks on a task.
/// </remarks>
internal sealed class AsyncPump : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly int _threadId = Environment.CurrentManagedThreadId;
    private volatile bool _completed;

    /// <summary>Runs <paramref name="step"/> to completion on the calling thread and rethrows its exception.</summary>
    internal static void Run(Func<Task> step)
    {
        var previous = Current;
        using var pump = new AsyncPump();
        SetSynchronizationContext(pump);
        try
        {
            var task = step();
            _ = task.ContinueWith(
                static (_, state) => ((AsyncPump)state!).Complete(),
                pump,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            pump.Drain();
            task.GetAwaiter().GetResult();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    /// <summary>
    /// Waits at most <paramref name="budget"/> for <paramref name="task"/> and says whether it finished (in any state;
    /// the caller reads the outcome). Argument completers need it: PowerShell calls them synchronously at the prompt,
    /// and a Tab press must come back within about a second even when the API is slow. The task must not need this
    /// thread to finish (start it with Task.Run), or the wait would only ever time out.
    /// </summary>
    internal static bool WaitAtMost(Task task, TimeSpan budget) => Task.WaitAny(new[] { task }, budget) >= 0;

    /// <summary>Queues work for the pipeline thread. Late posts (after the step ended) go to the thread pool.</summary>
    public override void Post(SendOrPostCallback d, object? state)
    {
        if (_completed)
        {
            ThreadPool.QueueUserWorkItem(s => d(s), state);
            return;
        }

        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // Completed between the check and the add.
            ThreadPool.QueueUserWorkItem(s => d(s), state);
        }
    }

    /// <summary>Synchronous sends from the pipeline thread run inline; from elsewhere they would deadlock.</summary>
    public override void Send(SendOrPostCallback d, object? state)
    {
        if (Environment.CurrentManagedThreadId == _threadId)
        {
            d(state);
            return;
        }

        throw new NotSupportedException("Synchronous Send to the RedHatApi pipeline pump is not supported.");
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Releases the queue; the pump is single-use.</summary>
    public void Dispose() => _queue.Dispose();

    private void Complete()
    {
        _completed = true;
        _queue.CompleteAdding();
    }

    private void Drain()
    {
        foreach (var (callback, state) in _queue.GetConsumingEnumerable())
        {
            callback(state);
        }
    }
}
