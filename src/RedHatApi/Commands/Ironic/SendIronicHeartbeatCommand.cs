using System;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Auth;
using RedHatApi.Client.Ironic;
using RedHatApi.Cmdlets;
using RedHatApi.Properties;

namespace RedHatApi.Commands.Ironic;

/// <summary>
/// <para type="synopsis">Sends an agent heartbeat for a node (POST /v1/heartbeat/{node}), once or at ironic-python-agent's interval.</para>
/// <para type="description">Tells Ironic that the agent of a node is alive and where it listens (-CallbackUrl). The body carries only the fields given and the microversion is the lowest that carries them. Without -AgentToken the token this session kept from Find-IronicNode is sent. A locked node (409) is retried after 5, 10 and 30 s. With -Continuous it heartbeats every heartbeat_timeout × U(0.3, 0.6) seconds until Ctrl+C or -TimeoutSec, one Verbose line per beat.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "IronicHeartbeat", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class SendIronicHeartbeatCommand : RedHatApiCmdlet
{
    /// <summary>The node's UUID or name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Uuid", "NodeUuid")]
    [ValidateNotNullOrEmpty]
    public string? Node { get; set; }

    /// <summary>Where Ironic reaches the agent (http(s)://&lt;address&gt;:9999).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNull]
    public Uri? CallbackUrl { get; set; }

    /// <summary>The agent token; default the one this session kept from the node's first Find-IronicNode.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public SecureString? AgentToken { get; set; }

    /// <summary>The agent's version (agent_version, microversion 1.36).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AgentVersion { get; set; }

    /// <summary>The CA the conductor uses to verify the agent's TLS (agent_verify_ca, microversion 1.68).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AgentVerifyCa { get; set; }

    /// <summary>The agent's status (agent_status, microversion 1.72): start, end or error.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AgentStatus { get; set; }

    /// <summary>Keeps heartbeating at IPA's interval until Ctrl+C or -TimeoutSec.</summary>
    [Parameter]
    public SwitchParameter Continuous { get; set; }

    /// <summary>With -Continuous: stop after this many seconds (0, the default: until Ctrl+C).</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int TimeoutSec { get; set; }

    /// <summary>With -Continuous: seconds between beats instead of the node's heartbeat_timeout × U(0.3, 0.6).</summary>
    [Parameter]
    [ValidateRange(0.01, 86400)]
    public double IntervalSec { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Node;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var client = IronicClient.For(ResolveSession());
        var beat = new IronicHeartbeat(Node!, CallbackUrl!)
        {
            AgentToken = AgentToken is null ? null : SecretValue.ToPlain(AgentToken),
            AgentVersion = AgentVersion,
            AgentVerifyCa = AgentVerifyCa,
            AgentStatus = AgentStatus,
        };
        IronicHeartbeatCall? call = null;
        if (!await PerInputAsync(Node, async () => call = await client.PrepareHeartbeatAsync(beat, cancellationToken)) || call is null ||
            !ShouldProcess(call.ToString(), Strings.IronicHeartbeatAction))
        {
            return;
        }

        if (!Continuous)
        {
            await PerInputAsync(Node, async () =>
            {
                await client.SendHeartbeatAsync(call, conflictRetries: 3, cancellationToken);
                WriteVerbose(Text.Format(Strings.IronicHeartbeatAccepted, 1, Node, 0));
            });

            return;
        }

        var timeout = TimeoutSec > 0 ? TimeSpan.FromSeconds(TimeoutSec) : (TimeSpan?)null;
        var heartbeatTimeout = client.State.HeartbeatTimeoutFor(Node!) ?? IronicHeartbeatLoop.DefaultHeartbeatTimeout;
        Func<TimeSpan> interval = IntervalSec > 0
            ? () => TimeSpan.FromSeconds(IntervalSec)
            : () => IronicPauses.HeartbeatInterval(heartbeatTimeout, client.State.Random);
        await foreach (var result in IronicHeartbeatLoop.RunAsync(ct => client.SendHeartbeatAsync(call, 3, ct), interval, client.State, timeout, cancellationToken))
        {
            if (result.Failure is null)
            {
                WriteVerbose(Text.Format(Strings.IronicHeartbeatAccepted, result.Number, Node, result.NextIn.TotalSeconds));
            }
            else
            {
                WriteWarning(Text.Format(Strings.IronicHeartbeatFailed, result.Number, Node, result.Failure.ErrorId, result.Failure.Message, result.NextIn.TotalSeconds));
            }
        }
    }
}
