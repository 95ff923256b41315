using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace RedHatApi.Http;

/// <summary>Reads how long a server asked the client to wait.</summary>
internal static class RetryDelay
{
    /// <summary>Longest server-requested wait honoured; beyond it the request fails rather than hang for hours.</summary>
    internal static readonly TimeSpan MaxServerDelay = TimeSpan.FromMinutes(10);

    /// <summary>RHSM's own header: seconds to wait, possibly fractional.</summary>
    internal const string RateLimitDelayHeader = "X-RateLimit-Delay";

    /// <summary>
    /// X-RateLimit-Delay first (RHSM documents it as the authoritative wait), then Retry-After as seconds or an
    /// HTTP date; null when the server said nothing.
    /// </summary>
    internal static TimeSpan? FromResponse(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues(RateLimitDelayHeader, out var values) &&
            double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) &&
            seconds >= 0)
        {
            return Clamp(TimeSpan.FromSeconds(seconds));
        }

        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Clamp(delta);
        }

        if (retryAfter?.Date is { } date)
        {
            return Clamp(date - now);
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan delay) =>
        delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxServerDelay ? MaxServerDelay : delay;
}
