using System;
using System.Threading;

namespace RedHatApi.Cmdlets;

/// <summary>
/// An <see cref="IProgress{T}"/> for engine work that reports from its own threads: each report is written on the
/// pipeline thread (at once when it is already there, else posted to the step's pump), because Write* from another
/// thread is an error. Create it on the pipeline thread, inside a step.
/// </summary>
/// <remarks>
/// Unlike <see cref="Progress{T}"/>, a report that reaches the pump after the step ended is dropped instead of
/// running on the thread pool: progress is ephemeral, and a Write* there would fail the process.
/// </remarks>
internal sealed class PipelineProgress<T> : IProgress<T>
{
    private readonly Action<T> _write;
    private readonly SynchronizationContext? _pump = SynchronizationContext.Current;
    private readonly int _pipelineThreadId = Environment.CurrentManagedThreadId;

    internal PipelineProgress(Action<T> write)
    {
        _write = write;
    }

    /// <inheritdoc />
    public void Report(T value)
    {
        if (Environment.CurrentManagedThreadId == _pipelineThreadId)
        {
            _write(value);
            return;
        }

        try
        {
            _pump?.Post(static state => ((Posted)state!).Run(), new Posted(this, value));
        }
        catch (ObjectDisposedException)
        {
            // The step ended while we posted: nothing is left to show this report in.
        }
    }

    private sealed class Posted
    {
        private readonly PipelineProgress<T> _owner;
        private readonly T _value;

        internal Posted(PipelineProgress<T> owner, T value)
        {
            _owner = owner;
            _value = value;
        }

        internal void Run()
        {
            if (Environment.CurrentManagedThreadId == _owner._pipelineThreadId)
            {
                _owner._write(_value);
            }
        }
    }
}
