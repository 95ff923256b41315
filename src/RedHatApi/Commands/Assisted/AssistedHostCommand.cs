using System;
using System.Management.Automation;
using System.Threading.Tasks;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of the cmdlets that act on given hosts: a host lives under its infra-env, so both ids bind from Get-AssistedHost
/// output by property name (InfraEnvId, Id); each host is handled on its own and an unknown one writes a per-input error.
/// </summary>
public abstract class AssistedHostCommand : RedHatApiCmdlet
{
    /// <summary>The infra-env the hosts booted from; binds from Get-AssistedHost output by property name.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedInfraEnvIdCompleter))]
    public Guid InfraEnvId { get; set; }

    /// <summary>Ids of the hosts; binds from Get-AssistedHost output by property name (Id, HostId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.AssistedHostIdCompleter))]
    public Guid[] HostId { get; set; } = Array.Empty<Guid>();

    /// <summary>Runs <paramref name="action"/> for each host id, writing per-input failures as non-terminating errors.</summary>
    internal Task ForEachHostAsync(Func<Guid, Task> action) => ForEachInputAsync(HostId, action);
}
