using System;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.OpenShift;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>Grant- and Revoke-OpenShiftRole against the sandbox cluster: bindings made and reused as oc does, and their effect on RBAC.</summary>
public sealed class OpenShiftRoleTests : OpenShiftModuleTest
{
    private const string GrantId = ",RedHatApi.Commands.OpenShift.GrantOpenShiftRoleCommand";
    private const string RevokeId = ",RedHatApi.Commands.OpenShift.RevokeOpenShiftRoleCommand";
    private const string RoleBindings = "/apis/rbac.authorization.k8s.io/v1/namespaces/test/rolebindings";

    public OpenShiftRoleTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
        Connect();
    }

    /// <summary>A service account "robot" in test, and $robot: a second session connected with its bound token.</summary>
    private void ConnectRobot()
    {
        var result = Run("""
            $null = New-OpenShiftServiceAccount -Namespace test -Name robot
            $t = New-OpenShiftServiceAccountToken -Namespace test -ServiceAccount robot
            $robot = Connect-RedHatApi -ClusterUrl $cluster -AccessToken $t.Token -CertificateAuthority $ca -NewSession -ClusterName robot
            """);
        Assert.Empty(result.ErrorIds);
        Sandbox.ClearRequests();
    }

    [Fact]
    public void Edit_granted_to_a_service_account_lets_its_token_list_the_namespace_until_it_is_revoked()
    {
        ConnectRobot();
        var before = Run("Get-OpenShiftServiceAccount -Session $robot -Namespace test");
        Assert.Equal("PermissionDenied,RedHatApi.Commands.OpenShift.GetOpenShiftServiceAccountCommand", Assert.Single(before.ErrorIds));

        var grant = Run("Grant-OpenShiftRole edit -ServiceAccount robot -Namespace test");
        Assert.Empty(grant.ErrorIds);
        var binding = Assert.Single(grant.OutputOf<OpenShiftRoleBinding>());
        Assert.Equal(("RoleBinding", "test", "edit", "ClusterRole", "edit"), (binding.Kind, binding.Namespace, binding.Name, binding.RoleKind, binding.RoleName));
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal("system:serviceaccount:test:robot", subject.UserName);
        Assert.Contains("POST " + RoleBindings, ClusterRequests());

        // What the admin sees in test is what the robot now sees; another namespace stays closed.
        var admin = Run("Get-OpenShiftServiceAccount -Namespace test").OutputOf<OpenShiftServiceAccount>().Select(a => a.Name).ToList();
        var after = Run("Get-OpenShiftServiceAccount -Session $robot -Namespace test");
        Assert.Empty(after.ErrorIds);
        Assert.Equal(admin, after.OutputOf<OpenShiftServiceAccount>().Select(a => a.Name));
        Assert.Contains("robot", admin);
        Assert.Single(Run("Get-OpenShiftServiceAccount -Session $robot -Namespace ci").ErrorIds);

        Sandbox.ClearRequests();
        var revoke = Run("Revoke-OpenShiftRole edit -ServiceAccount robot -Namespace test");
        Assert.Empty(revoke.ErrorIds);
        Assert.Empty(revoke.Output);
        Assert.Contains("DELETE " + RoleBindings + "/edit", ClusterRequests());
        var again = Run("Get-OpenShiftServiceAccount -Session $robot -Namespace test");
        Assert.Equal("PermissionDenied,RedHatApi.Commands.OpenShift.GetOpenShiftServiceAccountCommand", Assert.Single(again.ErrorIds));
    }

    [Fact]
    public void A_binding_of_the_same_role_is_reused_and_deleted_only_when_its_last_subject_goes()
    {
        var first = Run("Grant-OpenShiftRole view -User alice -Namespace test").OutputOf<OpenShiftRoleBinding>().Single();
        Sandbox.ClearRequests();
        var second = Run("Grant-OpenShiftRole view -User bob, alice -Namespace test").OutputOf<OpenShiftRoleBinding>();
        Assert.Equal(2, second.Count);
        Assert.All(second, b => Assert.Equal(first.Uid, b.Uid));
        Assert.Equal(new[] { "alice", "bob" }, second[0].Subjects.Select(s => s.Name));
        var writes = ClusterRequests().Where(r => !r.StartsWith("GET", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "PUT " + RoleBindings + "/view" }, writes);

        Sandbox.ClearRequests();
        Assert.Empty(Run("Revoke-OpenShiftRole view -User alice -Namespace test").ErrorIds);
        Assert.Empty(Run("Revoke-OpenShiftRole view -User bob -Namespace test").ErrorIds);
        Assert.Equal(
            new[] { "PUT " + RoleBindings + "/view", "DELETE " + RoleBindings + "/view" },
            ClusterRequests().Where(r => !r.StartsWith("GET", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_name_taken_by_another_role_gives_the_new_binding_the_next_free_name()
    {
        var edit = Run("Grant-OpenShiftRole edit -Group qa -Namespace test -BindingName view").OutputOf<OpenShiftRoleBinding>().Single();
        Assert.Equal(("view", "edit"), (edit.Name, edit.RoleName));
        var view = Run("Grant-OpenShiftRole view -Group qa -Namespace test").OutputOf<OpenShiftRoleBinding>().Single();
        Assert.Equal(("view-0", "view"), (view.Name, view.RoleName));
        Assert.Equal("Group qa", view.Subjects.Single().ToString());
    }

    [Fact]
    public void The_role_of_a_binding_cannot_change_the_cluster_answers_422()
    {
        Run("Grant-OpenShiftRole view -User alice -Namespace test");
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var http = new HttpClient(handler) { BaseAddress = Fixture.ClusterUri };
        using var request = new HttpRequestMessage(HttpMethod.Put, "apis/rbac.authorization.k8s.io/v1/namespaces/test/rolebindings/view")
        {
            Content = new StringContent(
                """{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"view","namespace":"test"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"admin"},"subjects":[{"kind":"User","name":"alice"}]}""",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Fixture.AdminToken);
        using var response = http.Send(request);
        Assert.Equal(422, (int)response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(response.Content.ReadAsStream());
        Assert.Equal("Invalid", body.RootElement.GetProperty("reason").GetString());
        Assert.Contains("cannot change roleRef", body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("view", Run("Grant-OpenShiftRole view -User bob -Namespace test").OutputOf<OpenShiftRoleBinding>().Single().RoleName);
    }

    [Fact]
    public void ClusterWide_makes_a_ClusterRoleBinding_that_works_in_every_namespace()
    {
        ConnectRobot();
        var granted = Run("Grant-OpenShiftRole view -ServiceAccount robot -Namespace test -ClusterWide");
        Assert.True(granted.ErrorIds.Count == 0, string.Join("; ", granted.AllErrors.Select(e => e.Exception.Message)));
        var binding = granted.OutputOf<OpenShiftRoleBinding>().Single();
        Assert.Equal(("ClusterRoleBinding", (string?)null), (binding.Kind, binding.Namespace));
        Assert.Equal("test", binding.Subjects.Single().Namespace);
        Assert.Contains("POST /apis/rbac.authorization.k8s.io/v1/clusterrolebindings", ClusterRequests());

        var pods = Run("Get-OpenShiftResource v1 Pod -Session $robot -Namespace ci");
        Assert.Empty(pods.ErrorIds);
        Assert.NotEmpty(pods.Output);

        // view reads but does not write, and does not read secrets.
        Assert.Equal("PermissionDenied" + ",RedHatApi.Commands.OpenShift.NewOpenShiftServiceAccountCommand", Assert.Single(Run("New-OpenShiftServiceAccount -Session $robot -Namespace ci -Name nope").ErrorIds));
        Assert.Single(Run("Get-OpenShiftResource v1 Secret -Session $robot -Namespace ci").ErrorIds);

        Assert.Empty(Run("Revoke-OpenShiftRole view -ServiceAccount robot -Namespace test -ClusterWide").ErrorIds);
        Assert.Single(Run("Get-OpenShiftResource v1 Pod -Session $robot -Namespace ci").ErrorIds);
    }

    [Fact]
    public void A_namespaced_Role_grants_only_its_rules_and_cannot_be_bound_cluster_wide()
    {
        ConnectRobot();
        Assert.Empty(Run("Grant-OpenShiftRole configmap-reader -RoleKind Role -ServiceAccount robot -Namespace test").ErrorIds);
        Assert.Empty(Run("Get-OpenShiftResource v1 ConfigMap -Session $robot -Namespace test").ErrorIds);
        Assert.Single(Run("Get-OpenShiftResource v1 Pod -Session $robot -Namespace test").ErrorIds);

        Sandbox.ClearRequests();
        var wide = Run("Grant-OpenShiftRole configmap-reader -RoleKind Role -ServiceAccount robot -Namespace test -ClusterWide");
        Assert.Equal("InvalidParameter" + GrantId, Assert.Single(wide.ErrorIds));
        Assert.Contains("-RoleKind ClusterRole", wide.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ClusterRequests());
    }

    [Fact]
    public void Revoking_a_role_that_was_not_granted_is_OpenShiftRoleNotBound_and_the_other_subjects_go_on()
    {
        Run("Grant-OpenShiftRole view -User alice, bob -Namespace test");
        var result = Run("Revoke-OpenShiftRole view -User carol, alice -Namespace test");
        Assert.Equal("OpenShiftRoleNotBound" + RevokeId, Assert.Single(result.ErrorIds));
        Assert.Equal("carol", result.Errors.Single().TargetObject);
        Assert.Contains("User carol", result.Errors.Single().Exception.Message, StringComparison.Ordinal);
        var left = Run("Grant-OpenShiftRole view -User bob -Namespace test").OutputOf<OpenShiftRoleBinding>().Single();
        Assert.Equal(new[] { "bob" }, left.Subjects.Select(s => s.Name));
    }

    [Fact]
    public void WhatIf_shows_the_method_and_URL_and_writes_nothing()
    {
        var grant = Run("Grant-OpenShiftRole view -User alice -Namespace test -WhatIf");
        Assert.Contains(grant.WhatIf, l => l.Contains("POST " + Fixture.ClusterUri.AbsoluteUri.TrimEnd('/') + RoleBindings, StringComparison.Ordinal));
        Assert.Empty(grant.Output);

        Run("Grant-OpenShiftRole view -User alice -Namespace test");
        Sandbox.ClearRequests();
        var put = Run("Grant-OpenShiftRole view -User bob -Namespace test -WhatIf");
        Assert.Contains(put.WhatIf, l => l.Contains("PUT " + Fixture.ClusterUri.AbsoluteUri.TrimEnd('/') + RoleBindings + "/view", StringComparison.Ordinal));
        var revoke = Run("Revoke-OpenShiftRole view -User alice -Namespace test -WhatIf");
        Assert.Contains(revoke.WhatIf, l => l.Contains("DELETE " + Fixture.ClusterUri.AbsoluteUri.TrimEnd('/') + RoleBindings + "/view", StringComparison.Ordinal));
        Assert.All(ClusterRequests(), r => Assert.StartsWith("GET", r, StringComparison.Ordinal));
        Assert.Equal(new[] { "alice" }, Run("Grant-OpenShiftRole view -User alice -Namespace test").OutputOf<OpenShiftRoleBinding>().Single().Subjects.Select(s => s.Name));
    }
}
