using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gives a Run:ai role to users, applications, service accounts or groups, in a project, department, cluster or the whole tenant.</para>
/// <para type="description">Creates an access rule (POST /api/v1/authorization/access-rules) for each subject, with the role named by -Role (its id is read from GET /api/v1/authorization/roles) and the scope named by -Project, -Department, -Cluster (by name or id) or -Tenant. A subject that already has the role there changes nothing: the existing rule is written. Writes the rule that gives the role. An unknown role is RunAiRoleNotFound; an unknown project, department or cluster RunAiProjectNotFound, RunAiDepartmentNotFound or RunAiClusterNotFound. Needs an application with the Administrator role.</para>
/// </summary>
[Cmdlet(VerbsSecurity.Grant, "RunAiAccessRule", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(RunAiAccessRule))]
public sealed class GrantRunAiAccessRuleCommand : RunAiAccessRuleCommand
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        var (role, scope) = await ResolveAsync(client, cancellationToken);
        await ForEachSubjectAsync(async (subjectType, subject) =>
        {
            var existing = await MatchingRulesAsync(client, subjectType, subject, role, scope, cancellationToken);
            if (existing.Count > 0)
            {
                WriteVerbose($"{subjectType} {subject} already has the role {role.Name} in {ScopeText(scope)} (access rule {existing[0].Id}); nothing to change.");
                WriteObject(existing[0]);
                return;
            }

            var request = client.CreateAccessRuleRequest(new RunAiWireAccessRuleCreation
            {
                SubjectType = subjectType,
                SubjectId = subject,
                RoleId = role.Id,
                ScopeType = scope.Type,
                ScopeId = scope.Id,
                ClusterId = scope.ClusterId,
            });
            if (ShouldProcessRequest(request, $"Give the role {role.Name} to {subjectType} {subject} in {ScopeText(scope)}"))
            {
                WriteObject(await client.CreateAccessRuleAsync(request, subject, cancellationToken));
            }
        });
    }
}
