using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Removes a custom manifest from Assisted Installer clusters.</para>
/// <para type="description">DELETE /v2/clusters/{id}/manifests?folder=…&amp;file_name=…. A manifest that is not there is an AssistedManifestNotFound error; a cluster whose installation started is an AssistedManifestConflict error.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "AssistedManifest", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveAssistedManifestCommand : AssistedClusterCommand
{
    /// <summary>The manifest's file name; binds from Get-AssistedManifest output.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedManifestFileNameCompleter))]
    public string FileName { get; set; } = string.Empty;

    /// <summary>The manifest's folder: manifests (the default) or openshift; binds from Get-AssistedManifest output.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("manifests", "openshift")]
    public string Folder { get; set; } = "manifests";

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            var request = client.RemoveManifestRequest(id, Folder, FileName);
            if (ShouldProcessRequest(request, Text.Format(Strings.AssistedManifestRemoveAction, Folder + "/" + FileName, id)))
            {
                await client.RemoveManifestAsync(id, Folder, FileName, request, cancellationToken);
            }
        });
    }
}
