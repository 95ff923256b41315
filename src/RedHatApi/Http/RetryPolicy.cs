using System.Net;
using System.Net.Http;
using RedHatApi.Errors;

namespace RedHatApi.Http;

/// <summary>
/// Which outcomes are worth another attempt, by HTTP semantics: 429 and 503 say "try again later" for any
/// method; 408, 502, 504 and transport failures may have reached the server, so only idempotent requests retry.
/// The SSO token endpoint follows Red Hat's own clients instead: every 5xx retries, every 4xx is final.
/// </summary>
internal sealed class RetryPolicy
{
    internal static readonly RetryPolicy Api = new(tokenEndpoint: false);

    internal static readonly RetryPolicy TokenEndpoint = new(tokenEndpoint: true);

    private readonly bool _tokenEndpoint;

    private RetryPolicy(bool tokenEndpoint)
    {
        _tokenEndpoint = tokenEndpoint;
    }

    internal static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ||
        method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;

    internal bool ShouldRetry(HttpStatusCode status, bool idempotent)
    {
        var code = (int)status;
        if (_tokenEndpoint)
        {
            return code >= 500;
        }

        return code switch
        {
            429 or 503 => true,
            408 or 502 or 504 => idempotent,
            _ => false,
        };
    }

    /// <summary>Transport failures: a dropped or refused connection, or a per-attempt timeout.</summary>
    internal bool ShouldRetry(System.Exception exception, bool idempotent) =>
        (idempotent || _tokenEndpoint) &&
        exception is RedHatApiException { ErrorId: ErrorIds.NetworkError or ErrorIds.RequestTimeout };
}
