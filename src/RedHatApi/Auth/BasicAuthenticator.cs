using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace RedHatApi.Auth;

/// <summary>HTTP Basic with a user name and a password kept as a SecureString until the header is built.</summary>
internal sealed class BasicAuthenticator : Authenticator
{
    private readonly string _user;
    private readonly SecretValue _password;

    internal BasicAuthenticator(string user, SecretValue password)
    {
        _user = user;
        _password = password;
    }

    internal override string Kind => "Basic";

    internal override Task<string?> GetAsync(CancellationToken cancellationToken, string? rejected = null) =>
        Task.FromResult<string?>(Convert.ToBase64String(Encoding.UTF8.GetBytes(_user + ":" + _password.Reveal())));

    internal override void Apply(HttpRequestMessage request, string? credential) =>
        request.Headers.Authorization = credential is null ? null : new AuthenticationHeaderValue("Basic", credential);

    internal override void Strip(HttpRequestMessage request) => request.Headers.Authorization = null;

    protected override void Release() => _password.Dispose();
}

/// <summary>No credential at all (an API that needs none, such as Ironic with noauth); strips any that a caller set.</summary>
internal sealed class NoAuthenticator : Authenticator
{
    internal static readonly NoAuthenticator Instance = new();

    internal override string Kind => "None";

    internal override Task<string?> GetAsync(CancellationToken cancellationToken, string? rejected = null) => Task.FromResult<string?>(null);

    internal override void Apply(HttpRequestMessage request, string? credential) => Strip(request);

    internal override void Strip(HttpRequestMessage request) => request.Headers.Authorization = null;
}
