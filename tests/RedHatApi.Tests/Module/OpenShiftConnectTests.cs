using System;
using System.IO;
using System.Linq;
using RedHatApi.Models.OpenShift;
using RedHatApi.Models.Rhsm;
using RedHatApi.Session;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Connect-RedHatApi's cluster parameter sets: token and kubeconfig, TLS trust, cluster choice, secrets.</summary>
public sealed class OpenShiftConnectTests : OpenShiftModuleTest
{
    private const string ConnectId = ",RedHatApi.Commands.Session.ConnectRedHatApiCommand";

    public OpenShiftConnectTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void A_token_and_the_cluster_CA_connect_and_record_who_the_token_is()
    {
        var result = Run("Connect-RedHatApi -ClusterUrl $cluster -AccessToken $adminToken -CertificateAuthority $ca -PassThru");
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.Warnings);
        var session = Assert.Single(result.OutputOf<RedHatApiSession>());
        var cluster = Assert.Single(session.Clusters);
        Assert.Equal(Fixture.ClusterUri.Authority, cluster.Name);
        Assert.Equal("kube:admin", cluster.User);
        Assert.True(cluster.IsCurrent);
        Assert.True(cluster.HasCertificateAuthority);
        Assert.False(cluster.SkipCertificateCheck);

        // The check on connect is the "who am I" call, sent with the token.
        Assert.Contains("GET /apis/user.openshift.io/v1/users/~", ClusterRequests());
        Assert.All(ClusterUsers(), u => Assert.Equal("kube:admin", u));
        AssertNoSecret(result);
    }

    [Fact]
    public void Without_the_CA_the_cluster_certificate_is_a_TlsError_naming_CertificateAuthority()
    {
        var result = Run("Connect-RedHatApi -ClusterUrl $cluster -AccessToken $adminToken -MaxRetries 0");
        Assert.Equal("TlsError" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("-CertificateAuthority", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Null(Run("Get-RedHatApiSession").Output.SingleOrDefault()?.BaseObject);
        AssertNoSecret(result);
    }

    [Fact]
    public void SkipCertificateCheck_connects_and_warns_that_only_the_cluster_is_affected()
    {
        var result = Run("Connect-RedHatApi -ClusterUrl $cluster -AccessToken $adminToken -SkipCertificateCheck -PassThru; Get-OpenShiftCurrentUser");
        Assert.Empty(result.ErrorIds);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains(Fixture.ClusterUri.Authority, warning.Message, StringComparison.Ordinal);
        Assert.Contains("not to the session's Red Hat APIs", warning.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(result.OutputOf<RedHatApiSession>()).Clusters.Single().SkipCertificateCheck);
        Assert.Equal("kube:admin", Assert.Single(result.OutputOf<OpenShiftUser>()).Name);
    }

    [Fact]
    public void A_wrong_token_is_AuthenticationFailed_and_the_token_never_shows()
    {
        const string wrong = "sha256~ThisIsNotTheTokenYouAreLookingFor0123456789";
        var result = Run("Connect-RedHatApi -ClusterUrl $cluster -AccessToken $wrong -CertificateAuthority $ca -Verbose -Debug",
            Vars(("wrong", Secrets.Secure(wrong))));
        Assert.Equal("AuthenticationFailed" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("401", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        AssertNoSecret(result, wrong);
    }

    [Fact]
    public void A_cluster_joins_the_session_beside_the_Red_Hat_credentials_and_both_keep_working()
    {
        var result = Run("""
            Connect-RedHatApi -Sandbox $sandbox
            Connect-RedHatApi -ClusterUrl $cluster -AccessToken $adminToken -CertificateAuthority $ca -ClusterName lab
            Get-RhsmSystem -First 2
            Get-OpenShiftCurrentUser
            Get-RedHatApiSession
            """);
        Assert.Empty(result.ErrorIds);
        Assert.Equal(2, result.OutputOf<RhsmSystem>().Count);
        Assert.Equal("lab", Assert.Single(result.OutputOf<OpenShiftUser>()).Cluster);
        var session = Assert.Single(result.OutputOf<RedHatApiSession>());
        Assert.Contains(ApiName.Rhsm, session.Apis);
        Assert.Equal("lab", Assert.Single(session.Clusters).Name);

        // The cluster's CA was not pushed onto the Red Hat endpoints' settings.
        Assert.Null(session.Core.Network.CertificateAuthority);
        Assert.Contains("cluster lab", session.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cmdlets_use_the_cluster_connected_last_unless_Cluster_names_another()
    {
        var result = Run("""
            Connect-RedHatApi -ClusterUrl $cluster -AccessToken $adminToken -CertificateAuthority $ca -ClusterName admin
            Connect-RedHatApi -ClusterUrl $cluster -AccessToken $developerToken -CertificateAuthority $ca -ClusterName dev
            Get-OpenShiftCurrentUser
            Get-OpenShiftCurrentUser -Cluster admin
            Get-OpenShiftCurrentUser -Cluster $cluster.AbsoluteUri
            """);
        Assert.Empty(result.ErrorIds);
        var users = result.OutputOf<OpenShiftUser>();
        Assert.Equal(new[] { "developer", "kube:admin" }, users.Take(2).Select(u => u.Name));

        // Two clusters share the URL here: a URL picks the first connected.
        Assert.Equal("admin", users[2].Cluster);
    }

    [Fact]
    public void No_cluster_or_an_unknown_one_is_ClusterNotConnected()
    {
        var none = Run("Connect-RedHatApi -Sandbox $sandbox; Get-OpenShiftCurrentUser");
        Assert.Equal("OpenShiftClusterNotConnected,RedHatApi.Commands.OpenShift.GetOpenShiftCurrentUserCommand", Assert.Single(none.ErrorIds));
        Assert.Contains("-Kubeconfig", none.Terminating!.Exception.Message, StringComparison.Ordinal);

        Connect();
        var unknown = Run("Get-OpenShiftCurrentUser -Cluster prod");
        Assert.Equal("OpenShiftClusterNotConnected,RedHatApi.Commands.OpenShift.GetOpenShiftCurrentUserCommand", Assert.Single(unknown.ErrorIds));
        Assert.Contains(Fixture.ClusterUri.Authority, unknown.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kubeconfig_context_gives_server_CA_token_and_namespace()
    {
        var ca = Convert.ToBase64String(File.ReadAllBytes(Fixture.CaPath));
        var path = TempFile($"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: sandbox
              cluster:
                server: {Fixture.ClusterUri.AbsoluteUri.TrimEnd('/')}
                certificate-authority-data: {ca}
            - name: elsewhere
              cluster:
                server: https://api.elsewhere.example.com:6443
            users:
            - name: admin/sandbox
              user:
                token: {Fixture.AdminToken}
            - name: developer/sandbox
              user:
                token: {Fixture.DeveloperToken}
            contexts:
            - name: ci/sandbox/admin
              context:
                cluster: sandbox
                user: admin/sandbox
                namespace: ci
            - name: dev
              context:
                cluster: sandbox
                user: developer/sandbox
            current-context: ci/sandbox/admin
            """);
        var result = Run("Connect-RedHatApi -Kubeconfig $path -PassThru; Get-OpenShiftServiceAccount -Name default", Vars(("path", path)));
        Assert.Empty(result.ErrorIds);
        Assert.Empty(result.Warnings);
        var cluster = Assert.Single(Assert.Single(result.OutputOf<RedHatApiSession>()).Clusters);
        Assert.Equal("ci/sandbox/admin", cluster.Name);
        Assert.Equal("ci", cluster.DefaultNamespace);
        Assert.Equal("kube:admin", cluster.User);
        Assert.Contains(path, cluster.Source, StringComparison.Ordinal);

        // The context's namespace is the default for -Namespace.
        Assert.Equal("ci", Assert.Single(result.OutputOf<OpenShiftServiceAccount>()).Namespace);

        var dev = Run("Connect-RedHatApi -Kubeconfig $path -Context dev; Get-OpenShiftCurrentUser", Vars(("path", path)));
        Assert.Empty(dev.ErrorIds);
        Assert.Equal("developer", Assert.Single(dev.OutputOf<OpenShiftUser>()).Name);
        AssertNoSecret(result);
        AssertNoSecret(dev);
    }

    [Fact]
    public void A_kubeconfig_with_a_CA_file_path_relative_to_it_and_a_tokenFile_connects()
    {
        var directory = Path.GetDirectoryName(TempFile(string.Empty))!;
        var tokenFile = TempFile(Fixture.AdminToken, ".token");
        var path = TempFile($$$"""
            clusters:
            - name: c
              cluster: {server: "{{{Fixture.ClusterUri.AbsoluteUri}}}", certificate-authority: "{{{Path.GetRelativePath(directory, Fixture.CaPath)}}}"}
            users:
            - name: u
              user: {tokenFile: "{{{Path.GetFileName(tokenFile)}}}"}
            contexts:
            - name: c
              context: {cluster: c, user: u}
            current-context: c
            """);
        var result = Run("Connect-RedHatApi -Kubeconfig $path; Get-OpenShiftCurrentUser", Vars(("path", path)));
        Assert.Empty(result.ErrorIds);
        Assert.Equal("kube:admin", Assert.Single(result.OutputOf<OpenShiftUser>()).Name);
    }

    [Fact]
    public void A_kubeconfig_that_skips_TLS_verification_warns()
    {
        var path = TempFile($$$"""
            clusters:
            - name: c
              cluster:
                server: {{{Fixture.ClusterUri.AbsoluteUri}}}
                insecure-skip-tls-verify: true
            users:
            - {name: u, user: {token: "{{{Fixture.AdminToken}}}"}}
            contexts:
            - {name: c, context: {cluster: c, user: u}}
            current-context: c
            """);
        var result = Run("Connect-RedHatApi -Kubeconfig $path; Get-OpenShiftCurrentUser", Vars(("path", path)));
        Assert.Empty(result.ErrorIds);
        Assert.Contains("insecure-skip-tls-verify", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_context_or_a_certificate_user_fails_with_the_fix()
    {
        var path = TempFile($$$"""
            clusters:
            - {name: c, cluster: {server: "{{{Fixture.ClusterUri.AbsoluteUri}}}"}}
            users:
            - {name: cert, user: {client-certificate-data: AAAA, client-key-data: BBBB}}
            contexts:
            - {name: c, context: {cluster: c, user: cert}}
            """);
        var missing = Run("Connect-RedHatApi -Kubeconfig $path -Context nope", Vars(("path", path)));
        Assert.Equal("KubeconfigInvalid" + ConnectId, Assert.Single(missing.ErrorIds));
        Assert.Contains("its contexts are: c", missing.Terminating!.Exception.Message, StringComparison.Ordinal);

        var noCurrent = Run("Connect-RedHatApi -Kubeconfig $path", Vars(("path", path)));
        Assert.Equal("KubeconfigInvalid" + ConnectId, Assert.Single(noCurrent.ErrorIds));
        Assert.Contains("-Context", noCurrent.Terminating!.Exception.Message, StringComparison.Ordinal);

        var certificate = Run("Connect-RedHatApi -Kubeconfig $path -Context c", Vars(("path", path)));
        Assert.Equal("KubeconfigUserUnsupported" + ConnectId, Assert.Single(certificate.ErrorIds));
        Assert.Contains("client certificate", certificate.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ClusterRequests());
    }

    [Fact]
    public void A_file_that_is_not_YAML_is_KubeconfigInvalid_with_its_line()
    {
        var path = TempFile("clusters: [\n  - name: a\n  : : :\n");
        var result = Run("Connect-RedHatApi -Kubeconfig $path", Vars(("path", path)));
        Assert.Equal("KubeconfigInvalid" + ConnectId, Assert.Single(result.ErrorIds));
        Assert.Contains("line", result.Terminating!.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disconnect_drops_the_clusters_with_the_session()
    {
        Connect();
        var result = Run("$s = Get-RedHatApiSession; Disconnect-RedHatApi; $s.Clusters.Count; Get-OpenShiftCurrentUser -Session $s");
        Assert.Equal(0, Convert.ToInt32(result.Output.First().BaseObject, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("NotConnected,RedHatApi.Commands.OpenShift.GetOpenShiftCurrentUserCommand", Assert.Single(result.ErrorIds));
    }
}
