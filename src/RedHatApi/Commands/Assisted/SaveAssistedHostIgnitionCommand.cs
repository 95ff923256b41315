using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Saves the ignition file a bound Assisted Installer host boots its installation with.</para>
/// <para type="description">GET /v2/infra-env/{id}/hosts/{host_id}/downloads/ignition for each host (the pointer ignition with the host's override merged), into a file readable by the current user only on Linux and macOS, for hosts installed by other means (for example a day-2 worker booted by hand). An unbound host has none (AssistedHostStateConflict).</para>
/// </summary>
[Cmdlet(VerbsData.Save, "AssistedHostIgnition", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAssistedHostIgnitionCommand : AssistedHostCommand
{
    /// <summary>A file path, or a folder (the file is named &lt;host id&gt;.ign); the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var destination = AssistedFileTarget.Resolve(this, Path);
        await ForEachHostAsync(async id =>
        {
            var request = client.HostIgnitionFileRequest(InfraEnvId, id);
            var target = AssistedFileTarget.FileIn(destination, id.ToString("D") + ".ign");
            if (!ShouldProcessRequest(request, Text.Format(Strings.SaveAssistedHostIgnitionAction, id, target)))
            {
                return;
            }

            if (File.Exists(target) && !Force)
            {
                throw new RedHatApiException(ErrorIds.AssistedFileExists, Text.Format(Strings.DownloadFileExists, target)) { Target = id, IsPerInput = true };
            }

            var content = await client.GetHostIgnitionFileAsync(InfraEnvId, id, request, cancellationToken);
            WriteObject(AssistedPrivateFile.Write(target, content));
        });
    }
}
