using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of the cmdlets that run one cluster action (POST /v2/clusters/{id}/actions/install|cancel|reset, 202):
/// -WhatIf shows the POST, a 409 becomes AssistedClusterStateConflict with the cluster's state, -PassThru outputs the
/// cluster as the service answered.
/// </summary>
public abstract class AssistedClusterActionCommand : AssistedClusterCommand
{
    /// <summary>Outputs the cluster as the service answered (its new status).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected abstract AssistedClient.ClusterAction Action { get; }

    private protected abstract string Describe(System.Guid id);

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachClusterAsync(async id =>
        {
            var request = client.ClusterActionRequest(id, Action);
            if (ShouldProcessRequest(request, Describe(id)))
            {
                var cluster = await client.RunClusterActionAsync(id, Action, request, cancellationToken);
                if (PassThru)
                {
                    WriteObject(cluster);
                }
            }
        });
    }
}
