using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Http;

namespace RedHatApi.Cmdlets;

/// <summary>
/// The async bridge, and nothing more: each pipeline step runs an async hook on a single-threaded pump on the
/// pipeline thread, so command code can await and then write to the pipeline directly.
/// </summary>
/// <remarks>
/// StopProcessing (Ctrl+C, Select-Object -First upstream) runs on another thread and only cancels the token that
/// every hook receives; the HTTP calls in flight observe it and the step ends with PipelineStoppedException.
/// </remarks>
public abstract class RedHatCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private PipelineLogTarget? _log;

    /// <summary>Runs <see cref="BeginProcessingAsync"/> on the pump.</summary>
    protected sealed override void BeginProcessing() => RunStep(BeginProcessingAsync);

    /// <summary>Runs <see cref="ProcessRecordAsync"/> on the pump.</summary>
    protected sealed override void ProcessRecord() => RunStep(ProcessRecordAsync);

    /// <summary>Runs <see cref="EndProcessingAsync"/> on the pump.</summary>
    protected sealed override void EndProcessing() => RunStep(EndProcessingAsync);

    /// <summary>Cancels everything in flight; called by PowerShell on another thread.</summary>
    protected sealed override void StopProcessing()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The command already finished.
        }
    }

    /// <summary>Async BeginProcessing; runs on the pipeline thread.</summary>
    protected virtual Task BeginProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Async ProcessRecord; runs on the pipeline thread.</summary>
    protected virtual Task ProcessRecordAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Async EndProcessing; runs on the pipeline thread.</summary>
    protected virtual Task EndProcessingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The object a terminating error is about when the step fails; null means "what the user passed" is unknown.</summary>
    protected virtual object? ErrorTarget => null;

    /// <summary>Releases the cancellation source.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources; override to release more.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stopping.Dispose();
        }
    }

    private void RunStep(Func<CancellationToken, Task> step)
    {
        _log ??= new PipelineLogTarget(this);
        var previousTarget = LogSink.Current;
        LogSink.Current = _log;
        try
        {
            AsyncPump.Run(() =>
            {
                _log.Attach(SynchronizationContext.Current);
                return step(_stopping.Token);
            });
        }
        catch (PipelineStoppedException)
        {
            throw;
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            _log.Attach(null);
            ThrowTerminatingError(ErrorMapper.ToErrorRecord(ex, ErrorTarget));
        }
        finally
        {
            _log.Attach(null);
            LogSink.Current = previousTarget;
        }
    }
}
