using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.OpenShift;
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
        var grant = await Editor(client, ns).GrantAsync(subject, BindingName, change => Confirm(change, subject), cancellationToken);
        if (grant.AlreadyHeld)
        {
            WriteVerbose($"{subject} already has {RoleKind} {Role} through {grant.Binding!.Kind} {grant.Binding.Name}; nothing to change.");
        }

        if (grant.Binding is { } binding)
        {
            WriteObject(binding);
        }
    }
}
