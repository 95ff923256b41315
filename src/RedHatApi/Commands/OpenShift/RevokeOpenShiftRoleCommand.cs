using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;
using RedHatApi.Properties;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Takes a role away from service accounts, users or groups (oc adm policy remove-role-from-user).</para>
/// <para type="description">Removes the subject from every binding of the role in the scope (PUT with the binding's resourceVersion); a binding left without subjects is deleted. A subject that has no binding of the role there is an OpenShiftRoleNotBound error and the other subjects go on.</para>
/// </summary>
[Cmdlet(VerbsSecurity.Revoke, "OpenShiftRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ServiceAccountSet)]
[OutputType(typeof(void))]
public sealed class RevokeOpenShiftRoleCommand : OpenShiftRoleCommand
{
    /// <inheritdoc />
    private protected override async Task ApplyAsync(OpenShiftClient client, string? ns, OpenShiftSubject subject, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var holding = (await client.ListBindingsAsync(ns, cancellationToken)).Where(b => SameRole(b) && b.Subjects.Any(s => s.SameAs(subject))).ToList();
            if (holding.Count == 0)
            {
                if (attempt == 1)
                {
                    WriteInputError(
                        new RedHatApiException(ErrorIds.OpenShiftRoleNotBound, Text.Format(Strings.OpenShiftRoleNotBound, subject, RoleKind, Role, ScopeText(ns), client.ClusterName)) { Target = subject.Name },
                        subject.Name);
                }

                return;
            }

            try
            {
                foreach (var binding in holding)
                {
                    var rest = binding.Subjects.Where(s => !s.SameAs(subject)).ToList();
                    var url = client.Url(OpenShiftClient.BindingPath(ns, binding.Name));
                    if (rest.Count == 0)
                    {
                        if (ShouldProcessRequest(HttpMethod.Delete, url, $"Delete {binding.Kind} {binding.Name}: {subject} was its last subject ({RoleKind} {Role})"))
                        {
                            await client.DeleteBindingAsync(ns, binding.Name, cancellationToken);
                        }
                    }
                    else if (ShouldProcessRequest(HttpMethod.Put, url, $"Remove {subject} from {binding.Kind} {binding.Name} ({RoleKind} {Role})"))
                    {
                        await client.ReplaceSubjectsAsync(binding, rest, cancellationToken);
                    }
                }

                return;
            }
            catch (RedHatApiException ex) when (IsConflict(ex) && attempt < 3)
            {
                WriteVerbose($"The bindings changed while revoking ({ex.ApiErrorCode}); reading them again.");
            }
        }
    }
}
