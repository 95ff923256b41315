using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Changes, renames or moves a custom manifest of Assisted Installer clusters.</para>
/// <para type="description">PATCH /v2/clusters/{id}/manifests naming the manifest (folder, file_name) and only what changes: its content (-Content or -Path), its name (-NewFileName), its folder (-NewFolder).</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "AssistedManifest", SupportsShouldProcess = true, DefaultParameterSetName = ContentSet)]
[OutputType(typeof(AssistedManifest))]
public sealed class SetAssistedManifestCommand : AssistedClusterCommand
{
    private const string PathSet = "Path";
    private const string ContentSet = "Content";

    /// <summary>The manifest's file name; binds from Get-AssistedManifest output.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidatePattern(AssistedManifestContent.FileNamePattern)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedManifestFileNameCompleter))]
    public string FileName { get; set; } = string.Empty;

    /// <summary>The manifest's folder: manifests (the default) or openshift; binds from Get-AssistedManifest output.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("manifests", "openshift")]
    public string Folder { get; set; } = "manifests";

    /// <summary>New text for the manifest.</summary>
    [Parameter(ParameterSetName = ContentSet)]
    [ValidateNotNullOrEmpty]
    public string? Content { get; set; }

    /// <summary>A file whose bytes become the manifest's content.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>A new file name.</summary>
    [Parameter]
    [ValidatePattern(AssistedManifestContent.FileNamePattern)]
    public string? NewFileName { get; set; }

    /// <summary>A new folder: manifests or openshift.</summary>
    [Parameter]
    [ValidateSet("manifests", "openshift")]
    public string? NewFolder { get; set; }

    /// <summary>Outputs the manifest as it now is.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var content = AssistedManifestContent.Read(this, Path, Content);
        var changes = new List<string>();
        if (content is not null)
        {
            changes.Add("content (" + content.Length + " bytes)");
        }

        if (NewFileName is not null)
        {
            changes.Add("file name " + NewFileName);
        }

        if (NewFolder is not null)
        {
            changes.Add("folder " + NewFolder);
        }

        if (changes.Count == 0)
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Strings.AssistedManifestNothingToChange);
        }

        await ForEachClusterAsync(async id =>
        {
            var request = client.UpdateManifestRequest(id, Folder, FileName, NewFolder, NewFileName, content);
            if (ShouldProcessRequest(request, Text.Format(Strings.AssistedManifestSetAction, Folder + "/" + FileName, id, string.Join(", ", changes))))
            {
                var manifest = await client.UpdateManifestAsync(id, Folder, FileName, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(manifest);
                }
            }
        });
    }
}
