using System;
using System.Collections.Concurrent;
using System.Threading;
using RedHatApi.Http;

namespace RedHatApi.Cmdlets;

/// <summary>
/// Receives log lines from any thread and writes them on the pipeline thread: posted to the pump while a step
/// runs, otherwise queued and flushed when the next step starts, because Write* from another thread is an error.
/// </summary>
internal sealed class PipelineLogTarget : ILogTarget
{
    private readonly RedHatCmdlet _cmdlet;
    private readonly ConcurrentQueue<(char Kind, string Text)> _pending = new();
    private SynchronizationContext? _pump;
    private int _pipelineThreadId = -1;

    internal PipelineLogTarget(RedHatCmdlet cmdlet)
    {
        _cmdlet = cmdlet;
    }

    public void Verbose(string message) => Enqueue('V', message);

    public void Debug(string message) => Enqueue('D', message);

    public void Warning(string message) => Enqueue('W', message);

    /// <summary>Called on the pipeline thread when a step starts (pump installed) and ends (pump gone).</summary>
    internal void Attach(SynchronizationContext? pump)
    {
        _pump = pump;
        _pipelineThreadId = Environment.CurrentManagedThreadId;
        Flush();
    }

    /// <summary>Writes everything queued so far; pipeline thread only.</summary>
    internal void Flush()
    {
        // A post that raced with the end of a step may run on the thread pool: leave the lines for the next flush.
        if (Environment.CurrentManagedThreadId != _pipelineThreadId)
        {
            return;
        }

        while (_pending.TryDequeue(out var line))
        {
            switch (line.Kind)
            {
                case 'V':
                    _cmdlet.WriteVerbose(line.Text);
                    break;
                case 'D':
                    _cmdlet.WriteDebug(line.Text);
                    break;
                default:
                    _cmdlet.WriteWarning(line.Text);
                    break;
            }
        }
    }

    private void Enqueue(char kind, string text)
    {
        _pending.Enqueue((kind, text));
        var pump = _pump;
        if (pump is null)
        {
            return;
        }

        try
        {
            pump.Post(static state => ((PipelineLogTarget)state!).Flush(), this);
        }
        catch (ObjectDisposedException)
        {
            // The step ended while we posted; the line stays queued for the next flush.
        }
    }
}
