using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets the custom manifests of Assisted Installer clusters.</para>
/// <para type="description">GET /v2/clusters/{id}/manifests (a bare array, no paging): the user's manifests, and the service's own with -IncludeSystemGenerated. -IncludeContent also reads each file (GET /v2/clusters/{id}/manifests/files).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedManifest")]
[OutputType(typeof(AssistedManifest))]
public sealed class GetAssistedManifestCommand : AssistedClusterCommand
{
    private static readonly string[] All = { "*" };

    /// <summary>Only manifests whose file name matches (wildcards allowed).</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedManifestFileNameCompleter))]
    public string[]? FileName { get; set; }

    /// <summary>Only manifests of this folder: manifests or openshift.</summary>
    [Parameter]
    [ValidateSet("manifests", "openshift")]
    public string? Folder { get; set; }

    /// <summary>Also the manifests the service generated itself.</summary>
    [Parameter]
    public SwitchParameter IncludeSystemGenerated { get; set; }

    /// <summary>Also reads each manifest's text into its Content property (one request per manifest).</summary>
    [Parameter]
    public SwitchParameter IncludeContent { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var patterns = (FileName ?? All).Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase)).ToList();
        await ForEachClusterAsync(async id =>
        {
            var manifests = await client.GetManifestsAsync(id, IncludeSystemGenerated, cancellationToken);
            foreach (var manifest in manifests.Where(m => (Folder is null || m.Folder == Folder) && patterns.Any(p => p.IsMatch(m.FileName))))
            {
                WriteObject(IncludeContent
                    ? new AssistedManifest(manifest.ClusterId, manifest.Folder, manifest.FileName, manifest.Source)
                    {
                        Content = await client.GetManifestContentAsync(id, manifest.Folder, manifest.FileName, cancellationToken),
                    }
                    : manifest);
            }
        });
    }
}
