using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Gets Assisted Installer infra-envs (the discovery images hosts boot from).</para>
/// <para type="description">Lists every infra-env in one request (the API does not page them), or those bound to one cluster with -ClusterId, or gets infra-envs by id.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "AssistedInfraEnv", DefaultParameterSetName = ListSet)]
[OutputType(typeof(AssistedInfraEnv))]
public sealed class GetAssistedInfraEnvCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Ids of the infra-envs to get; binds from the pipeline by property name (Id, InfraEnvId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvIdCompleter))]
    public Guid[] InfraEnvId { get; set; } = Array.Empty<Guid>();

    /// <summary>Only the infra-envs bound to this cluster (the API's cluster_id filter).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid? ClusterId { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        if (ParameterSetName == ListSet)
        {
            WriteObject(await client.GetInfraEnvsAsync(ClusterId, cancellationToken), enumerateCollection: true);
            return;
        }

        await ForEachInputAsync(InfraEnvId, async id => WriteObject(await client.GetInfraEnvAsync(id, cancellationToken)));
    }
}
