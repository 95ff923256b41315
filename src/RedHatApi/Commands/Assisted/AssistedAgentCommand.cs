using System;
using System.Management.Automation;
using RedHatApi.Cmdlets;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of the agent-facing cmdlets: they speak for one host's discovery agent, so they take one infra-env and one host
/// id (both bind from Get-AssistedHost output by property name) and authenticate with the session's pull secret
/// (Connect-RedHatApi -PullSecretPath), never with the user's token.
/// </summary>
public abstract class AssistedAgentCommand : RedHatApiCmdlet
{
    /// <summary>The infra-env the host booted from; binds from Get-AssistedHost output by property name.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public Guid InfraEnvId { get; set; }

    /// <summary>The host's id (the agent's host UUID); binds from Get-AssistedHost output by property name (Id, HostId).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    public Guid HostId { get; set; }
}
