using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Adds a custom manifest to Assisted Installer clusters.</para>
/// <para type="description">POST /v2/clusters/{id}/manifests with the file's content base64-encoded, from a file (-Path) or from text (-Content). The installer applies it with the cluster's own manifests. A file that exists, or a cluster whose installation started, is an AssistedManifestConflict error.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "AssistedManifest", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(AssistedManifest))]
public sealed class AddAssistedManifestCommand : AssistedClusterCommand
{
    private const string PathSet = "Path";
    private const string ContentSet = "Content";

    /// <summary>The file to upload; its name is the manifest's unless -FileName is given.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>The manifest's text (YAML or JSON).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ContentSet)]
    [ValidateNotNullOrEmpty]
    public string? Content { get; set; }

    /// <summary>The manifest's file name (.yaml, .yml, .json, or a .yaml.patch); with -Path, the file's own name by default.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(Mandatory = true, ParameterSetName = ContentSet)]
    [ValidatePattern(AssistedManifestContent.FileNamePattern)]
    public string? FileName { get; set; }

    /// <summary>manifests (the default) or openshift.</summary>
    [Parameter]
    [ValidateSet("manifests", "openshift")]
    public string Folder { get; set; } = "manifests";

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var content = AssistedManifestContent.Read(this, Path, Content)!;
        var fileName = FileName ?? System.IO.Path.GetFileName(AssistedManifestContent.Resolve(this, Path!));
        if (!System.Text.RegularExpressions.Regex.IsMatch(fileName, AssistedManifestContent.FileNamePattern))
        {
            ThrowTerminatingError(Cmdlets.ErrorMapper.ToErrorRecord(
                new Errors.RedHatApiException(Errors.ErrorIds.InvalidParameter, Text.Format(Strings.AssistedManifestFileName, fileName)), Path));
        }

        await ForEachClusterAsync(async id =>
        {
            var request = client.AddManifestRequest(id, Folder, fileName, content);
            if (ShouldProcessRequest(request, Text.Format(Strings.AssistedManifestAddAction, Folder + "/" + fileName, content.Length, id)))
            {
                WriteObject(await client.AddManifestAsync(id, Folder, fileName, request, cancellationToken));
            }
        });
    }
}
