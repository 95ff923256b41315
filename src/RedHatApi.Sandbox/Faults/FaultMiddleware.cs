using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using RedHatApi.Sandbox.Control;

namespace RedHatApi.Sandbox.Faults;

/// <summary>
/// Makes the sandbox fail like the real services: latency, 5xx, 429 with Retry-After and X-RateLimit-Delay,
/// dropped connections, cut-short JSON and cut or corrupted bodies, from seeded rates or one-shot rules. Also writes the request log.
/// Control routes (/_sandbox, /health) are never faulted.
/// </summary>
public sealed class FaultMiddleware
{
    private readonly RequestDelegate _next;
    private readonly SandboxState _state;

    public FaultMiddleware(RequestDelegate next, SandboxState state)
    {
        _next = next;
        _state = state;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.StartsWith("/_sandbox", StringComparison.Ordinal) || path == "/health")
        {
            await _next(context);
            return;
        }

        // Logged when the response starts (or, for one that never starts, when the pipeline ends), so the entry is
        // there before the client can see the answer: a test that reads the log right after its call finds it.
        var logged = 0;
        void Log()
        {
            if (Interlocked.Exchange(ref logged, 1) != 0)
            {
                return;
            }

            var header = context.Request.Headers.Authorization.ToString();
            _state.Log.Add(new LoggedRequest(
                DateTimeOffset.UtcNow, context.Request.Method, context.Request.Host.Value ?? string.Empty,
                path + context.Request.QueryString, context.Response.StatusCode,
                header.StartsWith("Bearer ", StringComparison.Ordinal), context.Items["tokenClient"] as string,
                header.Length == 0 ? null : header.Split(' ')[0],
                context.Request.Headers.ContainsKey("X-Secret-Key")));
        }

        context.Response.OnStarting(() =>
        {
            Log();
            return Task.CompletedTask;
        });
        try
        {
            await ApplyAsync(context, path);
        }
        finally
        {
            Log();
        }
    }

    private async Task ApplyAsync(HttpContext context, string path)
    {
        var faults = _state.Options.Faults;
        var rule = _state.TakeRule(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty);
        var delay = faults.LatencyMs + (rule?.DelayMs ?? 0);
        if (delay > 0)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (rule?.Drop == true || Roll(faults.DropRate))
        {
            context.Abort();
            return;
        }

        var status = rule is { Status: > 0, Malformed: false } ? rule.Status
            : Roll(faults.ThrottleRate) ? 429
            : Roll(faults.ErrorRate) ? faults.ErrorStatus
            : 0;
        if (status > 0)
        {
            await WriteFaultAsync(context, status, rule?.RetryAfterSeconds ?? faults.RetryAfterSeconds);
            return;
        }

        if (rule?.Malformed == true || Roll(faults.MalformedRate))
        {
            await WriteTruncatedAsync(context);
            return;
        }

        context.Response.Headers["X-RateLimit-Limit"] = "100";
        context.Response.Headers["X-RateLimit-Remaining"] = "99";
        if (rule?.IgnoreRange == true)
        {
            context.Request.Headers.Remove("Range");
        }

        if (rule is { CutAfterBytes: not null } or { Corrupt: true })
        {
            await using var faulty = new BodyFaultStream(context, rule.CutAfterBytes, rule.Corrupt);
            context.Response.Body = faulty;
            await _next(context);
            return;
        }

        await _next(context);
    }

    private bool Roll(double rate) => rate > 0 && _state.NextRandom() < rate;

    private static async Task WriteFaultAsync(HttpContext context, int status, double retryAfter)
    {
        context.Response.StatusCode = status;
        if (status is 429 or 503)
        {
            var seconds = retryAfter.ToString("0.###", CultureInfo.InvariantCulture);
            context.Response.Headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Delay"] = seconds;
            if (status == 429)
            {
                context.Response.Headers["X-RateLimit-Remaining"] = "-1";
            }
        }

        var message = status == 429 ? "Too Many Requests" : "Service temporarily unavailable";
        await context.Response.WriteAsJsonAsync(new { error = new { code = status, message } });
    }

    /// <summary>Runs the real handler, then sends only the first half of its JSON.</summary>
    private async Task WriteTruncatedAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await _next(context);
        context.Response.Body = original;
        var bytes = buffer.ToArray();
        var half = bytes.AsMemory(0, Math.Max(1, bytes.Length / 2));
        context.Response.ContentLength = half.Length;
        await original.WriteAsync(half);
    }
}
