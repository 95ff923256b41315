using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The kubeconfig subset RedHatApi reads: contexts, clusters, token users, CA data or file, insecure flag.</summary>
public sealed class KubeconfigTests : IDisposable
{
    private const string Token = "sha256~kubeconfigTokenValue0123456789abcdefghij";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "redhatapi-kubeconfig-" + Guid.NewGuid().ToString("N"));
    private readonly string _caPem;

    public KubeconfigTests()
    {
        Directory.CreateDirectory(_directory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Kubeconfig Test CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _caPem = ca.ExportCertificatePem();
    }

    private string Config(string contexts = "", string users = "", string current = "current-context: admin") => $$"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: prod
          cluster:
            server: https://api.prod.example.com:6443
            certificate-authority-data: {{Convert.ToBase64String(Encoding.ASCII.GetBytes(_caPem))}}
        - name: lab
          cluster:
            server: https://api.lab.example.com:6443
            insecure-skip-tls-verify: true
        - name: filed
          cluster:
            server: https://api.filed.example.com:6443
            certificate-authority: certs/ca.pem
        users:
        - name: admin
          user:
            token: {{Token}}
        - name: robot
          user:
            tokenFile: robot.token
        - name: sso
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1
              command: oc
        {{users}}
        contexts:
        - name: admin
          context: {cluster: prod, user: admin, namespace: apps}
        - name: lab
          context:
            cluster: lab
            user: admin
        - name: filed
          context: {cluster: filed, user: robot}
        - name: sso
          context: {cluster: prod, user: sso}
        - name: dangling
          context: {cluster: nowhere, user: admin}
        {{contexts}}
        {{current}}
        """;

    [Fact]
    public void The_current_context_gives_server_CA_token_and_namespace()
    {
        var context = Kubeconfig.Parse(Config(), Path.Combine(_directory, "config"), null);
        Assert.Equal("admin", context.ContextName);
        Assert.Equal(new Uri("https://api.prod.example.com:6443"), context.Server);
        Assert.Equal("CN=Kubeconfig Test CA", Assert.Single(context.CertificateAuthority!).Subject);
        Assert.False(context.InsecureSkipTlsVerify);
        Assert.Equal(Token, context.Token.Reveal());
        Assert.Equal("apps", context.Namespace);
        Assert.DoesNotContain(Token, context.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_context_can_skip_TLS_verification_and_has_no_namespace()
    {
        var context = Kubeconfig.Parse(Config(), Path.Combine(_directory, "config"), "lab");
        Assert.True(context.InsecureSkipTlsVerify);
        Assert.Null(context.CertificateAuthority);
        Assert.Null(context.Namespace);
        Assert.Equal("lab", context.ClusterName);
    }

    [Fact]
    public void Relative_CA_and_token_files_resolve_against_the_kubeconfig_folder()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "certs"));
        File.WriteAllText(Path.Combine(_directory, "certs", "ca.pem"), _caPem);
        File.WriteAllText(Path.Combine(_directory, "robot.token"), "robot-token-value\n");
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, Config());
        var context = Kubeconfig.Read(path, "filed");
        Assert.Single(context.CertificateAuthority!);
        Assert.Equal("robot-token-value", context.Token.Reveal());
    }

    [Fact]
    public void A_JSON_kubeconfig_reads_the_same()
    {
        var json = "{\"clusters\":[{\"name\":\"c\",\"cluster\":{\"server\":\"https://k8s.example.com\"}}],\"users\":[{\"name\":\"u\",\"user\":{\"token\":\"abc\"}}],"
            + "\"contexts\":[{\"name\":\"x\",\"context\":{\"cluster\":\"c\",\"user\":\"u\",\"namespace\":\"n\"}}],\"current-context\":\"x\"}";
        var context = Kubeconfig.Parse(json, "config.json", null);
        Assert.Equal(new Uri("https://k8s.example.com"), context.Server);
        Assert.Equal("n", context.Namespace);
        Assert.Equal("abc", context.Token.Reveal());
    }

    [Theory]
    [InlineData("nope", "its contexts are: admin, lab, filed, sso, dangling")]
    [InlineData("dangling", "names a cluster 'nowhere'")]
    public void A_missing_context_or_entry_is_KubeconfigInvalid_with_what_exists(string context, string expected)
    {
        var ex = Assert.Throws<RedHatApiException>(() => Kubeconfig.Parse(Config(), "config", context));
        Assert.Equal(ErrorIds.KubeconfigInvalid, ex.ErrorId);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_current_context_asks_for_Context()
    {
        var ex = Assert.Throws<RedHatApiException>(() => Kubeconfig.Parse(Config(current: string.Empty), "config", null));
        Assert.Equal(ErrorIds.KubeconfigInvalid, ex.ErrorId);
        Assert.Contains("-Context", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exec_user_is_KubeconfigUserUnsupported_saying_how_to_get_a_token()
    {
        var ex = Assert.Throws<RedHatApiException>(() => Kubeconfig.Parse(Config(), "config", "sso"));
        Assert.Equal(ErrorIds.KubeconfigUserUnsupported, ex.ErrorId);
        Assert.Contains("exec plugin", ex.Message, StringComparison.Ordinal);
        Assert.Contains("oc whoami -t", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_server_URL_and_bad_CA_data_are_KubeconfigInvalid()
    {
        var badServer = Config().Replace("https://api.prod.example.com:6443", "api.prod.example.com", StringComparison.Ordinal);
        Assert.Contains("valid https server URL", Assert.Throws<RedHatApiException>(() => Kubeconfig.Parse(badServer, "config", null)).Message, StringComparison.Ordinal);

        var badCa = Config().Replace("certificate-authority-data: ", "certificate-authority-data: not-base64-", StringComparison.Ordinal);
        var ex = Assert.Throws<RedHatApiException>(() => Kubeconfig.Parse(badCa, "config", null));
        Assert.Equal(ErrorIds.KubeconfigInvalid, ex.ErrorId);
        Assert.Contains("certificate authority", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_YAML_names_the_line_and_never_quotes_the_token()
    {
        var broken = $"users:\n- name: admin\n  user:\n    token: {Token}\n  - : [\n";
        var ex = Assert.Throws<RedHatApiException>(() => Kubeconfig.Parse(broken, "config", null));
        Assert.Equal(ErrorIds.KubeconfigInvalid, ex.ErrorId);
        Assert.Contains("line", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_KubeconfigInvalid()
    {
        var ex = Assert.Throws<RedHatApiException>(() => Kubeconfig.Read(Path.Combine(_directory, "missing"), null));
        Assert.Equal(ErrorIds.KubeconfigInvalid, ex.ErrorId);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
