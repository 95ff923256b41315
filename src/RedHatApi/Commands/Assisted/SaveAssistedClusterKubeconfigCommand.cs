using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Saves the kubeconfig of installed Assisted Installer clusters.</para>
/// <para type="description">GET /v2/clusters/{id}/downloads/credentials?file_name=kubeconfig (or kubeconfig-noingress) into a file that only the current user can read on Linux and macOS. The content is a credential: it goes only into the file, never into output or logs.</para>
/// </summary>
[Cmdlet(VerbsData.Save, "AssistedClusterKubeconfig", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAssistedClusterKubeconfigCommand : AssistedClusterCommand
{
    /// <summary>A file path, or a folder (the file is named kubeconfig-&lt;cluster name&gt;); the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>The kubeconfig that reaches the API without the ingress (available as soon as the cluster installs).</summary>
    [Parameter]
    public SwitchParameter NoIngress { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var destination = AssistedFileTarget.Resolve(this, Path);
        var fileName = NoIngress ? "kubeconfig-noingress" : "kubeconfig";
        await ForEachClusterAsync(async id =>
        {
            var request = client.CredentialFileRequest(id, fileName);
            if (!ShouldProcessRequest(request, Text.Format(Strings.SaveAssistedKubeconfigAction, id, fileName, destination)))
            {
                return;
            }

            // The name of a file in a folder needs the cluster's name; a file path does not.
            var target = Directory.Exists(destination)
                ? AssistedFileTarget.FileIn(destination, fileName + "-" + (await client.GetClusterAsync(id, cancellationToken)).Name)
                : destination;
            if (File.Exists(target) && !Force)
            {
                throw new RedHatApiException(ErrorIds.AssistedFileExists, Text.Format(Strings.DownloadFileExists, target)) { Target = id, IsPerInput = true };
            }

            var content = await client.GetCredentialFileAsync(id, fileName, request, cancellationToken);
            WriteObject(AssistedPrivateFile.Write(target, content));
        });
    }
}
