using System;
using System.Diagnostics;
using System.Text;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// A server the tests start as a separate process: output captured for failure messages, each line offered to a
/// callback (ready lines), and the whole process tree killed on dispose.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public ChildProcess(ProcessStartInfo info, Action<string?>? onOutputLine = null)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        _process = Process.Start(info) ?? throw new InvalidOperationException(info.FileName + " did not start");
        _process.OutputDataReceived += (_, e) =>
        {
            Append(e.Data);
            onOutputLine?.Invoke(e.Data);
        };
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once <see cref="WaitForExit"/> returned true.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the process to end and its output to be read; false when it still runs after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        // The timed wait can return before the last output lines arrive; the untimed one waits for them.
        _process.WaitForExit();
        return true;
    }

    /// <summary>Everything the process printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
