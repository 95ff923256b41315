using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client.RunAi;
using RedHatApi.Cmdlets;
using RedHatApi.Cmdlets.Completers;
using RedHatApi.Models.RunAi;

namespace RedHatApi.Commands.RunAi;

/// <summary>
/// <para type="synopsis">Gets the clusters connected to the Run:ai control plane.</para>
/// <para type="description">GET /api/v1/clusters answers every cluster in one array (Run:ai does not page it). -Name picks clusters by name (wildcards allowed; a literal name that matches none is RunAiClusterNotFound); -Uuid reads clusters by UUID.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "RunAiCluster", DefaultParameterSetName = ListSet)]
[OutputType(typeof(RunAiCluster))]
public sealed class GetRunAiClusterCommand : RedHatApiCmdlet
{
    private const string ListSet = "List";
    private const string UuidSet = "Uuid";

    /// <summary>Cluster names; wildcards allowed.</summary>
    [Parameter(ParameterSetName = ListSet, Position = 0)]
    [ValidateNotNullOrEmpty]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(RunAiClusterNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>Cluster UUIDs; binds from piped objects with a Uuid, ClusterId or ClusterUuid property.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [Alias("ClusterId", "ClusterUuid")]
    [ArgumentCompleter(typeof(RunAiClusterIdCompleter))]
    public string[] Uuid { get; set; } = Array.Empty<string>();

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = RunAiClient.For(ResolveSession());
        if (ParameterSetName == UuidSet)
        {
            await ForEachInputAsync(Uuid, async uuid => WriteObject(await client.GetClusterAsync(uuid, cancellationToken)));
            return;
        }

        var clusters = await client.GetClustersAsync(cancellationToken);
        if (Name is not { Length: > 0 })
        {
            WriteObject(clusters, enumerateCollection: true);
            return;
        }

        await ForEachInputAsync(Name, name =>
        {
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase);
            var matches = clusters.Where(c => pattern.IsMatch(c.Name)).ToList();
            if (matches.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(name))
            {
                throw RunAiClient.NotFound(RunAiTarget.Cluster(name));
            }

            WriteObject(matches, enumerateCollection: true);
            return Task.CompletedTask;
        });
    }
}
