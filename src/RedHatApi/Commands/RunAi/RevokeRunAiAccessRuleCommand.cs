using System;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Takes a Run:ai role away from users, applications, service accounts or groups, or deletes access rules by id.</para>
/// <para type="description">Finds the access rules that give -Role to each subject in the scope (-Project, -Department, -Cluster or -Tenant) and deletes them (DELETE /api/v1/authorization/access-rules/{id}). A subject without such a rule is a RunAiAccessRuleNotFound error and the other subjects go on. -Id deletes rules by id and binds from the output of Get-RunAiAccessRule, so a filtered listing can be piped. Needs an application with the Administrator role.</para>
/// </summary>
[Cmdlet(VerbsSecurity.Revoke, "RunAiAccessRule", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UserSet)]
[OutputType(typeof(void))]
public sealed class RevokeRunAiAccessRuleCommand : RunAiAccessRuleCommand
{
    private const string IdSet = "Id";

    /// <summary>Access rule ids; bind from piped rules (Get-RunAiAccessRule).</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("AccessRuleId")]
    public int[] Id { get; set; } = Array.Empty<int>();

    /// <inheritdoc />
    protected override object? ErrorTarget => ParameterSetName == IdSet ? Id : Role;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        if (ParameterSetName == IdSet)
        {
            await ForEachInputAsync(Id, id => DeleteAsync(client, id, "Delete access rule " + id.ToString(CultureInfo.InvariantCulture), cancellationToken));
            return;
        }

        var (role, scope) = await ResolveAsync(client, cancellationToken);
        await ForEachSubjectAsync(async (subjectType, subject) =>
        {
            var rules = await MatchingRulesAsync(client, subjectType, subject, role, scope, cancellationToken);
            if (rules.Count == 0)
            {
                throw new RedHatApiException(ErrorIds.RunAiAccessRuleNotFound, Text.Format(Strings.RunAiAccessRuleNotGranted, subjectType, subject, role.Name, ScopeText(scope)))
                {
                    Target = subject,
                    IsPerInput = true,
                };
            }

            foreach (var rule in rules)
            {
                await DeleteAsync(client, rule.Id, $"Take the role {role.Name} from {subjectType} {subject} in {ScopeText(scope)} (access rule {rule.Id})", cancellationToken);
            }
        });
    }

    private async Task DeleteAsync(RunAiClient client, int id, string action, CancellationToken cancellationToken)
    {
        var request = client.DeleteAccessRuleRequest(id);
        if (ShouldProcessRequest(request, action))
        {
            await client.DeleteAccessRuleAsync(request, id, cancellationToken);
        }
    }
}
