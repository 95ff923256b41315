using System;
using System.Linq;
using System.Management.Automation;
using RedHatApi.Models.OpenShift;
using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>New-, Get- and Remove-OpenShiftServiceAccount against the sandbox cluster: paging with continue, errors, -WhatIf.</summary>
public sealed class OpenShiftServiceAccountTests : OpenShiftModuleTest
{
    private const string GetId = ",RedHatApi.Commands.OpenShift.GetOpenShiftServiceAccountCommand";
    private const string NewId = ",RedHatApi.Commands.OpenShift.NewOpenShiftServiceAccountCommand";
    private const string RemoveId = ",RedHatApi.Commands.OpenShift.RemoveOpenShiftServiceAccountCommand";

    // The sandbox seeds builder, default and deployer in every namespace (OpenShift) and 20 runners in "ci".
    private const int CiAccounts = 23;

    public OpenShiftServiceAccountTests(ClusterSandboxFixture fixture)
        : base(fixture)
    {
        Connect();
        Sandbox.ClearRequests();
    }

    [Fact]
    public void A_namespace_lists_in_pages_chained_by_continue_in_name_order()
    {
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -PageSize 10");
        Assert.Empty(result.ErrorIds);
        var accounts = result.OutputOf<OpenShiftServiceAccount>();
        Assert.Equal(CiAccounts, accounts.Count);
        Assert.Equal(accounts.Select(a => a.Name).OrderBy(n => n, StringComparer.Ordinal), accounts.Select(a => a.Name));
        Assert.All(accounts, a => Assert.Equal("ci", a.Namespace));
        Assert.Equal(accounts.Count, accounts.Select(a => a.Uid).Distinct().Count());

        var requests = ClusterRequests();
        Assert.Equal(3, requests.Count);
        Assert.Equal("GET /api/v1/namespaces/ci/serviceaccounts?limit=10", requests[0]);
        Assert.All(requests.Skip(1), r => Assert.Contains("&continue=", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_exactly_full_end_without_an_extra_request()
    {
        // 23 = 23 in one page: the last page carries no continue token, so nothing more is asked.
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -PageSize 23");
        Assert.Equal(CiAccounts, result.OutputOf<OpenShiftServiceAccount>().Count);
        Assert.Single(ClusterRequests());
    }

    [Fact]
    public void First_and_Skip_are_honoured_with_a_cursor_API()
    {
        var all = Run("Get-OpenShiftServiceAccount -Namespace ci").OutputOf<OpenShiftServiceAccount>().Select(a => a.Name).ToList();
        Sandbox.ClearRequests();
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -PageSize 5 -Skip 7 -First 4");
        Assert.Equal(all.Skip(7).Take(4), result.OutputOf<OpenShiftServiceAccount>().Select(a => a.Name));

        // Skip is read and dropped client-side (a continue token cannot start at an offset); the last limit shrinks to -First.
        Assert.Equal(new[] { "limit=5", "limit=5", "limit=1" }, ClusterRequests().Select(r => r.Split('?')[1].Split('&')[0]));
    }

    [Fact]
    public void IncludeTotalCount_uses_remainingItemCount()
    {
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -PageSize 5 -First 2 -IncludeTotalCount");
        Assert.Equal(2, result.OutputOf<OpenShiftServiceAccount>().Count);
        var total = Assert.Single(result.Output, o => o.BaseObject is not OpenShiftServiceAccount);
        Assert.Equal((ulong)CiAccounts, Assert.IsType<ulong>(total.BaseObject));
    }

    [Fact]
    public void A_continue_token_older_than_the_compaction_is_OpenShiftContinueExpired_inside_ListingIncomplete()
    {
        Sandbox.Send(System.Net.Http.HttpMethod.Put, "_sandbox/cluster/settings", new { continueLifetimeSeconds = 0 });
        Connect();
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -PageSize 10");
        var record = Assert.Single(result.AllErrors);
        Assert.Equal("ListingIncomplete" + GetId, record.FullyQualifiedErrorId);
        var inner = Assert.IsType<RedHatApi.Errors.RedHatApiException>(record.Exception.InnerException);
        Assert.Equal("OpenShiftContinueExpired", inner.ErrorId);
        Assert.Equal("Expired", inner.ApiErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Gone, inner.StatusCode);
        Assert.Contains("Run the command again", record.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(10, result.OutputOf<OpenShiftServiceAccount>().Count);
    }

    [Fact]
    public void AllNamespaces_lists_every_namespace_and_a_label_selector_filters_on_the_server()
    {
        var all = Run("Get-OpenShiftServiceAccount -AllNamespaces -PageSize 7").OutputOf<OpenShiftServiceAccount>();
        Assert.Equal(new[] { "ci", "default", "kube-system", "test" }, all.Select(a => a.Namespace).Distinct());
        Assert.Equal(CiAccounts + 9, all.Count);

        Sandbox.ClearRequests();
        var runners = Run("Get-OpenShiftServiceAccount -Namespace ci -LabelSelector app=ci-runner").OutputOf<OpenShiftServiceAccount>();
        Assert.Equal(20, runners.Count);
        Assert.All(runners, r => Assert.Equal("ci-runner", r.Labels["app"]));
        Assert.Contains("labelSelector=app%3Dci-runner", Assert.Single(ClusterRequests()), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_read_one_by_one_and_wildcards_filter_the_list()
    {
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -Name default, nobody, runner-07");
        Assert.Equal(new[] { "default", "runner-07" }, result.OutputOf<OpenShiftServiceAccount>().Select(a => a.Name));
        Assert.Equal("OpenShiftObjectNotFound" + GetId, Assert.Single(result.ErrorIds));
        Assert.Equal("nobody", result.Errors.Single().TargetObject);
        Assert.Contains("ci/nobody", result.Errors.Single().Exception.Message, StringComparison.Ordinal);

        var wild = Run("Get-OpenShiftServiceAccount -Namespace ci -Name 'runner-1*' -PageSize 3");
        Assert.Equal(Enumerable.Range(10, 10).Select(i => "runner-" + i), wild.OutputOf<OpenShiftServiceAccount>().Select(a => a.Name));
    }

    [Fact]
    public void New_creates_with_labels_and_a_taken_name_is_OpenShiftAlreadyExists_while_the_rest_goes_on()
    {
        var result = Run("New-OpenShiftServiceAccount -Namespace test -Name robot, default, robot-2 -Label @{ team = 'infra' }");
        Assert.Equal(new[] { "robot", "robot-2" }, result.OutputOf<OpenShiftServiceAccount>().Select(a => a.Name));
        Assert.Equal("OpenShiftAlreadyExists" + NewId, Assert.Single(result.ErrorIds));
        Assert.Equal(ErrorCategory.ResourceExists, result.Errors.Single().CategoryInfo.Category);

        var read = Run("Get-OpenShiftServiceAccount -Namespace test -Name robot").OutputOf<OpenShiftServiceAccount>().Single();
        Assert.Equal("infra", read.Labels["team"]);
        Assert.Equal("system:serviceaccount:test:robot", read.UserName);
        Assert.Equal(result.OutputOf<OpenShiftServiceAccount>()[0].Uid, read.Uid);

        // Legacy clusters give a new account a token secret (and OpenShift a dockercfg one).
        Assert.Contains(read.Secrets, s => s.StartsWith("robot-token-", StringComparison.Ordinal));
        Assert.Contains(read.ImagePullSecrets, s => s.StartsWith("robot-dockercfg-", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_name_is_OpenShiftInvalid_with_the_cluster_message_and_a_missing_namespace_is_not_found()
    {
        var result = Run("New-OpenShiftServiceAccount -Namespace test -Name Bad_Name");
        Assert.Equal("OpenShiftInvalid" + NewId, Assert.Single(result.ErrorIds));
        Assert.Contains("RFC 1123", result.Errors.Single().Exception.Message, StringComparison.Ordinal);

        var missing = Run("New-OpenShiftServiceAccount -Namespace nowhere -Name robot");
        Assert.Equal("OpenShiftObjectNotFound" + NewId, Assert.Single(missing.ErrorIds));
        Assert.Contains("namespaces \"nowhere\" not found", missing.Errors.Single().Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_takes_Get_output_from_the_pipeline_and_WhatIf_sends_nothing()
    {
        Run("New-OpenShiftServiceAccount -Namespace test -Name gone-1, gone-2");
        Sandbox.ClearRequests();
        var whatIf = Run("Get-OpenShiftServiceAccount -Namespace test -Name 'gone-*' | Remove-OpenShiftServiceAccount -WhatIf");
        Assert.Equal(2, whatIf.WhatIf.Count);
        Assert.Contains($"DELETE {Fixture.ClusterUri.AbsoluteUri}api/v1/namespaces/test/serviceaccounts/gone-1", whatIf.WhatIf[0], StringComparison.Ordinal);
        Assert.DoesNotContain(ClusterRequests(), r => r.StartsWith("DELETE", StringComparison.Ordinal));

        var removed = Run("Get-OpenShiftServiceAccount -Namespace test -Name 'gone-*' | Remove-OpenShiftServiceAccount -Confirm:$false");
        Assert.Empty(removed.ErrorIds);
        Assert.Equal(2, ClusterRequests().Count(r => r.StartsWith("DELETE /api/v1/namespaces/test/serviceaccounts/gone-", StringComparison.Ordinal)));
        Assert.Empty(Run("Get-OpenShiftServiceAccount -Namespace test -Name 'gone-*'").OutputOf<OpenShiftServiceAccount>());

        var again = Run("Remove-OpenShiftServiceAccount -Namespace test -Name gone-1, default -Confirm:$false");
        Assert.Equal("OpenShiftObjectNotFound" + RemoveId, Assert.Single(again.ErrorIds));
        // The pipeline went on past the missing one: default was removed.
        Assert.Empty(Run("Get-OpenShiftServiceAccount -Namespace test -Name default").OutputOf<OpenShiftServiceAccount>());
    }

    [Fact]
    public void New_WhatIf_shows_the_POST_and_sends_nothing()
    {
        var result = Run("New-OpenShiftServiceAccount -Namespace test -Name robot -WhatIf");
        Assert.Contains($"POST {Fixture.ClusterUri.AbsoluteUri}api/v1/namespaces/test/serviceaccounts", Assert.Single(result.WhatIf), StringComparison.Ordinal);
        Assert.Empty(ClusterRequests());
    }

    [Fact]
    public void A_token_without_the_role_is_PermissionDenied_with_the_RBAC_message()
    {
        Run("Connect-RedHatApi -ClusterUrl $cluster -AccessToken $developerToken -CertificateAuthority $ca");
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci");
        Assert.Equal("PermissionDenied" + GetId, Assert.Single(result.ErrorIds));
        Assert.Contains("User \"developer\" cannot list resource \"serviceaccounts\"", result.Terminating!.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.PermissionDenied, result.Terminating.CategoryInfo.Category);
    }

    [Fact]
    public void Throttling_429_with_Retry_After_is_retried()
    {
        Sandbox.AddFaultRule(new { pathContains = "/serviceaccounts", status = 429, retryAfterSeconds = 0.2, count = 1 });
        var result = Run("Get-OpenShiftServiceAccount -Namespace ci -First 3");
        Assert.Empty(result.ErrorIds);
        Assert.Equal(3, result.OutputOf<OpenShiftServiceAccount>().Count);
        Assert.Equal(2, ClusterRequests().Count);
    }
}
