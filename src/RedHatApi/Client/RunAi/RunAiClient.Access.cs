using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.RunAi;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// Access: users (GET /api/v1/users, a bare array paged by offset and limit), roles (GET
/// /api/v1/authorization/roles, one answer) and access rules (GET /api/v1/authorization/access-rules, ending on a
/// short page; POST to create one, DELETE …/{id} to remove one).
/// </summary>
internal sealed partial class RunAiClient
{
    /// <summary>One page of users; a bare array, so a short page is the end.</summary>
    internal Task<Page<RunAiUser>> GetUsersPageAsync(RunAiListQuery query, PageRequest page, CancellationToken cancellationToken) =>
        GetArrayPageAsync<RunAiWireUser, RunAiUser>("api/v1/users", query, paged: true, page, ToUser, cancellationToken);

    /// <summary>Every role (Run:ai answers them all at once).</summary>
    internal async Task<IReadOnlyList<RunAiRole>> GetRolesAsync(CancellationToken cancellationToken)
    {
        var page = await GetArrayPageAsync<RunAiWireRole, RunAiRole>("api/v1/authorization/roles", new RunAiListQuery(), paged: false, new PageRequest(0, PageCap), ToRole, cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    /// <summary>
    /// The role named <paramref name="name"/> (case-insensitive, as the Run:ai UI matches), or its numeric id; none is
    /// a per-input RunAiRoleNotFound naming the roles there are.
    /// </summary>
    internal static RunAiRole ResolveRole(IReadOnlyList<RunAiRole> roles, string name)
    {
        var match = roles.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? roles.FirstOrDefault(r => r.Id == id) : null);
        return match ?? throw new RedHatApiException(
            ErrorIds.RunAiRoleNotFound,
            Text.Format(Strings.RunAiRoleNotFound, name, string.Join(", ", roles.Select(r => r.Name))))
        {
            Target = name,
            IsPerInput = true,
        };
    }

    /// <summary>One page of access rules; the listing has no <c>next</c> and ends on a short page.</summary>
    internal Task<Page<RunAiAccessRule>> GetAccessRulesPageAsync(RunAiListQuery query, PageRequest page, CancellationToken cancellationToken) =>
        GetOffsetPageAsync<RunAiWireAccessRule, RunAiAccessRule>("api/v1/authorization/access-rules", "accessRules", query, page, ToAccessRule, cancellationToken);

    /// <summary>One access rule by id; none is a per-input RunAiAccessRuleNotFound.</summary>
    internal async Task<RunAiAccessRule> GetAccessRuleAsync(int id, CancellationToken cancellationToken) =>
        ToAccessRule(await SendAsync<RunAiWireAccessRule>(
            Request(HttpMethod.Get, "api/v1/authorization/access-rules/" + id.ToString(CultureInfo.InvariantCulture)), AccessRuleTarget(id), cancellationToken).ConfigureAwait(false));

    /// <summary>Every access rule that matches <paramref name="query"/>, page after page.</summary>
    internal async Task<IReadOnlyList<RunAiAccessRule>> GetAllAccessRulesAsync(RunAiListQuery query, CancellationToken cancellationToken)
    {
        var all = new List<RunAiAccessRule>();
        await foreach (var rule in Paginator.StreamAsync<RunAiAccessRule>((p, ct) => GetAccessRulesPageAsync(query, p, ct), new PagingPlan(0, null, PageCap), null, cancellationToken).ConfigureAwait(false))
        {
            all.Add(rule);
        }

        return all;
    }

    /// <summary>The request that creates an access rule (POST, body AccessRuleCreationFields); -WhatIf shows it.</summary>
    internal ApiRequest CreateAccessRuleRequest(RunAiWireAccessRuleCreation body) =>
        Request(HttpMethod.Post, "api/v1/authorization/access-rules", body);

    /// <summary>Creates the rule; Run:ai answers 201 with it.</summary>
    internal async Task<RunAiAccessRule> CreateAccessRuleAsync(ApiRequest request, string subject, CancellationToken cancellationToken) =>
        ToAccessRule(await SendAsync<RunAiWireAccessRule>(request, subject, cancellationToken).ConfigureAwait(false));

    /// <summary>The request that deletes an access rule by id.</summary>
    internal ApiRequest DeleteAccessRuleRequest(int id) =>
        Request(HttpMethod.Delete, "api/v1/authorization/access-rules/" + id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Deletes the rule; a 404 is a per-input RunAiAccessRuleNotFound.</summary>
    internal Task DeleteAccessRuleAsync(ApiRequest request, int id, CancellationToken cancellationToken) =>
        SendAsync(request, AccessRuleTarget(id), cancellationToken);

    /// <summary>The target of a call about one rule: a 404 is RunAiAccessRuleNotFound for it.</summary>
    internal static RunAiTarget AccessRuleTarget(int id) =>
        RunAiTarget.Of("AccessRule", id.ToString(CultureInfo.InvariantCulture), ErrorIds.RunAiAccessRuleNotFound, Strings.RunAiAccessRuleNotFound);

    private static RunAiUser ToUser(RunAiWireUser u) =>
        new(u.Id ?? string.Empty, u.UserName ?? string.Empty)
        {
            IsLocal = u.IsLocal,
            Groups = u.Groups ?? new List<string>(),
            CreatedBy = u.CreatedBy,
            CreatedAt = u.CreatedAt,
            LastLogin = u.LastLogin,
        };

    private static RunAiRole ToRole(RunAiWireRole r) =>
        new(r.Id, r.Name ?? string.Empty)
        {
            Description = r.Description,
            Custom = r.Custom,
            Enabled = r.EffectiveEnabled ?? true,
            CreatedAt = r.CreatedAt,
            Permissions = (r.Permissions ?? new List<RunAiWirePermission>())
                .Select(p => p.ResourceType + ": " + string.Join(", ", p.Actions ?? new List<string>()))
                .ToList(),
        };

    private static RunAiAccessRule ToAccessRule(RunAiWireAccessRule r) =>
        new(r.Id, r.SubjectType ?? string.Empty, r.SubjectId ?? string.Empty, r.RoleId, r.ScopeType ?? string.Empty, r.ScopeId ?? string.Empty)
        {
            RoleName = r.RoleName,
            ScopeName = r.ScopeName,
            ClusterId = r.ClusterId,
            Phase = r.Status?.Phase,
            CreatedBy = r.CreatedBy,
            CreatedAt = r.CreatedAt,
        };
}
