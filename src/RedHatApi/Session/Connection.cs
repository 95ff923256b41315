using System;
using System.Net.Http;
using System.Threading;
using RedHatApi.Auth;
using RedHatApi.Http;
using RedHatApi.Models.Session;

namespace RedHatApi.Session;

/// <summary>
/// One named connection of a session: a family (Rhsm, Assisted, OpenShift, Ironic, RunAi...), a base URL, network
/// settings, an authenticator and its own HTTP pipeline, built on the first request. Area clients reach their
/// service only through a connection, so a new API family joins by creating connections, not by editing the session.
/// </summary>
internal sealed class Connection : IDisposable
{
    private readonly HttpPipeline _pipeline;
    private int _disposed;

    /// <param name="name">What -Connection names it by: "rhsm", "assisted", "cluster:prod".</param>
    /// <param name="family">The API family its area client and error shape belong to.</param>
    /// <param name="baseUrl">The service's base URL; relative paths resolve under it (a trailing slash is added).</param>
    /// <param name="network">Proxy, CA, TLS skip, timeout and retries of this connection.</param>
    /// <param name="authenticator">What goes on each request to the base URL's host (scheme, host and port).</param>
    /// <param name="counters">The session's counters.</param>
    /// <param name="gate">The rate-limit wait shared by every connection to the same service.</param>
    /// <param name="details">The family's own state (a cluster's default namespace and user), read by the family's code.</param>
    internal Connection(
        string name, string family, Uri baseUrl, NetworkSettings network, Authenticator authenticator, SessionCounters counters, ThrottleGate gate, object? details = null)
    {
        Name = name;
        Family = family;
        BaseUrl = WithTrailingSlash(baseUrl);
        Network = network;
        Authenticator = authenticator;
        Gate = gate;
        Details = details;
        AddedAt = DateTimeOffset.UtcNow;
        _pipeline = PipelineBuilder.Api(network, counters, gate, CreateAuthHandler);
    }

    internal string Name { get; }

    internal string Family { get; }

    /// <summary>Ends in a slash.</summary>
    internal Uri BaseUrl { get; }

    internal NetworkSettings Network { get; }

    internal Authenticator Authenticator { get; }

    internal ThrottleGate Gate { get; }

    /// <summary>Family-specific state, for the family's own code to read.</summary>
    internal object? Details { get; }

    internal DateTimeOffset AddedAt { get; }

    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>A client of this connection's pipeline, base address set.</summary>
    internal HttpClient CreateClient() => _pipeline.CreateClient(BaseUrl);

    /// <summary>The innermost handler of the pipeline; tests put it over a stub.</summary>
    internal AuthHandler CreateAuthHandler() => new(Authenticator, () => BaseUrl);

    /// <summary>True when <paramref name="uri"/> is on this connection's scheme, host and port and under its base path.</summary>
    internal bool Covers(Uri uri) =>
        uri.IsAbsoluteUri &&
        Uri.Compare(uri, BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0 &&
        (uri.AbsolutePath + "/").StartsWith(BaseUrl.AbsolutePath, StringComparison.Ordinal);

    /// <summary>True when <paramref name="uri"/> is on this connection's scheme, host and port.</summary>
    internal bool IsSameHost(Uri uri) =>
        uri.IsAbsoluteUri && Uri.Compare(uri, BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>A secret-free snapshot for Get-RedHatApiSession.</summary>
    internal RedHatApiConnection Describe(bool isDefault) =>
        new(Name, Family, BaseUrl, Authenticator.Kind, Authenticator.ExpiresAt, isDefault, AddedAt);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _pipeline.Dispose();
        Authenticator.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({BaseUrl.GetLeftPart(UriPartial.Authority)})";

    // Relative paths resolve under a base only when it ends in '/'; users type URLs both ways.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
}
