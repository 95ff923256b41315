using System;
using System.Management.Automation;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of the cmdlets that act on given Assisted clusters: -ClusterId binds from Get-AssistedCluster output (its
/// Id) and from anything else with a ClusterId property; each id is handled on its own, so an unknown one writes
/// a per-input error and the pipeline goes on.
/// </summary>
public abstract class AssistedClusterCommand : RedHatApiCmdlet
{
    /// <summary>Ids of the clusters; binds from the pipeline by property name (Id, ClusterId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedClusterIdCompleter))]
    public Guid[] ClusterId { get; set; } = Array.Empty<Guid>();

    /// <summary>Runs <paramref name="action"/> for each id, writing per-input failures as non-terminating errors.</summary>
    internal Task ForEachClusterAsync(Func<Guid, Task> action) => ForEachInputAsync(ClusterId, action);
}
