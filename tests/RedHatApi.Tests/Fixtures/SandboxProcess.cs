using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// Runs RedHatApi.Sandbox as a child process on a free port, as users run it, and drives its control API.
/// </summary>
public sealed class SandboxProcess : IDisposable
{
    private const string ReadyPrefix = "RedHatApi.Sandbox listening on ";
    private readonly ChildProcess _process;
    private readonly HttpClient _control;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _banner;

    private SandboxProcess(ChildProcess process, Uri baseUri, System.Collections.Concurrent.ConcurrentDictionary<string, string> banner)
    {
        _process = process;
        _banner = banner;
        BaseUri = baseUri;
        _control = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri { get; }

    public string Log => _process.Log;

    /// <summary>Starts the sandbox with extra command-line arguments and waits for its ready line.</summary>
    public static SandboxProcess Start(params string[] arguments)
    {
        var dll = Path.Combine(RepoPaths.Root, "src", "RedHatApi.Sandbox", "bin", RepoPaths.Configuration, "net10.0", "RedHatApi.Sandbox.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the solution first: dotnet build RedHatApi.sln", dll);
        }

        var info = new ProcessStartInfo("dotnet");
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--port");
        info.ArgumentList.Add("0");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var banner = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var process = new ChildProcess(info, line =>
        {
            if (line?.IndexOf(" : ", StringComparison.Ordinal) is > 0 and var colon)
            {
                banner[line.Substring(0, colon).Trim()] = line.Substring(colon + 3).Trim();
            }

            if (line is null)
            {
                ready.TrySetException(new InvalidOperationException("The sandbox exited."));
            }
            else if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                ready.TrySetResult(new Uri(line.Substring(ReadyPrefix.Length).Trim()));
            }
        });
        try
        {
            if (!ready.Task.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException("The sandbox did not start within 60 s: " + process.Log);
            }
        }
        catch
        {
            process.Dispose();
            throw;
        }

        return new SandboxProcess(process, ready.Task.Result, banner);
    }

    /// <summary>A "name : value" line of the sandbox's start-up banner (TLS, TLS CA (PEM), ...).</summary>
    public string Banner(string name)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_banner.TryGetValue(name, out var value))
            {
                return value;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException("The sandbox printed no '" + name + "' line: " + Log);
    }

    /// <summary>The sandbox's credentials document.</summary>
    public JsonElement Credentials() => Get("_sandbox/credentials");

    /// <summary>GET a control endpoint as JSON.</summary>
    public JsonElement Get(string path)
    {
        using var response = _control.GetAsync(path).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.Clone();
    }

    /// <summary>Sends a JSON body to a control endpoint.</summary>
    public void Send(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = _control.SendAsync(request).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} -> {(int)response.StatusCode}: " + response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        }
    }

    /// <summary>Queues a one-shot fault rule (status, drop, malformed) for matching requests.</summary>
    public void AddFaultRule(object rule) => Send(HttpMethod.Post, "_sandbox/faults/rules", rule);

    /// <summary>Clears faults, request log and statistics; reseeds data.</summary>
    public void Reset() => Send(HttpMethod.Post, "_sandbox/reset");

    /// <summary>
    /// Empties the request log once it has stopped growing. A listing that ended early (a short page, -First) may
    /// still have read-ahead requests on the wire; they reach the log after the cmdlet returned, so clearing at once
    /// would let them pollute the next assertion about what was sent.
    /// </summary>
    public void ClearRequests()
    {
        var seen = -1;
        for (var i = 0; i < 30; i++)
        {
            var count = Requests().Count;
            if (count == seen)
            {
                break;
            }

            seen = count;
            Thread.Sleep(100);
        }

        Send(HttpMethod.Delete, "_sandbox/requests");
    }

    /// <summary>The request log: method, path and query, status, whether a bearer was sent, its client.</summary>
    public IReadOnlyList<JsonElement> Requests()
    {
        var root = Get("_sandbox/requests");
        var list = new List<JsonElement>();
        var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("requests");
        foreach (var item in items.EnumerateArray())
        {
            list.Add(item);
        }

        return list;
    }

    public void Dispose()
    {
        _control.Dispose();
        _process.Dispose();
    }
}

/// <summary>One sandbox shared by the tests of a class (xunit class fixture).</summary>
public sealed class SandboxFixture : IDisposable
{
    public SandboxFixture()
    {
        Sandbox = SandboxProcess.Start("--systems", "250");
    }

    public SandboxProcess Sandbox { get; }

    public void Dispose() => Sandbox.Dispose();
}
