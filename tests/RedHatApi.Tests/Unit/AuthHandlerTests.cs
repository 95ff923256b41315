using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Session;
using Xunit;

namespace RedHatApi.Tests.Unit;

public sealed class AuthHandlerTests : IDisposable
{
    private readonly SessionCore _session = new(
        new RedHatApiEndpoints(rhsmUrl: new Uri("https://api.example.test/management/v1/")), new NetworkSettings());

    private readonly FakeTokenSource _source = new(() => DateTimeOffset.UtcNow, TimeSpan.FromMinutes(15));

    public AuthHandlerTests()
    {
        _session.AddCredential(new CredentialSlot("rhsm-api", CredentialKind.OfflineToken, new[] { ApiName.Rhsm }, new TokenCache(_source)));
    }

    private HttpMessageInvoker Invoker(StubHandler stub) => new(WithStub(_session.ConnectionFor(ApiName.Rhsm).CreateAuthHandler(), stub));

    private static AuthHandler WithStub(AuthHandler handler, StubHandler stub)
    {
        handler.InnerHandler = stub;
        return handler;
    }

    [Fact]
    public async Task The_bearer_goes_to_the_API_host()
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK);
        using var _ = await Invoker(stub).SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/management/v1/systems"), CancellationToken.None);
        Assert.Equal("Bearer token-1", stub.Seen.Single().Authorization);
    }

    [Theory]
    [InlineData("https://downloads.example.test/image.iso")]
    [InlineData("http://api.example.test/management/v1/systems")]
    [InlineData("https://api.example.test:8443/management/v1/systems")]
    public async Task No_bearer_goes_to_another_host_scheme_or_port(string url)
    {
        var stub = new StubHandler().Then(HttpStatusCode.OK);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "leaked");
        using var _ = await Invoker(stub).SendAsync(request, CancellationToken.None);
        Assert.Null(stub.Seen.Single().Authorization);
        Assert.Equal(0, _source.Grants);
    }

    [Fact]
    public async Task A_401_causes_one_refresh_and_one_replay_with_the_body()
    {
        var stub = new StubHandler().Then(HttpStatusCode.Unauthorized).Then(HttpStatusCode.Created);
        var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.test/management/v1/allocations") { Content = new StringContent("{\"a\":1}") };
        using var response = await Invoker(stub).SendAsync(request, CancellationToken.None);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var seen = stub.Seen.ToArray();
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, seen.Select(s => s.Authorization));
        Assert.All(seen, s => Assert.Equal("{\"a\":1}", s.Body));
    }

    [Fact]
    public async Task A_second_401_is_returned_not_retried_again()
    {
        var stub = new StubHandler().Then(HttpStatusCode.Unauthorized).Then(HttpStatusCode.Unauthorized).Then(HttpStatusCode.OK);
        using var response = await Invoker(stub).SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/management/v1/systems"), CancellationToken.None);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, stub.Seen.Count);
        Assert.Equal(2, _source.Grants);
    }

    [Fact]
    public async Task An_API_without_a_credential_fails_naming_the_client_it_needs()
    {
        var stub = new StubHandler();
        var invoker = new HttpMessageInvoker(WithStub(_session.ConnectionFor(ApiName.Assisted).CreateAuthHandler(), stub));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() =>
            invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, RedHatApiEndpoints.DefaultAssistedUrl + "clusters"), CancellationToken.None));
        Assert.Equal(ErrorIds.CredentialNotFound, ex.ErrorId);
        Assert.Contains("cloud-services", ex.Message, StringComparison.Ordinal);
        Assert.Empty(stub.Seen);
    }

    public void Dispose() => _session.Dispose();
}
