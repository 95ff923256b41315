using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;

namespace RedHatApi.Client;

/// <summary>
/// How one API family words its failures: reads a failed response into a RedHatApiException (the shared status
/// table of <see cref="ApiErrorReader"/>, refined by the family's own error body and target, such as a 404 about
/// a named cluster becoming its own per-input error).
/// </summary>
internal interface IApiErrorShape
{
    /// <summary>"The RHSM API", "The cluster prod": how messages name the service.</summary>
    string DisplayName { get; }

    /// <summary>The exception for a failed <paramref name="response"/> about <paramref name="target"/> (what the caller passed, or null).</summary>
    Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken);
}

/// <summary>The shared status table with a family's message parser, for families with no target-specific errors.</summary>
internal sealed class SimpleErrorShape : IApiErrorShape
{
    private readonly ApiErrorReader.MessageParser _parser;

    internal SimpleErrorShape(string displayName, ApiErrorReader.MessageParser parser)
    {
        DisplayName = displayName;
        _parser = parser;
    }

    public string DisplayName { get; }

    public Task<RedHatApiException> ReadAsync(HttpResponseMessage response, object? target, CancellationToken cancellationToken) =>
        ApiErrorReader.ReadAsync(response, DisplayName, _parser, target, cancellationToken);
}
