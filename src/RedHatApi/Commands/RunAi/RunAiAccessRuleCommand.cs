using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.RunAi;
using RedHatApi.Properties;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// What Grant- and Revoke-RunAiAccessRule share, read like Grant-/Revoke-OpenShiftRole: the role by name (-Role),
/// the subjects (-User, -Application, -ServiceAccount or -Group) and the scope (-Project, -Department, -Cluster by
/// name or id, or -Tenant).
/// </summary>
public abstract class RunAiAccessRuleCommand : RedHatApiCmdlet
{
    private protected const string UserSet = "User";
    private protected const string ApplicationSet = "Application";
    private protected const string ServiceAccountSet = "ServiceAccount";
    private protected const string GroupSet = "Group";

    private (RunAiRole Role, RunAiAccessScope Scope)? _resolved;

    /// <summary>The role's name as Get-RunAiRole shows it (Editor, L1 researcher, Department administrator...), or its id.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = UserSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ApplicationSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ServiceAccountSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = GroupSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiRoleNameCompleter))]
    public string Role { get; set; } = string.Empty;

    /// <summary>User names (as Get-RunAiUser shows them); binds from piped users.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UserSet, ValueFromPipelineByPropertyName = true)]
    [Alias("UserName")]
    [ValidateNotNullOrEmpty]
    public string[] User { get; set; } = Array.Empty<string>();

    /// <summary>Application client ids (access keys).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ApplicationSet)]
    [ValidateNotNullOrEmpty]
    public string[] Application { get; set; } = Array.Empty<string>();

    /// <summary>Service account ids.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ServiceAccountSet)]
    [ValidateNotNullOrEmpty]
    public string[] ServiceAccount { get; set; } = Array.Empty<string>();

    /// <summary>Identity-provider group names.</summary>
    [Parameter(Mandatory = true, ParameterSetName = GroupSet)]
    [ValidateNotNullOrEmpty]
    public string[] Group { get; set; } = Array.Empty<string>();

    /// <summary>The scope is this project (name or id).</summary>
    [Parameter(ParameterSetName = UserSet)]
    [Parameter(ParameterSetName = ApplicationSet)]
    [Parameter(ParameterSetName = ServiceAccountSet)]
    [Parameter(ParameterSetName = GroupSet)]
    [ValidateNotNullOrEmpty]
    public string? Project { get; set; }

    /// <summary>The scope is this department (name or id) and every project in it.</summary>
    [Parameter(ParameterSetName = UserSet)]
    [Parameter(ParameterSetName = ApplicationSet)]
    [Parameter(ParameterSetName = ServiceAccountSet)]
    [Parameter(ParameterSetName = GroupSet)]
    [ValidateNotNullOrEmpty]
    public string? Department { get; set; }

    /// <summary>The scope is this cluster (name or UUID) and everything in it.</summary>
    [Parameter(ParameterSetName = UserSet)]
    [Parameter(ParameterSetName = ApplicationSet)]
    [Parameter(ParameterSetName = ServiceAccountSet)]
    [Parameter(ParameterSetName = GroupSet)]
    [ValidateNotNullOrEmpty]
    public string? Cluster { get; set; }

    /// <summary>The scope is the whole tenant.</summary>
    [Parameter(ParameterSetName = UserSet)]
    [Parameter(ParameterSetName = ApplicationSet)]
    [Parameter(ParameterSetName = ServiceAccountSet)]
    [Parameter(ParameterSetName = GroupSet)]
    public SwitchParameter Tenant { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Role;

    /// <summary>The subject type Run:ai names the parameter set's subjects by, and the subjects.</summary>
    private protected (string Type, IReadOnlyList<string> Ids) Subjects() => ParameterSetName switch
    {
        UserSet => ("user", User),
        ApplicationSet => ("app", Application),
        ServiceAccountSet => ("service-account", ServiceAccount),
        _ => ("group", Group),
    };

    /// <summary>The one scope given; none or several is InvalidParameter, before anything is sent.</summary>
    private protected (string Type, string? Name) ScopeParameter()
    {
        var given = new List<(string, string?)>();
        if (Project is not null)
        {
            given.Add(("project", Project));
        }

        if (Department is not null)
        {
            given.Add(("department", Department));
        }

        if (Cluster is not null)
        {
            given.Add(("cluster", Cluster));
        }

        if (Tenant)
        {
            given.Add(("tenant", null));
        }

        return given.Count == 1 ? given[0] : throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.RunAiAccessScopeMissing);
    }

    /// <summary>
    /// The role (by name, from the roles listing) and the scope (by name or id), read once per command: only the
    /// subjects bind from the pipeline, so every piped user shares them. An unknown role or scope ends the command.
    /// </summary>
    private protected async Task<(RunAiRole Role, RunAiAccessScope Scope)> ResolveAsync(RunAiClient client, CancellationToken cancellationToken)
    {
        if (_resolved is { } known)
        {
            return known;
        }

        var (scopeType, scopeName) = ScopeParameter();
        var roles = await client.GetRolesAsync(cancellationToken);
        var role = RunAiClient.ResolveRole(roles, Role);
        var scope = await client.ResolveAccessScopeAsync(scopeType, scopeName, cancellationToken);
        _resolved = (role, scope);
        return (role, scope);
    }

    /// <summary>The live rules giving <paramref name="role"/> to one subject in <paramref name="scope"/>.</summary>
    private protected static Task<IReadOnlyList<RunAiAccessRule>> MatchingRulesAsync(
        RunAiClient client, string subjectType, string subject, RunAiRole role, RunAiAccessScope scope, CancellationToken cancellationToken) =>
        client.GetAllAccessRulesAsync(
            new RunAiListQuery
            {
                Filters = new[]
                {
                    RunAiListQuery.Equal("subjectType", subjectType),
                    RunAiListQuery.Equal("subjectId", subject),
                    RunAiListQuery.Equal("roleId", role.Id.ToString(CultureInfo.InvariantCulture)),
                    RunAiListQuery.Equal("scopeType", scope.Type),
                    RunAiListQuery.Equal("scopeId", scope.Id),
                },
            },
            cancellationToken);

    /// <summary>"the project team-a", "the tenant", for messages.</summary>
    private protected static string ScopeText(RunAiAccessScope scope) =>
        scope.Type == "tenant" ? "the tenant" : "the " + scope.Type + " " + scope.Name;

    /// <summary>Runs the grant or revoke of each subject; one subject's failure is written and the others go on.</summary>
    private protected async Task ForEachSubjectAsync(Func<string, string, Task> apply)
    {
        var (type, ids) = Subjects();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            await PerInputAsync(id, () => apply(type, id));
        }
    }
}
