using System;
using System.Net;

namespace RedHatApi.Errors;

/// <summary>
/// A failure RedHatApi can explain: a stable <see cref="ErrorId"/>, a message that says what to do, and for HTTP
/// failures the status, the API's own error code, the request id and a short, redacted excerpt of the body.
/// </summary>
public class RedHatApiException : Exception
{
    /// <summary>Creates an exception with a stable error id and a message that says what to do.</summary>
    public RedHatApiException(string errorId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorId = errorId;
    }

    /// <summary>Stable id from <see cref="ErrorIds"/>; scripts match on it.</summary>
    public string ErrorId { get; }

    /// <summary>HTTP status of the failed response, if there was one.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The API's own error code (SSO <c>error</c>, Kubernetes <c>reason</c>, ...).</summary>
    public string? ApiErrorCode { get; init; }

    /// <summary>Request id the server or RedHatApi attached, for support cases.</summary>
    public string? RequestId { get; init; }

    /// <summary>At most 1 KB of the response body with secrets masked.</summary>
    public string? ResponseExcerpt { get; init; }

    /// <summary>What the user passed that the error is about (a UUID, a URL...), never the cmdlet.</summary>
    public object? Target { get; init; }

    /// <summary>True when the failure concerns one input only and the pipeline can go on with the next.</summary>
    public bool IsPerInput { get; init; }
}
