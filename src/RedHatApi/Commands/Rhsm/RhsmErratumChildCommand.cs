using System;
using System.Management.Automation;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// Base of the cmdlets that list something of each piped advisory (its systems, its packages): the -Id parameter
/// that binds from Get-RhsmErratum and Get-RhsmSystemErratum output. Each cmdlet adds its -PageSize.
/// </summary>
public abstract class RhsmErratumChildCommand : RedHatApiCmdlet
{
    /// <summary>Advisory ids, for example RHSA-2026:1234; binds from the pipeline by property name (Id, ErratumId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("AdvisoryId", "ErratumId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();
}
