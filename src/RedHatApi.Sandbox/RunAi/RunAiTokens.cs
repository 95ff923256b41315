using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>One Run:ai application (an access key or service account) with its client secret and role.</summary>
public sealed record RunAiApplication(string ClientId, string Secret, string Role);

/// <summary>The access tokens the Run:ai token endpoints issued: who they belong to and when they expire.</summary>
public sealed class RunAiTokens
{
    /// <summary>One application per role; the secrets are sandbox values, not anyone's.</summary>
    public static readonly IReadOnlyList<RunAiApplication> Applications = new[]
    {
        new RunAiApplication("runai-researcher", "sandbox-runai-researcher-secret", "Researcher"),
        new RunAiApplication("runai-editor", "sandbox-runai-editor-secret", "Editor"),
        new RunAiApplication("runai-admin", "sandbox-runai-admin-secret", "Administrator"),
    };

    private readonly ConcurrentDictionary<string, (RunAiApplication App, DateTimeOffset ExpiresAt)> _issued = new(StringComparer.Ordinal);
    private int _requests;
    private int _counter;

    /// <summary>Grants per endpoint (v2, v1, realm), for tests that count refreshes.</summary>
    public ConcurrentDictionary<string, int> Grants { get; } = new(StringComparer.Ordinal);

    /// <summary>The application with this id and secret, or null.</summary>
    public static RunAiApplication? Check(string? clientId, string? secret) =>
        Applications.FirstOrDefault(a => a.ClientId == clientId && a.Secret == secret);

    public string Issue(RunAiApplication app, int lifetimeSeconds, string endpoint)
    {
        Grants.AddOrUpdate(endpoint, 1, (_, n) => n + 1);
        var token = "runai-" + endpoint + "-" + Interlocked.Increment(ref _counter) + "-" + Guid.NewGuid().ToString("N");
        _issued[token] = (app, DateTimeOffset.UtcNow.AddSeconds(lifetimeSeconds));
        return token;
    }

    /// <summary>The application of a live token, or null (unknown or expired).</summary>
    public RunAiApplication? Holder(string token) =>
        _issued.TryGetValue(token, out var entry) && entry.ExpiresAt > DateTimeOffset.UtcNow ? entry.App : null;

    /// <summary>Counts an API request; the request that reaches <paramref name="after"/> expires every token once.</summary>
    public void CountRequest(int after)
    {
        if (after > 0 && Interlocked.Increment(ref _requests) == after)
        {
            ExpireAll();
        }
    }

    public void ExpireAll()
    {
        foreach (var key in _issued.Keys)
        {
            if (_issued.TryGetValue(key, out var entry))
            {
                _issued[key] = (entry.App, DateTimeOffset.MinValue);
            }
        }
    }

    public void Reset()
    {
        _issued.Clear();
        Grants.Clear();
        Interlocked.Exchange(ref _requests, 0);
    }
}
