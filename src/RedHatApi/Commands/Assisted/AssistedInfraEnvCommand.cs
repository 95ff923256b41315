using System;
using System.Management.Automation;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of the cmdlets that act on given infra-envs: -InfraEnvId binds from Get-AssistedInfraEnv output (its Id) and
/// from anything with an InfraEnvId property (hosts); each id is handled on its own, so an unknown one writes a
/// per-input error and the pipeline goes on.
/// </summary>
public abstract class AssistedInfraEnvCommand : RedHatApiCmdlet
{
    /// <summary>Ids of the infra-envs; binds from the pipeline by property name (Id, InfraEnvId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvIdCompleter))]
    public Guid[] InfraEnvId { get; set; } = Array.Empty<Guid>();

    /// <summary>Runs <paramref name="action"/> for each id, writing per-input failures as non-terminating errors.</summary>
    internal Task ForEachInfraEnvAsync(Func<Guid, Task> action) => ForEachInputAsync(InfraEnvId, action);
}
