using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace RedHatApi.Sandbox.Control;

/// <summary>One request as the sandbox saw it; never the token itself, only which client it belonged to.</summary>
public sealed record LoggedRequest(DateTimeOffset At, string Method, string Host, string PathAndQuery, int Status, bool HadBearer, string? TokenClient, string? AuthScheme, bool HadSecretKey = false);

/// <summary>The last 10,000 requests and per-route counters, for tests and curious users.</summary>
public sealed class RequestLog
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();
    private readonly ConcurrentDictionary<string, int> _grants = new();

    public void Add(LoggedRequest entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    public void CountGrant(string clientId, string grantType) => _grants.AddOrUpdate(clientId + "/" + grantType, 1, (_, n) => n + 1);

    public IReadOnlyList<LoggedRequest> Entries => _entries.ToArray();

    public IReadOnlyDictionary<string, int> Grants => _grants.ToDictionary(p => p.Key, p => p.Value);

    public void Clear()
    {
        _entries.Clear();
        _grants.Clear();
    }
}
