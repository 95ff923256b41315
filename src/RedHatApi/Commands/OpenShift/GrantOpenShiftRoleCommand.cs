using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gives a role to service accounts, users or groups, in a namespace or cluster-wide (oc adm policy add-role-to-user).</para>
/// <para type="description">Like oc: when a binding of the same role exists in the scope, the subject is added to it (PUT with its resourceVersion, so a concurrent change is read again, not overwritten); otherwise a new binding named after the role is created (POST; role-0, role-1... when that name is taken by another role, since a binding's roleRef cannot change). A subject that already has the role changes nothing. Writes the binding that now holds the subject.</para>
/// </summary>
[Cmdlet(VerbsSecurity.Grant, "OpenShiftRole", SupportsShouldProcess = true, DefaultParameterSetName = ServiceAccountSet)]
[OutputType(typeof(OpenShiftRoleBinding))]
public sealed class GrantOpenShiftRoleCommand : OpenShiftRoleCommand
{
    /// <summary>Name for a new binding (default: the role's name, as oc does); an existing binding of the role is still reused.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? BindingName { get; set; }

    /// <inheritdoc />
    private protected override async Task ApplyAsync(OpenShiftClient client, string? ns, OpenShiftSubject subject, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var bindings = await client.ListBindingsAsync(ns, cancellationToken);
            var same = bindings.Where(SameRole).ToList();
            if (same.FirstOrDefault(b => b.Subjects.Any(s => s.SameAs(subject))) is { } holding)
            {
                WriteVerbose($"{subject} already has {RoleKind} {Role} through {holding.Kind} {holding.Name}; nothing to change.");
                WriteObject(holding);
                return;
            }

            try
            {
                if (same.FirstOrDefault() is { } existing)
                {
                    if (!ShouldProcessRequest(HttpMethod.Put, client.Url(OpenShiftClient.BindingPath(ns, existing.Name)), $"Add {subject} to {existing.Kind} {existing.Name} ({RoleKind} {Role})"))
                    {
                        return;
                    }

                    WriteObject(await client.ReplaceSubjectsAsync(existing, existing.Subjects.Append(subject).ToList(), cancellationToken));
                    return;
                }

                var name = BindingName ?? FreeName(bindings);
                var kind = ns is null ? "ClusterRoleBinding" : "RoleBinding";
                if (!ShouldProcessRequest(HttpMethod.Post, client.Url(OpenShiftClient.BindingsPath(ns)), $"Create {kind} {name} giving {RoleKind} {Role} to {subject}"))
                {
                    return;
                }

                WriteObject(await client.CreateBindingAsync(ns, name, RoleKind, Role, new[] { subject }, cancellationToken));
                return;
            }
            catch (RedHatApiException ex) when (IsConflict(ex) && attempt < 3 && BindingName is null)
            {
                WriteVerbose($"The bindings changed while granting ({ex.ApiErrorCode}); reading them again.");
            }
        }
    }

    /// <summary>oc's naming: the role's name, else role-0, role-1... (a binding's roleRef cannot change, so a taken name needs another).</summary>
    private string FreeName(System.Collections.Generic.IReadOnlyList<OpenShiftRoleBinding> bindings)
    {
        var taken = new System.Collections.Generic.HashSet<string>(bindings.Select(b => b.Name), System.StringComparer.Ordinal);
        if (!taken.Contains(Role))
        {
            return Role;
        }

        for (var i = 0; ; i++)
        {
            var name = Role + "-" + i.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(name))
            {
                return name;
            }
        }
    }
}
