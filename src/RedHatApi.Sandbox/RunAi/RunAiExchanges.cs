using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>One request and answer of the Run:ai plug-in, bodies as JSON text with secret values masked.</summary>
public sealed record RunAiExchange(string Method, string Path, string? RequestBody, int Status, string? ResponseBody);

/// <summary>The last 5,000 exchanges, for tests that check every body against the OpenAPI document.</summary>
public sealed class RunAiExchanges
{
    private const int Capacity = 5_000;
    private readonly ConcurrentQueue<RunAiExchange> _entries = new();

    public IReadOnlyList<RunAiExchange> Entries => _entries.ToArray();

    public void Add(RunAiExchange exchange)
    {
        _entries.Enqueue(exchange);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    public void Clear() => _entries.Clear();

    /// <summary>A copy of a body with every string under a secret, token or password key replaced by "******".</summary>
    public static JsonNode? Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = IsSecret(key) && value is JsonValue v && v.TryGetValue<string>(out _) ? "******" : Mask(value);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Mask(item));
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }

    private static bool IsSecret(string key) =>
        key.Contains("secret", StringComparison.OrdinalIgnoreCase) || key.Contains("token", StringComparison.OrdinalIgnoreCase) ||
        key.Contains("password", StringComparison.OrdinalIgnoreCase);
}
