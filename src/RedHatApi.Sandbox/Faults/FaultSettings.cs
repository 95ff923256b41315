namespace RedHatApi.Sandbox;

/// <summary>Random faults, as rates from 0 to 1, plus fixed latency. Seeded, so a run repeats.</summary>
public sealed class FaultSettings
{
    /// <summary>Added to every API and SSO request.</summary>
    public int LatencyMs { get; set; }

    /// <summary>Share of requests answered with <see cref="ErrorStatus"/>.</summary>
    public double ErrorRate { get; set; }

    /// <summary>Status of random errors (503 by default).</summary>
    public int ErrorStatus { get; set; } = 503;

    /// <summary>Share of requests answered 429 with Retry-After and X-RateLimit-Delay.</summary>
    public double ThrottleRate { get; set; }

    /// <summary>Seconds the 429 and 503 answers ask clients to wait.</summary>
    public double RetryAfterSeconds { get; set; } = 1;

    /// <summary>Share of connections dropped without an answer.</summary>
    public double DropRate { get; set; }

    /// <summary>Share of 200 answers whose JSON is cut short.</summary>
    public double MalformedRate { get; set; }
}
