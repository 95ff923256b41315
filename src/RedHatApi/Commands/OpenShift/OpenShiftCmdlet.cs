using System.Management.Automation;
using RedHatApi.Client.OpenShift;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// Base of the cmdlets that call a cluster's API: adds -Cluster, which picks one of the session's connected
/// clusters by name or API server URL (default: the one connected last). It binds by property name, so objects
/// read from one cluster go back to that cluster when piped on.
/// </summary>
public abstract class OpenShiftCmdlet : RedHatApiCmdlet
{
    /// <summary>The cluster to use: its name in the session (Get-RedHatApiSession lists them) or its API server URL. Default: the cluster connected last.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.OpenShiftClusterCompleter))]
    public string? Cluster { get; set; }

    /// <summary>A client of the chosen cluster; OpenShiftClusterNotConnected (terminating) when there is none.</summary>
    internal OpenShiftClient ResolveClient() => OpenShiftClient.For(ResolveSession().ClusterFor(Cluster));
}
