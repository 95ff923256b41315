using System.Management.Automation;
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
        if (!await Editor(client, ns).RevokeAsync(subject, change => Confirm(change, subject), cancellationToken))
        {
            WriteInputError(
                new RedHatApiException(ErrorIds.OpenShiftRoleNotBound, Text.Format(Strings.OpenShiftRoleNotBound, subject, RoleKind, Role, ScopeText(ns), client.ClusterName)) { Target = subject.Name },
                subject.Name);
        }
    }
}
