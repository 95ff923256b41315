using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the OpenShift release sources of the Assisted Installer: minor versions, their upgrade channels and multi-architecture releases.</para>
/// <para type="description">GET /v2/release-sources (a bare array, no paging).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedReleaseSource")]
[OutputType(typeof(AssistedReleaseSource))]
public sealed class GetAssistedReleaseSourceCommand : RedHatApiCmdlet
{
    /// <summary>Only these minor versions (wildcards allowed, for example 4.1*).</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    public string[]? OpenShiftVersion { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var patterns = OpenShiftVersion?.Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
        var sources = await AssistedClient.For(ResolveSession()).GetReleaseSourcesAsync(cancellationToken);
        WriteObject(sources.Where(s => patterns is null || patterns.Any(p => p.IsMatch(s.OpenShiftVersion))), enumerateCollection: true);
    }
}
