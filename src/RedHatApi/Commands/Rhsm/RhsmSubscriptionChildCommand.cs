using System;
using System.Management.Automation;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.Rhsm;

/// <summary>
/// Base of the cmdlets that list something of each piped subscription (its systems, its content sets): the
/// -SubscriptionNumber parameter that binds from Get-RhsmSubscription output. Each cmdlet adds its -PageSize.
/// </summary>
public abstract class RhsmSubscriptionChildCommand : RedHatApiCmdlet
{
    /// <summary>Numbers of the subscriptions; binds from Get-RhsmSubscription output by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Cmdlets.Completers.RhsmSubscriptionNumberCompleter))]
    public string[] SubscriptionNumber { get; set; } = Array.Empty<string>();
}
