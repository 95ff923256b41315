using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// One `dotnet pwsh` running tests/Pester/Invoke-PesterSuite.ps1 -Serve: it runs the Pester files it is sent one
/// after the other, each as its own Invoke-Pester run with its own result. Starting pwsh, Pester and the module
/// once per worker rather than once per file saves several CPU-seconds per file on a small build machine. A worker
/// that dies or hangs is replaced for the next file, so one bad file cannot take the others down.
/// </summary>
public sealed class PesterWorker : IDisposable
{
    private const string DoneMarker = "##redhatapi-pester-done ";
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private readonly object _gate = new();
    private readonly StringBuilder _output = new();
    private Process? _process;
    private TaskCompletionSource<int>? _finished;

    /// <summary>Runs one file of tests/Pester with the given tags and returns what the runner reported.</summary>
    public PesterResult Run(string file, string[] tags, TimeSpan timeout)
    {
        lock (_gate)
        {
            var resultPath = Path.Combine(Path.GetTempPath(), "redhatapi-pester-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                var finished = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (_output)
                {
                    _output.Clear();
                    _finished = finished;
                }

                var process = EnsureStarted();
                var request = JsonSerializer.Serialize(new { Path = Path.Combine(RealPwsh.PesterDirectory, file), Tag = tags, ResultPath = resultPath });
                process.StandardInput.WriteLine(request);
                process.StandardInput.Flush();

                int exitCode;
                if (finished.Task.Wait(timeout))
                {
                    exitCode = finished.Task.Result;
                }
                else
                {
                    Stop();
                    Append("(the Pester run was stopped after " + timeout.TotalMinutes.ToString(CultureInfo.InvariantCulture) + " min)");
                    exitCode = -1;
                }

                string output;
                lock (_output)
                {
                    output = _output.ToString();
                    _finished = null;
                }

                return new PesterResult(file, tags, exitCode, output, ReadSummary(resultPath, file, tags));
            }
            finally
            {
                File.Delete(resultPath);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_process is { HasExited: false })
            {
                // End of input ends the worker's loop; a worker that does not stop is killed.
                _process.StandardInput.Close();
                if (!_process.WaitForExit(10_000))
                {
                    Stop();
                }
            }

            _process?.Dispose();
            _process = null;
        }
    }

    private static PesterSummary? ReadSummary(string resultPath, string file, string[] tags)
    {
        if (!File.Exists(resultPath))
        {
            return null;
        }

        if (Environment.GetEnvironmentVariable("REDHATAPI_PESTER_SUMMARY_DIR") is { Length: > 0 } keep)
        {
            // CI counts the Pester tests themselves, not only the files (see .ci/run).
            Directory.CreateDirectory(keep);
            File.Copy(resultPath, Path.Combine(keep, file + "." + string.Join("-", tags) + ".json"), overwrite: true);
        }

        return JsonSerializer.Deserialize<PesterSummary>(File.ReadAllText(resultPath), Json);
    }

    private Process EnsureStarted()
    {
        if (_process is { HasExited: false })
        {
            return _process;
        }

        _process?.Dispose();
        var info = RealPwsh.StartInfo(["-File", RealPwsh.Runner, "-Serve", "-PesterPath", RealPwsh.PesterPath, "-Configuration", RepoPaths.Configuration]);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet pwsh did not start");
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Append(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        return process;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            // The worker is gone: whatever it was running has no result.
            lock (_output)
            {
                _output.AppendLine("(the pwsh worker exited)");
                _finished?.TrySetResult(-2);
            }
        }
        else if (line.StartsWith(DoneMarker, StringComparison.Ordinal))
        {
            lock (_output)
            {
                _finished?.TrySetResult(int.Parse(line.AsSpan(DoneMarker.Length), CultureInfo.InvariantCulture));
            }
        }
        else
        {
            Append(line);
        }
    }

    private void Append(string line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private void Stop()
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
            _process?.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
