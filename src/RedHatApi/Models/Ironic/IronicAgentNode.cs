using System;
using System.Collections.Generic;
using System.Security;

namespace RedHatApi.Models.Ironic;

/// <summary>
/// What Find-IronicNode returns: the node that Ironic's agent lookup (GET /v1/lookup) matched, its agent config and
/// the agent token. Ironic shows the real token on the first lookup only; RedHatApi keeps it in the session for
/// Send-IronicHeartbeat, and later lookups return the kept one.
/// </summary>
public sealed class IronicAgentNode
{
    internal IronicAgentNode(Guid uuid, IReadOnlyDictionary<string, object?> config)
    {
        Uuid = uuid;
        Config = config;
    }

    /// <summary>The node's UUID.</summary>
    public Guid Uuid { get; }

    /// <summary>The node's name, where the server gives it (Ironic's lookup returns only some node fields).</summary>
    public string? Name { get; init; }

    /// <summary>The node's provision state, where the server gives it.</summary>
    public string? ProvisionState { get; init; }

    /// <summary>The agent config of the lookup answer (heartbeat_timeout, agent_token_required, metrics...), by Ironic's names; the token is masked here.</summary>
    public IReadOnlyDictionary<string, object?> Config { get; }

    /// <summary>Seconds after which Ironic considers the agent gone; agents heartbeat at 0.3-0.6 of it.</summary>
    public int? HeartbeatTimeout { get; init; }

    /// <summary>True when Ironic refuses heartbeats without the agent token.</summary>
    public bool? AgentTokenRequired { get; init; }

    /// <summary>The agent token: from this lookup when it was the first, else the one this session kept; null when neither has it.</summary>
    public SecureString? AgentToken { get; init; }

    /// <summary>True when this lookup handed out the token (the node's first lookup).</summary>
    public bool AgentTokenIssued { get; init; }

    /// <summary>The microversion the lookup was sent with.</summary>
    public string? ApiVersion { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name ?? Uuid.ToString();
}
