using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the hardware each host role needs in Assisted Installer clusters, for OpenShift and for each operator.</para>
/// <para type="description">GET /v2/clusters/{id}/preflight-requirements, one object per component (ocp, then each operator) and role (master, worker): CPU cores, memory, disk, disk speed, network latency and packet loss, and requirements that are not numbers. Read it before choosing which hosts become control-plane nodes; an operator's needs add to OpenShift's.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedPreflightRequirement")]
[OutputType(typeof(AssistedPreflightRequirement))]
public sealed class GetAssistedPreflightRequirementCommand : AssistedClusterCommand
{
    /// <summary>Only these components: ocp and operator names (wildcards allowed).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedOperatorNameCompleter))]
    public string[]? Component { get; set; }

    /// <summary>Only this role: master or worker.</summary>
    [Parameter]
    [ValidateSet("master", "worker")]
    public string? Role { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var patterns = Component?.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
        await ForEachClusterAsync(async id =>
        {
            var rows = await client.GetPreflightRequirementsAsync(id, cancellationToken);
            WriteObject(
                rows.Where(r => (Role is null || r.Role == Role) && (patterns is null || patterns.Any(p => p.IsMatch(r.Component)))),
                enumerateCollection: true);
        });
    }
}
