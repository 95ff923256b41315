using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Http;

/// <summary>
/// Follows redirects itself (the primary handler has automatic redirects off) so every hop goes back through the
/// retry and auth handlers: the auth handler then sees the new host and sends no bearer to a download host.
/// Doing it here behaves the same on .NET Framework and .NET, whose built-in redirect rules differ.
/// </summary>
internal sealed class RedirectHandler : DelegatingHandler
{
    internal const int MaxRedirects = 10;

    private const string NotFollowedKey = "RedHatApi.RedirectNotFollowed";

    /// <summary>
    /// Hands the redirect itself back to the caller: RHSM's 307 to a download link, which the caller fetches with a
    /// client that never holds the API's bearer (and can resume with Range).
    /// </summary>
    internal static void DoNotFollow(HttpRequestMessage request)
    {
#pragma warning disable CS0618 // Options does not exist on netstandard2.0; Properties is the portable store.
        request.Properties[NotFollowedKey] = true;
#pragma warning restore CS0618
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!IsRedirect(response.StatusCode) || response.Headers.Location is null || NotFollowed(request))
        {
            return response;
        }

        var template = await RequestTemplate.CaptureAsync(request).ConfigureAwait(false);
        var current = request.RequestUri!;
        var method = request.Method;
        for (var hop = 0; hop < MaxRedirects && IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hop++)
        {
            var next = location.IsAbsoluteUri ? location : new Uri(current, location);
            var status = (int)response.StatusCode;

            // 303 always becomes GET; 301/302 after POST become GET as every browser and HttpClient does.
            var dropBody = status == 303 || ((status == 301 || status == 302) && method == HttpMethod.Post);
            if (dropBody)
            {
                method = HttpMethod.Get;
            }

            response.Dispose();
            using var hopRequest = template.Create(next, method, dropBody);
            RequestTemplate.RemoveAuthorization(hopRequest);
            response = await base.SendAsync(hopRequest, cancellationToken).ConfigureAwait(false);
            current = next;
        }

        return response;
    }

#pragma warning disable CS0618
    private static bool NotFollowed(HttpRequestMessage request) => request.Properties.ContainsKey(NotFollowedKey);
#pragma warning restore CS0618

    private static bool IsRedirect(HttpStatusCode status) =>
        (int)status is 301 or 302 or 303 or 307 or 308;
}
