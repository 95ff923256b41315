using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Session;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The connection registry, the authenticators a new family plugs in, and the request value.</summary>
public sealed class ConnectionTests : IDisposable
{
    private readonly SessionCore _session = new(new RedHatApiEndpoints(), new NetworkSettings());

    public void Dispose() => _session.Dispose();

    private static async Task<(string? Authorization, string? Header)> SendThrough(Authenticator auth, string baseUrl, string url, string header = "X-Auth-Token")
    {
        string? authorization = null, named = null;
        var handler = new AuthHandler(auth, () => new Uri(baseUrl))
        {
            InnerHandler = new Capture(r =>
            {
                authorization = r.Headers.Authorization?.ToString();
                named = r.Headers.TryGetValues(header, out var values) ? values.Single() : null;
            }),
        };
        using var invoker = new HttpMessageInvoker(handler);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation(header, "planted");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "planted");
        using var _ = await invoker.SendAsync(request, CancellationToken.None);
        return (authorization, named);
    }

    [Fact]
    public async Task A_named_header_token_goes_to_its_host_only_and_never_as_a_bearer()
    {
        using var tokens = new TokenCache(new StaticTokenSource(SecretValue.FromPlain("keystone-token")));
        var auth = BearerAuthenticator.Owning(tokens, "X-Auth-Token");
        Assert.Equal((null, "keystone-token"), await SendThrough(auth, "https://ironic.example.test:6385/", "https://ironic.example.test:6385/v1/nodes"));
        Assert.Equal((null, null), await SendThrough(auth, "https://ironic.example.test:6385/", "https://images.example.test/ipa.iso"));
    }

    [Fact]
    public async Task Basic_goes_to_its_host_only_and_none_strips_what_a_caller_set()
    {
        var basic = new BasicAuthenticator("ironic", SecretValue.FromPlain("s3cret"));
        var (authorization, _) = await SendThrough(basic, "https://ironic.example.test/", "https://ironic.example.test/v1/nodes");
        Assert.Equal("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ironic:s3cret")), authorization);
        Assert.Null((await SendThrough(basic, "https://ironic.example.test/", "https://other.example.test/v1/nodes")).Authorization);
        Assert.Null((await SendThrough(NoAuthenticator.Instance, "https://ironic.example.test/", "https://ironic.example.test/v1/nodes")).Authorization);
    }

    [Fact]
    public void A_family_connection_joins_the_registry_becomes_its_default_and_can_be_dropped()
    {
        using var tokens = new TokenCache(new StaticTokenSource(SecretValue.FromPlain("t")));
        var first = new Connection("ironic", "Ironic", new Uri("https://ironic-a.example.test:6385"), _session.Network, NoAuthenticator.Instance, _session.Counters, _session.GateFor("Ironic"));
        var second = new Connection("ironic-b", "Ironic", new Uri("https://ironic-b.example.test:6385"), _session.Network, BearerAuthenticator.Owning(tokens, "X-Auth-Token"), _session.Counters, _session.GateFor("Ironic"));
        _session.AddConnection(first);
        _session.AddConnection(second);

        Assert.Same(second, _session.DefaultOf("Ironic"));
        Assert.Equal("https://ironic-a.example.test:6385/", _session.Named("ironic").BaseUrl.AbsoluteUri);
        Assert.Equal(new[] { "ironic", "ironic-b" }, _session.Connections.Select(c => c.Name));
        Assert.Equal("X-Auth-Token", _session.Connections.Single(c => c.Name == "ironic-b").Describe(true).AuthKind);

        _session.RemoveConnection(second);
        Assert.Same(first, _session.DefaultOf("Ironic"));
        Assert.True(second.IsDisposed);
        var missing = Assert.Throws<RedHatApiException>(() => _session.Named("ironic-b"));
        Assert.Equal(ErrorIds.ConnectionNotFound, missing.ErrorId);
        Assert.Contains("ironic", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_SSO_connections_appear_with_their_credential_and_one_token_serves_each_connection_that_wants_it()
    {
        Assert.Empty(_session.Connections);
        var slot = new CredentialSlot("access-token", CredentialKind.AccessToken, new[] { ApiName.Rhsm, ApiName.Assisted }, new TokenCache(new StaticTokenSource(SecretValue.FromPlain("shared"))));
        _session.AddCredential(slot);
        Assert.Equal(new[] { "rhsm", "assisted" }, _session.Connections.Select(c => c.Name));
        Assert.Same(slot.Tokens, ((BearerAuthenticator)_session.ConnectionFor(ApiName.Rhsm).Authenticator).Tokens);
        Assert.Same(slot.Tokens, ((BearerAuthenticator)_session.ConnectionFor(ApiName.Assisted).Authenticator).Tokens);

        // Dropping one connection takes the credential off that API only.
        _session.RemoveConnection(_session.Named("rhsm"));
        Assert.Equal(new[] { ApiName.Assisted }, slot.Apis);
        Assert.Equal(new[] { "assisted" }, _session.Connections.Select(c => c.Name));
    }

    [Fact]
    public async Task A_request_value_reads_as_the_WhatIf_text_and_sends_its_typed_body_headers_and_no_nulls()
    {
        var request = new ApiRequest(HttpMethod.Post, new Uri("https://api.example.test/api/assisted-install/v2/clusters"),
            new AssistedClusterCreateWire { Name = "lab", OpenShiftVersion = "4.17", PullSecret = "{}" })
        {
            Headers = new Dictionary<string, string> { ["X-OpenStack-Ironic-API-Version"] = "1.82" },
        };
        Assert.Equal("POST https://api.example.test/api/assisted-install/v2/clusters", request.ToString());
        using var message = request.ToMessage();
        Assert.Equal("1.82", message.Headers.GetValues("X-OpenStack-Ironic-API-Version").Single());
        var body = await message.Content!.ReadAsStringAsync();
        Assert.Equal("{\"name\":\"lab\",\"openshift_version\":\"4.17\",\"pull_secret\":\"{}\"}", body);
        Assert.Equal("application/json", message.Content.Headers.ContentType!.MediaType);
    }

    private sealed class Capture : HttpMessageHandler
    {
        private readonly Action<HttpRequestMessage> _seen;

        internal Capture(Action<HttpRequestMessage> seen)
        {
            _seen = seen;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _seen(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request });
        }
    }
}
