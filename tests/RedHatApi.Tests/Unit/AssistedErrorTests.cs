using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>Both Assisted error bodies, read by the one client error path into stable ErrorIds.</summary>
public sealed class AssistedErrorTests
{
    private static readonly Guid Id = Guid.Parse("3f8c1d5e-8a41-4b0e-9a1f-2c7d5e6f7a8b");

    private static (AssistedClient Client, StubHandler Stub) Client(params (HttpStatusCode Status, string Body)[] answers)
    {
        var stub = new StubHandler();
        foreach (var (status, body) in answers)
        {
            stub.Then(status, r => r.Content = new StringContent(body, Encoding.UTF8, "application/json"));
        }

        var api = new ApiConnection(new HttpClient(stub) { BaseAddress = new Uri("https://api.example.test/api/assisted-install/v2/") }, AssistedClient.ErrorShape);
        return (new AssistedClient(api, api), stub);
    }

    private static string Handler(int status, string reason) =>
        "{\"kind\":\"Error\",\"id\":" + status + ",\"href\":\"\",\"code\":\"" + status + "\",\"reason\":\"" + reason + "\"}";

    [Fact]
    public async Task A_handler_404_about_a_cluster_is_a_per_input_ClusterNotFound()
    {
        var (client, _) = Client((HttpStatusCode.NotFound, Handler(404, "cluster x can't be found")));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.GetClusterAsync(Id, CancellationToken.None));
        Assert.Equal(ErrorIds.AssistedClusterNotFound, ex.ErrorId);
        Assert.Equal(Id, ex.Target);
        Assert.True(ex.IsPerInput);
        Assert.Equal("404", ex.ApiErrorCode);
        Assert.Contains(Id.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_400_in_the_infra_error_shape_is_AssistedRequestInvalid_with_its_numeric_code()
    {
        var (client, _) = Client((HttpStatusCode.BadRequest, "{\"code\":602,\"message\":\"name in body is required\"}"));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.RegisterClusterAsync(client.RegisterClusterRequest(new AssistedClusterCreateWire()), CancellationToken.None));
        Assert.Equal(ErrorIds.AssistedRequestInvalid, ex.ErrorId);
        Assert.Equal("602", ex.ApiErrorCode);
        Assert.Contains("name in body is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_400_reads_the_reason()
    {
        var (client, _) = Client((HttpStatusCode.BadRequest, Handler(400, "Openshift version 9.9 is not supported")));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.RegisterClusterAsync(client.RegisterClusterRequest(new AssistedClusterCreateWire()), CancellationToken.None));
        Assert.Equal(ErrorIds.AssistedRequestInvalid, ex.ErrorId);
        Assert.Equal("400", ex.ApiErrorCode);
        Assert.Contains("Openshift version 9.9 is not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_in_the_infra_error_shape_is_AuthenticationFailed()
    {
        var (client, _) = Client((HttpStatusCode.Unauthorized, "{\"code\":401,\"message\":\"Authorization header format must be Bearer {token}\"}"));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.GetClustersAsync(CancellationToken.None));
        Assert.Equal(ErrorIds.AuthenticationFailed, ex.ErrorId);
        Assert.Equal("401", ex.ApiErrorCode);
        Assert.False(ex.IsPerInput);
    }

    [Fact]
    public async Task A_409_that_names_the_state_is_ClusterStateConflict_without_another_request()
    {
        var (client, stub) = Client((HttpStatusCode.Conflict, Handler(409, "Cluster x is in installed state, cluster can be updated only in one of [ready]")));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.UpdateClusterAsync(Id, client.UpdateClusterRequest(Id, new AssistedClusterUpdateWire { Name = "y" }), CancellationToken.None));
        Assert.Equal(ErrorIds.AssistedClusterStateConflict, ex.ErrorId);
        Assert.Contains("in state 'installed'", ex.Message, StringComparison.Ordinal);
        Assert.Single(stub.Seen);
        Assert.Equal("{\"name\":\"y\"}", stub.Seen.Single().Body);
        Assert.Equal("PATCH", stub.Seen.Single().Method.Method);
    }

    [Fact]
    public async Task A_409_that_does_not_name_the_state_reads_it_from_the_cluster()
    {
        var (client, stub) = Client(
            (HttpStatusCode.Conflict, Handler(409, "Cluster is not ready to be installed")),
            (HttpStatusCode.OK, "{\"id\":\"" + Id + "\",\"name\":\"c\",\"status\":\"pending-for-input\",\"status_info\":\"User input required\"}"));
        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.RunClusterActionAsync(Id, AssistedClient.ClusterAction.Install, client.ClusterActionRequest(Id, AssistedClient.ClusterAction.Install), CancellationToken.None));
        Assert.Equal(ErrorIds.AssistedClusterStateConflict, ex.ErrorId);
        Assert.Contains("in state 'pending-for-input'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Cluster is not ready to be installed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "POST", "GET" }, stub.Seen.Select(s => s.Method.Method));
        Assert.EndsWith("/clusters/" + Id + "/actions/install", stub.Seen.First().Uri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Validations_and_props_are_parsed_from_their_JSON_strings_and_tolerate_garbage()
    {
        var validations = AssistedJson.Validations("{\"network\":[{\"id\":\"api-vips-defined\",\"status\":\"failure\",\"message\":\"m\"}],\"hosts-data\":[{\"id\":\"h\",\"status\":\"success\"}]}");
        Assert.Equal(new[] { "network/api-vips-defined: failure", "hosts-data/h: success" }, validations.Select(v => v.ToString()));
        Assert.Empty(AssistedJson.Validations("{not json"));
        var props = AssistedJson.Object("{\"a\":1,\"b\":[true,\"x\"],\"c\":{\"d\":null}}");
        Assert.Equal(1L, props["a"]);
        Assert.Equal(new object?[] { true, "x" }, Assert.IsAssignableFrom<System.Collections.Generic.IEnumerable<object?>>(props["b"]));
        Assert.Empty(AssistedJson.Object("[1,2]"));
    }
}
