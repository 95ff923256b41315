using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Models.OpenShift;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// <para type="synopsis">Gets the user a cluster token belongs to, like oc whoami.</para>
/// <para type="description">Asks OpenShift's users/~; on plain Kubernetes (no user.openshift.io API group) it falls back to a SelfSubjectReview. A service-account token shows as system:serviceaccount:&lt;namespace&gt;:&lt;name&gt;.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "OpenShiftCurrentUser")]
[OutputType(typeof(OpenShiftUser))]
public sealed class GetOpenShiftCurrentUserCommand : OpenShiftCmdlet
{
    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken) =>
        WriteObject(await ResolveClient().GetCurrentUserAsync(cancellationToken));

    /// <inheritdoc />
    protected override object? ErrorTarget => Cluster;
}
