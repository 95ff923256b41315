using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets Run:ai access rules: who has which role in which project, department, cluster or the whole tenant.</para>
/// <para type="description">Lists GET /api/v1/authorization/access-rules with offset and limit; the listing has no next, so a page shorter than -PageSize is the last. -Role, -SubjectType, -SubjectId, -ScopeType and -ScopeName become filterBy terms (ANDed). Piping Get-RunAiUser lists each user's own rules (not those of their groups). -Id reads rules by id (RunAiAccessRuleNotFound for one that does not exist). Needs an application with the Administrator role.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiAccessRule", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(RunAiAccessRule))]
public sealed class GetRunAiAccessRuleCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Rule ids; bind from piped rules.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("AccessRuleId")]
    public int[] Id { get; set; } = Array.Empty<int>();

    /// <summary>Only rules giving this role (by name: Editor, L1 researcher...).</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiRoleNameCompleter))]
    public string? Role { get; set; }

    /// <summary>Only rules for this kind of subject: user, app, service-account or group.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("user", "app", "service-account", "group")]
    public string? SubjectType { get; set; }

    /// <summary>Only rules for this subject (a user name, application id or group name); binds from piped users (UserName).</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserName")]
    [ValidateNotNullOrEmpty]
    public string? SubjectId { get; set; }

    /// <summary>Only rules in this kind of scope: tenant, cluster, department, project (or system).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("system", "tenant", "cluster", "department", "project")]
    public string? ScopeType { get; set; }

    /// <summary>Only rules in the scope of this name (a project, department or cluster name).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? ScopeName { get; set; }

    /// <summary>Further filterBy terms as Run:ai takes them: createdBy==admin@example.com, phase!=Ready.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string[] Filter { get; set; } = Array.Empty<string>();

    /// <summary>Rules that were deleted too (includeDeleted=true).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeDeleted { get; set; }

    /// <summary>Rules per request, 1 to 500 (Run:ai's maximum, and the default here).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, RunAiClient.PageCap)]
    public int PageSize { get; set; } = RunAiClient.PageCap;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, async id => WriteObject(await client.GetAccessRuleAsync(id, cancellationToken)));
            return;
        }

        var terms = new List<string>();
        Add(terms, "roleName", Role);
        Add(terms, "subjectType", SubjectType);
        Add(terms, "subjectId", SubjectId);
        Add(terms, "scopeType", ScopeType);
        Add(terms, "scopeName", ScopeName);
        terms.AddRange(Filter);
        var query = new RunAiListQuery
        {
            Filters = terms,
            Extra = IncludeDeleted ? new[] { new KeyValuePair<string, string>("includeDeleted", "true") } : Array.Empty<KeyValuePair<string, string>>(),
        };
        await WritePagedAsync((page, ct) => client.GetAccessRulesPageAsync(query, page, ct), PageSize, cancellationToken, null, RunAiClient.OffsetMode);
    }

    private static void Add(List<string> terms, string field, string? value)
    {
        if (value is not null)
        {
            terms.Add(RunAiListQuery.Equal(field, value));
        }
    }
}
