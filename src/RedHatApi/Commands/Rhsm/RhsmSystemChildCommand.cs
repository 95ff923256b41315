using System;
using System.Management.Automation;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// Base of the cmdlets that list something of each piped system (errata, packages...): the -Uuid parameter that
/// binds from Get-RhsmSystem output. Each cmdlet adds its -PageSize, whose maximum is its endpoint's own cap.
/// </summary>
public abstract class RhsmSystemChildCommand : RedHatApiCmdlet
{
    /// <summary>UUIDs of the systems; binds from the pipeline by property name (Uuid, SystemUuid).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SystemUuid", "SystemId", "ConsumerUuid")]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSystemUuidCompleter))]
    public Guid[] Uuid { get; set; } = Array.Empty<Guid>();
}
