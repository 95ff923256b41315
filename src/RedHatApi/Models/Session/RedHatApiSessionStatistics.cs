namespace RedHatApi.Models.Session;

/// <summary>Counters of a session since it was created.</summary>
public sealed class RedHatApiSessionStatistics
{
    internal RedHatApiSessionStatistics(long requests, long retries, long throttledResponses, double secondsWaited, long tokenRefreshes)
    {
        Requests = requests;
        Retries = retries;
        ThrottledResponses = throttledResponses;
        SecondsWaited = secondsWaited;
        TokenRefreshes = tokenRefreshes;
    }

    /// <summary>API and token requests sent (each retry counts again under <see cref="Retries"/>).</summary>
    public long Requests { get; }

    /// <summary>Attempts repeated after a transient failure.</summary>
    public long Retries { get; }

    /// <summary>429 responses received.</summary>
    public long ThrottledResponses { get; }

    /// <summary>Seconds spent waiting before retries and for rate limits.</summary>
    public double SecondsWaited { get; }

    /// <summary>Access tokens obtained from SSO.</summary>
    public long TokenRefreshes { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Requests} requests, {Retries} retries, {ThrottledResponses} throttled, {SecondsWaited:0.#} s waited, {TokenRefreshes} token refreshes";
}
