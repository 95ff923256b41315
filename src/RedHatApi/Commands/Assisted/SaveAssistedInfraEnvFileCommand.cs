using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Saves an Assisted Installer infra-env's discovery ignition, iPXE script, static network configuration or minimal initrd.</para>
/// <para type="description">GET /v2/infra-envs/{id}/downloads/files?file_name=… (GET …/downloads/minimal-initrd for minimal-initrd) into a file, for PXE or custom image builds. The discovery ignition carries the infra-env's credentials, so every file is written readable by the current user only on Linux and macOS. A file the infra-env cannot produce is AssistedInfraEnvFileNotAvailable.</para>
/// </summary>
[Cmdlet(VerbsData.Save, "AssistedInfraEnvFile", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAssistedInfraEnvFileCommand : AssistedInfraEnvCommand
{
    /// <summary>discovery.ign, ipxe-script, static-network-config or minimal-initrd.</summary>
    [Parameter(Mandatory = true)]
    [ValidateSet("discovery.ign", "ipxe-script", "static-network-config", AssistedClient.MinimalInitrd)]
    public string FileName { get; set; } = string.Empty;

    /// <summary>A file path, or a folder (the file is named &lt;infra-env id&gt;-&lt;file name&gt;); the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>For ipxe-script: the MAC address of the host that runs it (boot-order-control scripts are per host).</summary>
    [Parameter]
    [ValidatePattern("^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$")]
    public string? MacAddress { get; set; }

    /// <summary>For ipxe-script: discovery-image-always, or boot-order-control (boot from disk once the host is installed).</summary>
    [Parameter]
    [ValidateSet("discovery-image-always", "boot-order-control")]
    public string? IpxeScriptType { get; set; }

    /// <summary>For discovery.ign: the image type the ignition is made for, instead of the infra-env's own.</summary>
    [Parameter]
    [ValidateSet("full-iso", "minimal-iso", "disconnected-iso")]
    public string? DiscoveryIsoType { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var destination = AssistedFileTarget.Resolve(this, Path);
        await ForEachInfraEnvAsync(async id =>
        {
            var request = client.InfraEnvFileRequest(id, FileName, MacAddress, IpxeScriptType, DiscoveryIsoType);
            var target = AssistedFileTarget.FileIn(destination, id.ToString("D") + "-" + FileName);
            if (!ShouldProcessRequest(request, Text.Format(Strings.SaveAssistedInfraEnvFileAction, id, FileName, target)))
            {
                return;
            }

            if (File.Exists(target) && !Force)
            {
                throw new RedHatApiException(ErrorIds.AssistedFileExists, Text.Format(Strings.DownloadFileExists, target)) { Target = id, IsPerInput = true };
            }

            var content = await client.GetInfraEnvFileAsync(id, request, cancellationToken);
            WriteObject(AssistedPrivateFile.Write(target, content));
        });
    }
}
