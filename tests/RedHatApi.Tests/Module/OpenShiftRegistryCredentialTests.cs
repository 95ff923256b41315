using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using RedHatApi.Models.OpenShift;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Get-OpenShiftRegistryCredential: registry host from the cluster, user name rules, the session token as the password, both output shapes.</summary>
public sealed class OpenShiftRegistryCredentialTests : OpenShiftModuleTest
{
    private const string CommandId = ",RedHatApi.Commands.OpenShift.GetOpenShiftRegistryCredentialCommand";
    private const string ImageConfig = "GET /apis/config.openshift.io/v1/images/cluster";

    public OpenShiftRegistryCredentialTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void The_default_is_a_PSCredential_for_the_registry_route_the_cluster_publishes_with_the_session_token()
    {
        Connect();
        Sandbox.ClearRequests();
        var result = Run("Get-OpenShiftRegistryCredential -Verbose -Debug");
        Assert.Empty(result.ErrorIds);
        var output = Assert.Single(result.Output);
        var credential = Assert.IsType<PSCredential>(output.BaseObject);

        // kube:admin cannot be a registry user name (clients split user:password at the first colon).
        Assert.Equal("kubeadmin", credential.UserName);
        Assert.Equal(Fixture.AdminToken, credential.GetNetworkCredential().Password);
        Assert.Equal(Fixture.ClusterUri.Authority, output.Properties["Cluster"].Value);

        // The host is what images.config.openshift.io/cluster lists, read with the session's token.
        var published = Sandbox.Get("_sandbox/cluster/oauth").GetProperty("registryDefaultRoute").GetBoolean();
        Assert.True(published);
        Assert.Contains(ImageConfig, ClusterRequests());
        var host = Assert.IsType<string>(output.Properties["Registry"].Value);
        Assert.StartsWith("default-route-openshift-image-registry.apps.", host, StringComparison.Ordinal);
        AssertNoSecret(result);
    }

    [Fact]
    public void AsDockerConfigJson_gives_auths_with_base64_user_and_token_for_the_registry()
    {
        Connect();
        var result = Run("Get-OpenShiftRegistryCredential -AsDockerConfigJson; Get-OpenShiftRegistryCredential -AsPSCredential");
        Assert.Empty(result.ErrorIds);
        var json = Assert.Single(result.OutputOf<string>());
        var registry = (string)result.Output.Single(o => o.BaseObject is PSCredential).Properties["Registry"].Value;
        using var doc = JsonDocument.Parse(json);
        var auths = doc.RootElement.GetProperty("auths");
        var entry = Assert.Single(auths.EnumerateObject());
        Assert.Equal(registry, entry.Name);
        var plain = Encoding.UTF8.GetString(Convert.FromBase64String(entry.Value.GetProperty("auth").GetString()!));
        Assert.Equal("kubeadmin:" + Fixture.AdminToken, plain);
    }

    [Fact]
    public void The_password_of_an_OAuth_session_is_its_current_token_and_authenticates_as_that_user()
    {
        var password = Sandbox.Credentials().GetProperty("cluster").GetProperty("oauthUsers").EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == "developer").GetProperty("password").GetString()!;
        var result = Run(
            "Connect-RedHatApi -ClusterUrl $cluster -Credential $login -CertificateAuthority $ca; Get-OpenShiftRegistryCredential -Registry registry.example.com:5000",
            Vars(("login", new PSCredential("developer", Secrets.Secure(password)))));
        Assert.Empty(result.ErrorIds);
        var output = Assert.Single(result.Output);
        var credential = Assert.IsType<PSCredential>(output.BaseObject);
        Assert.Equal("developer", credential.UserName);
        Assert.Equal("registry.example.com:5000", output.Properties["Registry"].Value);
        Assert.DoesNotContain(ImageConfig, ClusterRequests());

        // The token the session logged in for is a working bearer of the same user.
        var check = Run(
            "Connect-RedHatApi -ClusterUrl $cluster -AccessToken $token -CertificateAuthority $ca -ClusterName check; Get-OpenShiftCurrentUser -Cluster check",
            Vars(("token", credential.Password)));
        Assert.Empty(check.ErrorIds);
        Assert.Equal("developer", Assert.Single(check.OutputOf<OpenShiftUser>()).Name);
        Assert.DoesNotContain("sha256~", string.Join("\n", result.AllText().Concat(check.AllText())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_account_token_gets_the_user_name_serviceaccount()
    {
        Connect();
        var result = Run("""
            $t = New-OpenShiftServiceAccountToken -Namespace ci -ServiceAccount runner-01
            Connect-RedHatApi -ClusterUrl $cluster -AccessToken $t.Token -CertificateAuthority $ca -ClusterName robot
            Get-OpenShiftRegistryCredential -Cluster robot -AsDockerConfigJson
            """);
        Assert.Empty(result.ErrorIds);
        using var doc = JsonDocument.Parse(Assert.Single(result.OutputOf<string>()));
        var auth = doc.RootElement.GetProperty("auths").EnumerateObject().Single().Value.GetProperty("auth").GetString()!;
        var plain = Encoding.UTF8.GetString(Convert.FromBase64String(auth));
        Assert.StartsWith("serviceaccount:eyJ", plain, StringComparison.Ordinal);
        Assert.Equal("system:serviceaccount:ci:runner-01", ClusterUsers().Last());
    }

    [Fact]
    public void Without_a_published_registry_host_it_is_OpenShiftRegistryNotExposed_naming_Registry()
    {
        Sandbox.Send(HttpMethod.Put, "_sandbox/cluster/oauth", new { registryDefaultRoute = false });
        Connect();
        var result = Run("Get-OpenShiftRegistryCredential");
        Assert.Equal("OpenShiftRegistryNotExposed" + CommandId, Assert.Single(result.ErrorIds));
        Assert.Contains("-Registry", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Contains(ImageConfig, ClusterRequests());
        Assert.Empty(result.Output);
    }

    [Fact]
    public void No_session_is_NotConnected()
    {
        var result = Run("Get-OpenShiftRegistryCredential");
        Assert.Equal("NotConnected" + CommandId, Assert.Single(result.ErrorIds));
    }
}
