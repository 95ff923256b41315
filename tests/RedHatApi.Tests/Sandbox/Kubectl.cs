using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace RedHatApi.Tests.Sandbox;

/// <summary>
/// Runs the real kubectl against the sandbox's cluster API: a kubeconfig in a temporary folder (server, the
/// sandbox CA, a bearer token), HOME pointed there too so kubectl's discovery cache never touches the user's.
/// </summary>
public sealed class Kubectl : IDisposable
{
    private readonly string _folder;
    private readonly string _kubeconfig;

    public Kubectl(Uri server, string certificateAuthority, string token, string @namespace)
    {
        _folder = Path.Combine(Path.GetTempPath(), "redhatapi-kubectl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _kubeconfig = Path.Combine(_folder, "config");
        File.WriteAllText(_kubeconfig, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: sandbox
              cluster:
                server: {server.AbsoluteUri.TrimEnd('/')}
                certificate-authority: {certificateAuthority}
            users:
            - name: admin
              user:
                token: {token}
            contexts:
            - name: sandbox
              context:
                cluster: sandbox
                user: admin
                namespace: {@namespace}
            current-context: sandbox

            """);
    }

    /// <summary>The full path of kubectl on PATH, or null.</summary>
    public static string? Executable { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl"))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// Why the kubectl tests cannot run here, or null. On CI (CI=true) a missing kubectl is not a reason: the tests
    /// run and fail, so a broken CI image cannot pass quietly.
    /// </summary>
    public static string? UnavailableReason =>
        Executable is not null || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : "kubectl is not on PATH";

    /// <summary>Runs kubectl with the arguments; exit code, standard output and standard error.</summary>
    public (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var info = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("kubectl is not on PATH (CI=true makes that a failure)."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--kubeconfig");
        info.ArgumentList.Add(_kubeconfig);
        info.ArgumentList.Add("--request-timeout=30s");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["HOME"] = _folder;
        info.Environment.Remove("KUBECONFIG");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("kubectl " + string.Join(' ', arguments) + " did not finish within 120 s");
        }

        Task.WaitAll(output, error);
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs kubectl and fails the test, with kubectl's error output, unless it exits 0.</summary>
    public string Ok(params string[] arguments)
    {
        var (code, output, error) = Run(arguments);
        Xunit.Assert.True(code == 0, $"kubectl {string.Join(' ', arguments)} exited {code}: {error}");
        return output;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>A fact that is skipped, with the reason shown, when kubectl is not installed (never on CI).</summary>
public sealed class KubectlFactAttribute : Xunit.FactAttribute
{
    public KubectlFactAttribute()
    {
        if (Kubectl.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
