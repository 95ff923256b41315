using System;
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
/// <para type="synopsis">Downloads the installation logs of Assisted Installer clusters as a tar archive.</para>
/// <para type="description">Gets a fresh pre-signed link (GET /v2/clusters/{id}/downloads/files-presigned?file_name=logs) before every attempt and fetches it without the API token (GET /v2/clusters/{id}/logs with the link's own key), resuming after interruptions, then checks the length and the tar header. Hosts send their logs during and after the installation; before that, AssistedClusterFileNotAvailable.</para>
/// </summary>
[Cmdlet(VerbsData.Save, "AssistedClusterLog", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAssistedClusterLogCommand : AssistedClusterCommand
{
    /// <summary>A folder (the file is named &lt;cluster name&gt;-logs-&lt;type&gt;.tar) or a file path; the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Which logs: host (the hosts' installer logs), controller (the cluster's installation controller) or all (the default).</summary>
    [Parameter]
    [ValidateSet("host", "controller", "all")]
    public string LogsType { get; set; } = "all";

    /// <summary>Only this host's logs (with -LogsType host).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostIdCompleter))]
    public Guid? HostId { get; set; }

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
            var link = client.ClusterFileUrlRequest(id, "logs", LogsType, HostId);
            if (!ShouldProcessRequest(link, Text.Format(Strings.AssistedClusterLogAction, id, LogsType, destination)))
            {
                return;
            }

            var cluster = await client.GetClusterAsync(id, cancellationToken);
            var saved = "logs-" + LogsType + (HostId is { } host ? "-" + host.ToString("D") : string.Empty) + ".tar";
            using var plain = session.CreateTokenEndpointHttpClient();
            var job = AssistedClusterDownload.Job(client, id, cluster.Name, "logs", saved, link);
            using var transfer = new ResumableDownload(job, plain, destination, Force, session.Network.MaxRetries, session.Network.Timeout, DownloadProgressRecord.For(this));
            WriteObject(await transfer.RunAsync(cancellationToken));
        });
    }
}
