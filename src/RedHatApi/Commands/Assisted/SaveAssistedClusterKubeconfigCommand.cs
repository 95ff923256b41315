using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;
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
            WriteObject(WritePrivate(target, content));
        });
    }

    /// <summary>Writes a secret file: owner-only permissions before any byte lands, then a rename over the old file.</summary>
    private static FileInfo WritePrivate(string target, byte[] content)
    {
        var temporary = target + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                OwnerOnly(temporary);
                file.Write(content, 0, content.Length);
            }

            if (File.Exists(target))
            {
                File.Delete(target);
            }

            File.Move(temporary, target);
            return new FileInfo(target);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// chmod 600 on Linux and macOS through File.SetUnixFileMode (.NET 7+, looked up at run time because the module
    /// targets netstandard2.0); Windows files inherit the user profile's ACL.
    /// </summary>
    private static void OwnerOnly(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return;
        }

        var modeType = typeof(File).Assembly.GetType("System.IO.UnixFileMode");
        var setMode = modeType is null ? null : typeof(File).GetMethod("SetUnixFileMode", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string), modeType }, null);
        setMode?.Invoke(null, new[] { path, Enum.ToObject(modeType!, 0x180) });
    }
}
