using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the OpenShift versions the Assisted Installer can install.</para>
/// <para type="description">GET /v2/openshift-versions (an object keyed by version), one object per version with its support level, CPU architectures and whether it is the default.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedOpenShiftVersion")]
[OutputType(typeof(AssistedOpenShiftVersion))]
public sealed class GetAssistedOpenShiftVersionCommand : RedHatApiCmdlet
{
    /// <summary>Only versions matching this pattern, for example 4.17*.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string? Version { get; set; }

    /// <summary>Only the newest version of each minor release.</summary>
    [Parameter]
    public SwitchParameter OnlyLatest { get; set; }

    /// <summary>Only the recommended version.</summary>
    [Parameter]
    public SwitchParameter Default { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var versions = await AssistedClient.For(ResolveSession()).GetOpenShiftVersionsAsync(OnlyLatest, cancellationToken);
        var pattern = Version is null ? null : new WildcardPattern(Version, WildcardOptions.IgnoreCase);
        WriteObject(
            versions.Where(v => (pattern is null || pattern.IsMatch(v.Version)) && (!Default || v.IsDefault)),
            enumerateCollection: true);
    }
}
