using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// Base of the cmdlets that run one action on given hosts (install, reset, bind, unbind, reset a validation): -WhatIf
/// shows the request, a 409 becomes AssistedHostStateConflict naming the action and the host's state, and -PassThru
/// outputs the host as the service answered.
/// </summary>
public abstract class AssistedHostActionCommand : AssistedHostCommand
{
    /// <summary>Outputs each host as the service answered (its new status or cluster).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The request of the action for one host, built by the client.</summary>
    private protected abstract ApiRequest RequestFor(AssistedClient client, Guid hostId);

    /// <summary>The action as a verb phrase for a 409's message ("install host 3f…").</summary>
    private protected abstract string Operation(Guid hostId);

    /// <summary>The -WhatIf / -Confirm action text.</summary>
    private protected abstract string Describe(Guid hostId);

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = AssistedClient.For(ResolveSession());
        await ForEachHostAsync(async id =>
        {
            var request = RequestFor(client, id);
            if (ShouldProcessRequest(request, Describe(id)))
            {
                var host = await client.SendHostActionAsync(InfraEnvId, id, request, Operation(id), cancellationToken);
                if (PassThru)
                {
                    WriteObject(host);
                }
            }
        });
    }
}
