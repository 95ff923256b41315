using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Properties;
using RedHatApi.Transfers;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Downloads files the Assisted Installer generated for clusters: install-config.yaml, ignition files, metadata.json.</para>
/// <para type="description">Gets a fresh pre-signed link (GET /v2/clusters/{id}/downloads/files-presigned) before every attempt and fetches it without the API token (GET /v2/clusters/{id}/downloads/files with the link's own key) into a .partial file, resuming after interruptions, then checks the length and, for ignitions and metadata.json, that the file is JSON. The files exist once the installation starts; before that, AssistedClusterFileNotAvailable.</para>
/// </summary>
[Cmdlet(VerbsData.Save, "AssistedClusterFile", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAssistedClusterFileCommand : AssistedClusterCommand
{
    /// <summary>The file: install-config.yaml, bootstrap.ign, master.ign, worker.ign or metadata.json.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateSet("install-config.yaml", "bootstrap.ign", "master.ign", "worker.ign", "metadata.json")]
    public string FileName { get; set; } = string.Empty;

    /// <summary>A folder (the file is named &lt;cluster name&gt;-&lt;file&gt;) or a file path; the current folder by default.</summary>
    [Parameter(Position = 2)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var client = AssistedClient.For(session);
        var destination = AssistedFileTarget.Resolve(this, Path);
        await ForEachClusterAsync(async id =>
        {
            var link = client.ClusterFileUrlRequest(id, FileName);
            if (!ShouldProcessRequest(link, Text.Format(Strings.AssistedClusterFileAction, id, FileName, destination)))
            {
                return;
            }

            var cluster = await client.GetClusterAsync(id, cancellationToken);
            using var plain = session.CreateTokenEndpointHttpClient();
            var job = AssistedClusterDownload.Job(client, id, cluster.Name, FileName, FileName, link);
            using var transfer = new ResumableDownload(job, plain, destination, Force, session.Network.MaxRetries, session.Network.Timeout, DownloadProgressRecord.For(this));
            WriteObject(await transfer.RunAsync(cancellationToken));
        });
    }
}
