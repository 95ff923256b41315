using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets pre-signed links to files of Assisted Installer clusters, for tools that fetch them without a token.</para>
/// <para type="description">GET /v2/clusters/{id}/downloads/files-presigned (install-config.yaml, ignition files, metadata.json, logs) or, with -CredentialFileName, /downloads/credentials-presigned (kubeconfig, kubeconfig-noingress, kubeadmin-password). A link is its own credential until it expires: the default view and ToString mask its key. Save-AssistedClusterFile and Save-AssistedClusterLog download with fresh links themselves.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedClusterFileUrl", DefaultParameterSetName = FileSet)]
[OutputType(typeof(AssistedClusterFileUrl))]
public sealed class GetAssistedClusterFileUrlCommand : AssistedClusterCommand
{
    private const string FileSet = "File";
    private const string CredentialSet = "Credential";

    /// <summary>The file: install-config.yaml, bootstrap.ign, master.ign, worker.ign, metadata.json or logs.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = FileSet)]
    [ValidateSet("install-config.yaml", "bootstrap.ign", "master.ign", "worker.ign", "metadata.json", "logs")]
    public string FileName { get; set; } = string.Empty;

    /// <summary>With -FileName logs: host, controller or all.</summary>
    [Parameter(ParameterSetName = FileSet)]
    [ValidateSet("host", "controller", "all")]
    public string? LogsType { get; set; }

    /// <summary>With -FileName logs: only this host's logs.</summary>
    [Parameter(ParameterSetName = FileSet)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostIdCompleter))]
    public Guid? HostId { get; set; }

    /// <summary>A credential file instead: kubeconfig, kubeconfig-noingress or kubeadmin-password.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [ValidateSet("kubeconfig", "kubeconfig-noingress", "kubeadmin-password")]
    public string CredentialFileName { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        var credential = ParameterSetName == CredentialSet;
        var fileName = credential ? CredentialFileName : FileName;
        await ForEachClusterAsync(async id =>
        {
            var request = credential ? client.CredentialFileUrlRequest(id, fileName) : client.ClusterFileUrlRequest(id, fileName, LogsType, HostId);
            WriteObject(await client.GetClusterFileUrlAsync(id, fileName, credential, request, cancellationToken));
        });
    }
}
