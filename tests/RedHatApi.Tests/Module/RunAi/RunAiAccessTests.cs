using System;
using System.Linq;
using System.Net.Http;
using RedHatApi.Models.RunAi;
using RedHatApi.Tests.Fixtures;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>Get-RunAiUser, Get-RunAiRole, Get-RunAiAccessRule and Grant-/Revoke-RunAiAccessRule against the sandbox's Run:ai.</summary>
public sealed class RunAiAccessTests : RunAiResourceTest
{
    private const string UserId = ",RedHatApi.Commands.RunAi.GetRunAiUserCommand";
    private const string GrantId = ",RedHatApi.Commands.RunAi.GrantRunAiAccessRuleCommand";
    private const string RevokeId = ",RedHatApi.Commands.RunAi.RevokeRunAiAccessRuleCommand";
    private const string Rules = "/api/v1/authorization/access-rules";

    public RunAiAccessTests(SandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void An_Editor_application_gets_403_on_users_with_the_Administrator_hint()
    {
        var result = RunAs("Editor", "Get-RunAiUser");

        Assert.Equal("RunAiPermissionDenied" + UserId, Assert.Single(result.ErrorIds));
        var message = result.Terminating!.Exception.Message;
        Assert.Contains("Administrator role", message, StringComparison.Ordinal);
        Assert.Contains("GET " + new Uri(RunAiUrl, "api/v1/users").AbsoluteUri, message, StringComparison.Ordinal);
        Assert.Equal(System.Management.Automation.ErrorCategory.PermissionDenied, result.Terminating.CategoryInfo.Category);
        AssertExchangesMatchTheDocument();
    }

    [Theory]
    [InlineData(5, 6)] // 25 users: five full pages, then an empty one ends the bare array
    [InlineData(7, 4)] // 7 + 7 + 7 + 4: the short page is the end
    [InlineData(500, 1)]
    public void Users_come_as_a_bare_array_and_are_listed_once_until_a_short_page(int pageSize, int pages)
    {
        var result = RunAs("Administrator", "Get-RunAiUser -PageSize $size", ("size", pageSize));

        Assert.Empty(result.ErrorIds);
        var users = result.OutputOf<RunAiUser>();
        Assert.Equal(25, users.Count);
        Assert.Equal(25, users.Select(u => u.UserName).Distinct().Count());
        Assert.Contains(users, u => u.UserName == "admin@example.com" && u.IsLocal == true);
        Assert.Contains(users, u => u.Groups.Contains("ml-team"));
        AssertOffsetPaging(ApiRequests().Where(r => r.StartsWith("GET /api/v1/users?", StringComparison.Ordinal)).ToList(), pageSize, pages);
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void A_user_name_or_contains_pattern_goes_to_the_server_and_other_patterns_are_refused()
    {
        var result = RunAs("Administrator", """
            Get-RunAiUser -UserName admin@example.com
            Get-RunAiUser -UserName '*user00*'
            Get-RunAiUser -UserName 'user*'
            """);

        Assert.Equal("InvalidParameter" + UserId, Assert.Single(result.ErrorIds));
        var users = result.OutputOf<RunAiUser>();
        Assert.Equal("admin@example.com", users[0].UserName);
        Assert.Equal(Enumerable.Range(2, 8).Select(i => $"user{i:D3}@example.com"), users.Skip(1).Select(u => u.UserName));
        Assert.Contains(ApiRequests(), r => r.Contains("filterBy=username%3D%40user00", StringComparison.Ordinal));
    }

    [Fact]
    public void Roles_come_in_one_answer_and_an_unknown_name_lists_the_roles()
    {
        var result = RunAs("Administrator", """
            Get-RunAiRole
            Get-RunAiRole -Name '*RESEARCHER*', 'Researcher'
            """);

        Assert.Equal("RunAiRoleNotFound,RedHatApi.Commands.RunAi.GetRunAiRoleCommand", Assert.Single(result.ErrorIds));
        Assert.Contains("L1 researcher, L2 researcher", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        var roles = result.OutputOf<RunAiRole>();
        Assert.Equal(8 + 2, roles.Count);
        Assert.Contains("workloads: create, read, update, delete", roles.First(r => r.Name == "L2 researcher").Permissions);
        Assert.Equal(new[] { "L1 researcher", "L2 researcher" }, roles.Skip(8).Select(r => r.Name));
        Assert.Equal(2, ApiRequests().Count(r => r == "GET /api/v1/authorization/roles"));
        AssertExchangesMatchTheDocument();
    }

    [Theory]
    [InlineData(5, 3)] // 14 rules: 5 + 5 + 4, the short page ends the listing
    [InlineData(7, 3)] // 7 + 7, then an empty page
    [InlineData(14, 2)]
    public void Access_rules_are_listed_once_and_end_on_a_short_page(int pageSize, int pages)
    {
        var result = RunAs("Administrator", "Get-RunAiAccessRule -PageSize $size", ("size", pageSize));

        Assert.Empty(result.ErrorIds);
        var rules = result.OutputOf<RunAiAccessRule>();
        Assert.Equal(14, rules.Count);
        Assert.Equal(14, rules.Select(r => r.Id).Distinct().Count());
        Assert.Single(rules, r => r.ScopeType == "tenant" && r.SubjectId == "admin@example.com" && r.RoleName == "System administrator");
        AssertOffsetPaging(ApiRequests().Where(r => r.StartsWith("GET " + Rules + "?", StringComparison.Ordinal)).ToList(), pageSize, pages);
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void Grant_creates_a_rule_once_and_Revoke_deletes_it()
    {
        var result = RunAs("Administrator", """
            Grant-RunAiAccessRule 'l2 researcher' -User carol@example.com, dave@example.com -Project project-0003
            Grant-RunAiAccessRule 'L2 researcher' -User carol@example.com -Project project-0003 -Verbose
            Get-RunAiAccessRule -SubjectId carol@example.com
            Revoke-RunAiAccessRule 'L2 researcher' -User carol@example.com -Project project-0003
            Get-RunAiAccessRule -SubjectId carol@example.com
            Revoke-RunAiAccessRule 'L2 researcher' -User carol@example.com, dave@example.com -Project project-0003
            """);

        Assert.Equal("RunAiAccessRuleNotFound" + RevokeId, Assert.Single(result.ErrorIds));
        Assert.Contains("carol@example.com", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        var rules = result.OutputOf<RunAiAccessRule>();
        Assert.Equal(4, rules.Count); // carol, dave, carol again (kept), carol listed
        Assert.Equal(("user", "carol@example.com", "L2 researcher", "project", "project-0003"), (rules[0].SubjectType, rules[0].SubjectId, rules[0].RoleName, rules[0].ScopeType, rules[0].ScopeName));
        Assert.Equal(rules[0].Id, rules[2].Id);
        Assert.Equal(rules[0].Id, rules[3].Id);
        Assert.Contains(result.Verbose, v => v.Message.Contains("already has the role L2 researcher", StringComparison.Ordinal));
        var writes = ApiRequests().Where(r => !r.StartsWith("GET", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "POST " + Rules, "POST " + Rules, "DELETE " + Rules + "/" + rules[0].Id, "DELETE " + Rules + "/" + rules[1].Id }, writes);
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void Grant_WhatIf_shows_the_POST_after_reading_the_role_and_the_scope_and_creates_nothing()
    {
        var result = RunAs("Administrator", """
            Grant-RunAiAccessRule Viewer -Group auditors -Department dept-01 -WhatIf
            Get-RunAiAccessRule -SubjectId auditors
            """);

        Assert.Empty(result.ErrorIds);
        Assert.Contains("POST " + new Uri(RunAiUrl, "api/v1/authorization/access-rules").AbsoluteUri, Assert.Single(result.WhatIf), StringComparison.Ordinal);
        Assert.Empty(result.OutputOf<RunAiAccessRule>());
        Assert.DoesNotContain(ApiRequests(), r => r.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_scope_kind_resolves_to_its_id_and_cluster()
    {
        var result = RunAs("Administrator", """
            Grant-RunAiAccessRule Viewer -Group auditors -Tenant
            Grant-RunAiAccessRule Viewer -Group auditors -Cluster cluster-1
            Grant-RunAiAccessRule Viewer -Group auditors -Department dept-02
            $byName = Grant-RunAiAccessRule Viewer -Application ci-bot -Project project-0004
            $byName
            Grant-RunAiAccessRule Viewer -ServiceAccount sa-42 -Project $byName.ScopeId
            """);

        Assert.Empty(result.ErrorIds);
        var rules = result.OutputOf<RunAiAccessRule>();
        Assert.Equal(new[] { "tenant", "cluster", "department", "project", "project" }, rules.Select(r => r.ScopeType));
        Assert.Equal("1001", rules[0].ScopeId);
        Assert.Null(rules[0].ClusterId);
        Assert.Equal(("cluster-1", rules[1].ScopeId), (rules[1].ScopeName, rules[1].ClusterId!.Value.ToString()));
        Assert.Equal("dept-02", rules[2].ScopeName);
        Assert.Equal(("app", "ci-bot"), (rules[3].SubjectType, rules[3].SubjectId));
        Assert.Equal(("service-account", rules[3].ScopeId), (rules[4].SubjectType, rules[4].ScopeId));
        Assert.All(rules.Skip(1), r => Assert.NotNull(r.ClusterId));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void No_scope_or_two_scopes_is_InvalidParameter_and_an_unknown_scope_or_role_names_what_is_missing()
    {
        var result = RunAs("Administrator", """
            try { Grant-RunAiAccessRule Viewer -User erin@example.com } catch { $_ }
            try { Grant-RunAiAccessRule Viewer -User erin@example.com -Tenant -Project project-0001 } catch { $_ }
            try { Grant-RunAiAccessRule Viewer -User erin@example.com -Project no-such-project } catch { $_ }
            try { Grant-RunAiAccessRule Researcher -User erin@example.com -Tenant } catch { $_ }
            """);

        var ids = result.Output.Select(o => ((System.Management.Automation.ErrorRecord)o.BaseObject).FullyQualifiedErrorId).ToList();
        Assert.Equal(new[] { "InvalidParameter" + GrantId, "InvalidParameter" + GrantId, "RunAiProjectNotFound" + GrantId, "RunAiRoleNotFound" + GrantId }, ids);
        Assert.DoesNotContain(ApiRequests(), r => r.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public void Piped_rules_are_revoked_by_id_and_an_unknown_id_is_RunAiAccessRuleNotFound()
    {
        var result = RunAs("Administrator", """
            Get-RunAiAccessRule -Role 'L1 researcher' -First 2 | Revoke-RunAiAccessRule -WhatIf
            Get-RunAiAccessRule -Role 'L1 researcher' -First 2 | Revoke-RunAiAccessRule -Confirm:$false
            Revoke-RunAiAccessRule -Id 9999 -Confirm:$false
            Get-RunAiAccessRule -Role 'L1 researcher'
            """);

        Assert.Equal("RunAiAccessRuleNotFound" + RevokeId, Assert.Single(result.ErrorIds));
        Assert.Equal(2, result.WhatIf.Count);
        Assert.All(result.WhatIf, w => Assert.Matches("DELETE .*/api/v1/authorization/access-rules/\\d+", w));
        Assert.Equal(10, result.OutputOf<RunAiAccessRule>().Count); // 12 seeded L1 researcher rules, 2 revoked
        Assert.Equal(3, ApiRequests().Count(r => r.StartsWith("DELETE", StringComparison.Ordinal)));
        AssertExchangesMatchTheDocument();
    }

    [Fact]
    public void Piped_users_list_their_own_rules_and_can_be_granted_a_role()
    {
        var result = RunAs("Administrator", """
            Get-RunAiUser -UserName user002@example.com | Get-RunAiAccessRule
            Get-RunAiUser -UserName user002@example.com | Grant-RunAiAccessRule Editor -Department dept-01
            """);

        Assert.Empty(result.ErrorIds);
        var rules = result.OutputOf<RunAiAccessRule>();
        Assert.All(rules, r => Assert.Equal("user002@example.com", r.SubjectId));
        Assert.Equal("Editor", rules[^1].RoleName);
        AssertExchangesMatchTheDocument();
    }

    // Offset lists ask for pages ahead (the paginator keeps a window in flight), so the end shows as: every page up to
    // the short one asked for once, in offset order, and nothing asked for twice.
    private static void AssertOffsetPaging(System.Collections.Generic.IReadOnlyList<string> requests, int pageSize, int pages)
    {
        var offsets = requests.Select(r => long.Parse(r[(r.IndexOf("offset=", StringComparison.Ordinal) + 7)..].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(offsets.Count, offsets.Distinct().Count());
        Assert.All(Enumerable.Range(0, pages), i => Assert.Contains((long)i * pageSize, offsets));
        Assert.All(offsets, o => Assert.Equal(0, o % pageSize));
        Assert.All(requests, r => Assert.Contains("limit=" + pageSize, r, StringComparison.Ordinal));
        Assert.True(offsets.Count <= pages + RedHatApi.Paging.PagingPlan.DefaultPagesInFlight, "pages asked for: " + string.Join(", ", offsets));
    }
}
