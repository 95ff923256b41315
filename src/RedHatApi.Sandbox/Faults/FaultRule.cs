namespace RedHatApi.Sandbox;

/// <summary>A one-shot fault for the next <see cref="Count"/> requests that match; tests queue these.</summary>
public sealed class FaultRule
{
    /// <summary>Part of the path the request must contain.</summary>
    public string? PathContains { get; set; }

    /// <summary>Part of the query string the request must contain.</summary>
    public string? QueryContains { get; set; }

    /// <summary>HTTP method to match; any when null.</summary>
    public string? Method { get; set; }

    /// <summary>Status to answer with (429 and 503 carry Retry-After and X-RateLimit-Delay).</summary>
    public int Status { get; set; }

    /// <summary>How many matching requests get the fault.</summary>
    public int Count { get; set; } = 1;

    /// <summary>Seconds for Retry-After / X-RateLimit-Delay.</summary>
    public double RetryAfterSeconds { get; set; } = 1;

    /// <summary>Drop the connection instead of answering.</summary>
    public bool Drop { get; set; }

    /// <summary>Answer 200 with cut-short JSON.</summary>
    public bool Malformed { get; set; }

    /// <summary>Send this many bytes of the response body, then drop the connection (a download cut part-way).</summary>
    public long? CutAfterBytes { get; set; }

    /// <summary>Flip one byte in the middle of the response body (a download whose checksum will not match).</summary>
    public bool Corrupt { get; set; }

    /// <summary>Drop the request's Range header, like a server or proxy that always sends the whole file (200).</summary>
    public bool IgnoreRange { get; set; }

    /// <summary>Extra delay for matching requests.</summary>
    public int DelayMs { get; set; }
}
