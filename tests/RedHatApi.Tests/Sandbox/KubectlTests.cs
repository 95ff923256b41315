using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using RedHatApi.Tests.Fixtures;
using RedHatApi.Tests.Module;
using Xunit;

namespace RedHatApi.Tests.Sandbox;

/// <summary>
/// The real kubectl against the sandbox's cluster API (--cluster, HTTPS with the sandbox CA): who am I, can I,
/// chunked lists, discovery of every advertised group, and the create commands that send Kubernetes protobuf.
/// Skipped when kubectl is not installed, except on CI.
/// </summary>
public sealed class KubectlTests : IClassFixture<ClusterSandboxFixture>, IDisposable
{
    private readonly ClusterSandboxFixture _fixture;
    private readonly Kubectl _admin;

    public KubectlTests(ClusterSandboxFixture fixture)
    {
        _fixture = fixture;
        fixture.Sandbox.Reset();
        _admin = new Kubectl(fixture.ClusterUri, fixture.CaPath, fixture.AdminToken, "test");
    }

    [KubectlFact]
    public void Auth_whoami_names_the_token_s_user()
    {
        using var developer = new Kubectl(_fixture.ClusterUri, _fixture.CaPath, _fixture.DeveloperToken, "test");
        Assert.Equal("kube:admin", UserName(_admin.Ok("auth", "whoami", "-o", "json")));
        Assert.Equal("developer", UserName(developer.Ok("auth", "whoami", "-o", "json")));
    }

    [KubectlFact]
    public void Auth_can_i_answers_from_the_same_RBAC_the_routes_use()
    {
        using var developer = new Kubectl(_fixture.ClusterUri, _fixture.CaPath, _fixture.DeveloperToken, "test");
        Assert.Equal("yes", _admin.Ok("auth", "can-i", "delete", "serviceaccounts", "-n", "ci").Trim());
        var (code, output, _) = developer.Run("auth", "can-i", "list", "secrets", "-n", "test");
        Assert.Equal(1, code);
        Assert.Equal("no", output.Trim());
    }

    [KubectlFact]
    public void Get_with_a_chunk_size_pages_with_limit_and_continue_and_lists_every_item()
    {
        _fixture.Sandbox.ClearRequests();
        var names = Lines(_admin.Ok("get", "serviceaccounts", "-n", "ci", "--chunk-size=5", "-o", "name"));

        // builder, default and deployer, and the 20 seeded runners.
        Assert.Equal(23, names.Count);
        Assert.Contains("serviceaccount/runner-20", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        var pages = ClusterRequests().Where(r => r.StartsWith("GET /api/v1/namespaces/ci/serviceaccounts?", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, pages.Count);
        Assert.All(pages, p => Assert.Contains("limit=5", p, StringComparison.Ordinal));
        Assert.Equal(4, pages.Count(p => p.Contains("continue=", StringComparison.Ordinal)));
    }

    [KubectlFact]
    public void Api_resources_reads_every_advertised_group_without_an_error()
    {
        var (code, output, error) = _admin.Run("api-resources");
        Assert.True(code == 0, error);
        Assert.DoesNotContain("couldn't get resource list", error, StringComparison.Ordinal);
        var rows = Lines(output);
        Assert.Contains(rows, r => Columns(r).SequenceEqual(new[] { "serviceaccounts", "sa", "v1", "true", "ServiceAccount" }));
        Assert.Contains(rows, r => Columns(r).SequenceEqual(new[] { "oauthaccesstokens", "oauth.openshift.io/v1", "false", "OAuthAccessToken" }));
        Assert.Contains(rows, r => Columns(r).SequenceEqual(new[] { "rolebindings", "rbac.authorization.k8s.io/v1", "true", "RoleBinding" }));
    }

    [KubectlFact]
    public void Create_serviceaccount_token_and_rolebinding_work_although_kubectl_sends_protobuf()
    {
        _fixture.Sandbox.ClearRequests();
        Assert.Equal("serviceaccount/kc-bot created", _admin.Ok("create", "serviceaccount", "kc-bot").Trim());
        var token = _admin.Ok("create", "token", "kc-bot", "--duration=15m").Trim();
        var claims = Claims(token);
        Assert.Equal("system:serviceaccount:test:kc-bot", claims.GetProperty("sub").GetString());
        Assert.Equal(900, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());

        using var bot = new Kubectl(_fixture.ClusterUri, _fixture.CaPath, token, "test");
        Assert.Equal("system:serviceaccount:test:kc-bot", UserName(bot.Ok("auth", "whoami", "-o", "json")));
        Assert.Equal("no", bot.Run("auth", "can-i", "list", "configmaps").Output.Trim());

        Assert.Equal("rolebinding.rbac.authorization.k8s.io/kc-bot-view created",
            _admin.Ok("create", "rolebinding", "kc-bot-view", "--clusterrole=view", "--serviceaccount=test:kc-bot").Trim());
        var binding = JsonDocument.Parse(_admin.Ok("get", "rolebinding", "kc-bot-view", "-o", "json")).RootElement;
        Assert.Equal("view", binding.GetProperty("roleRef").GetProperty("name").GetString());
        var subject = Assert.Single(binding.GetProperty("subjects").EnumerateArray());
        Assert.Equal(("ServiceAccount", "kc-bot", "test"), (subject.GetProperty("kind").GetString(), subject.GetProperty("name").GetString(), subject.GetProperty("namespace").GetString()));

        // The binding is honoured: view reads configmaps, not secrets.
        Assert.Contains("configmap/kube-root-ca.crt", Lines(bot.Ok("get", "configmaps", "-o", "name")));
        var (code, _, error) = bot.Run("get", "secrets");
        Assert.NotEqual(0, code);
        Assert.Contains("Forbidden", error, StringComparison.Ordinal);

        // Each create was one POST that succeeded, not a retry after a refusal.
        var posts = ClusterRequests(withStatus: true).Where(r => r.StartsWith("POST /api", StringComparison.Ordinal)).ToList();
        Assert.Contains(posts, p => p.StartsWith("POST /api/v1/namespaces/test/serviceaccounts?", StringComparison.Ordinal) && p.EndsWith(" 201", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.StartsWith("POST /api/v1/namespaces/test/serviceaccounts/kc-bot/token", StringComparison.Ordinal) && p.EndsWith(" 201", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.StartsWith("POST /apis/rbac.authorization.k8s.io/v1/namespaces/test/rolebindings", StringComparison.Ordinal) && p.EndsWith(" 201", StringComparison.Ordinal));
        Assert.DoesNotContain(posts, p => p.EndsWith(" 400", StringComparison.Ordinal) || p.EndsWith(" 415", StringComparison.Ordinal));
    }

    [KubectlFact]
    public void Create_configmap_is_stored_with_its_data()
    {
        _admin.Ok("create", "configmap", "kc-settings", "--from-literal=mode=fast", "--from-literal=level=3");
        var map = JsonDocument.Parse(_admin.Ok("get", "configmap", "kc-settings", "-o", "json")).RootElement;
        Assert.Equal("fast", map.GetProperty("data").GetProperty("mode").GetString());
        Assert.Equal("3", map.GetProperty("data").GetProperty("level").GetString());
    }

    public void Dispose() => _admin.Dispose();

    private IReadOnlyList<string> ClusterRequests(bool withStatus = false) =>
        _fixture.Sandbox.Requests()
            .Where(r => r.GetProperty("host").GetString() == _fixture.ClusterUri.Authority)
            .Select(r => r.GetProperty("method").GetString() + " " + r.GetProperty("pathAndQuery").GetString() + (withStatus ? " " + r.GetProperty("status").GetInt32() : string.Empty))
            .ToList();

    private static string? UserName(string whoamiJson) =>
        JsonDocument.Parse(whoamiJson).RootElement.GetProperty("status").GetProperty("userInfo").GetProperty("username").GetString();

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string[] Columns(string row) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - (payload.Length % 4)) % 4);
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement;
    }
}
