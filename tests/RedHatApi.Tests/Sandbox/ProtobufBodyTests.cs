using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Tasks;
using RedHatApi.Tests.Module;
using Xunit;

namespace RedHatApi.Tests.Sandbox;

/// <summary>
/// Kubernetes protobuf request bodies on the cluster port, without kubectl: the bytes kubectl 1.32 sends for
/// "create serviceaccount", and a kind the sandbox does not decode (415 with a Status that says to send JSON).
/// </summary>
public sealed class ProtobufBodyTests : IClassFixture<ClusterSandboxFixture>, IDisposable
{
    private const string Protobuf = "application/vnd.kubernetes.protobuf";

    private readonly ClusterSandboxFixture _fixture;
    private readonly HttpClient _http;

    public ProtobufBodyTests(ClusterSandboxFixture fixture)
    {
        _fixture = fixture;
        fixture.Sandbox.Reset();
        var ca = X509Certificate2.CreateFromPem(System.IO.File.ReadAllText(fixture.CaPath));
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, chain, _) =>
            {
                chain!.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(certificate!);
            },
        };
        _http = new HttpClient(handler) { BaseAddress = fixture.ClusterUri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.AdminToken);
    }

    [Fact]
    public async Task The_bytes_kubectl_sends_for_create_serviceaccount_create_that_account()
    {
        // k8s\0, runtime.Unknown { typeMeta { "v1", "ServiceAccount" }, raw: ServiceAccount { metadata { name "kc-raw",
        // the empty optional fields proto2 writes } }, contentEncoding "", contentType "" }, as captured from kubectl -v=8.
        var body = Convert.FromHexString(
            "6B387300" + "0A140A027631120E536572766963654163636F756E74" + "1218" + "0A16" + "0A066B632D726177" + "12001A0022002A00320038004200" + "1A002200");
        using var response = await PostAsync("api/v1/namespaces/test/serviceaccounts?fieldManager=kubectl-create&fieldValidation=Strict", body);
        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("kc-raw", created.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("test", created.GetProperty("metadata").GetProperty("namespace").GetString());
        using var read = await _http.GetAsync("api/v1/namespaces/test/serviceaccounts/kc-raw");
        Assert.Equal(200, (int)read.StatusCode);
    }

    [Fact]
    public async Task A_kind_the_sandbox_does_not_decode_is_415_with_a_Status_naming_JSON()
    {
        // typeMeta { "v1", "Secret" }, raw: an empty Secret.
        var body = Convert.FromHexString("6B387300" + "0A0C0A0276311206536563726574" + "1200");
        using var response = await PostAsync("api/v1/namespaces/test/secrets", body);
        Assert.Equal(415, (int)response.StatusCode);
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Status", status.GetProperty("kind").GetString());
        Assert.Equal("UnsupportedMediaType", status.GetProperty("reason").GetString());
        Assert.Equal(415, status.GetProperty("code").GetInt32());
        Assert.Contains("application/json", status.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_Kubernetes_protobuf_is_400()
    {
        using var response = await PostAsync("api/v1/namespaces/test/serviceaccounts", new byte[] { 1, 2, 3, 4, 5 });
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("BadRequest", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reason").GetString());
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(Protobuf);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Accept.ParseAdd(Protobuf + ",application/json");
        return await _http.SendAsync(request);
    }
}
