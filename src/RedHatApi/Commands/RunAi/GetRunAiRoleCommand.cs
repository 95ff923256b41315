using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the roles of the Run:ai tenant and the permissions each gives.</para>
/// <para type="description">GET /api/v1/authorization/roles answers every role at once (it is not paged). -Name keeps the roles whose name matches (wildcards allowed, case-insensitive); a name without wildcards that matches no role is a RunAiRoleNotFound error listing the roles there are. The names are what Grant-RunAiAccessRule -Role takes.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiRole")]
[OutputType(typeof(RunAiRole))]
public sealed class GetRunAiRoleCommand : RedHatApiCmdlet
{
    /// <summary>Role names or wildcard patterns (*researcher*).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("RoleName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RunAiRoleNameCompleter))]
    public string[]? Name { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var roles = await RunAiClient.For(ResolveSession()).GetRolesAsync(cancellationToken);
        if (Name is not { Length: > 0 })
        {
            WriteObject(roles, enumerateCollection: true);
            return;
        }

        foreach (var name in Name)
        {
            if (!WildcardPattern.ContainsWildcardCharacters(name))
            {
                await PerInputAsync(name, () =>
                {
                    WriteObject(RunAiClient.ResolveRole(roles, name));
                    return Task.CompletedTask;
                });
                continue;
            }

            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            WriteObject(roles.Where(r => pattern.IsMatch(r.Name)), enumerateCollection: true);
        }
    }
}
