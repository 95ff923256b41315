using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Ironic;

namespace RedHatApi.Client.Ironic;

/// <summary>The agent endpoints: lookup (GET /v1/lookup) and heartbeat (POST /v1/heartbeat/{node}).</summary>
internal sealed partial class IronicClient
{
    /// <summary>
    /// One lookup by MAC addresses and/or node UUID, at the lowest version that hands out the agent token (1.62)
    /// capped at the server's maximum, never below 1.22. The real token of a first lookup is kept in the session;
    /// a later lookup (which shows "******") returns the kept one. No match is IronicNodeNotFound.
    /// </summary>
    internal async Task<IronicAgentNode> LookupAsync(IReadOnlyList<string> macAddresses, Guid? nodeUuid, CancellationToken cancellationToken)
    {
        var version = await VersionForAsync("Find-IronicNode (GET /v1/lookup)", IronicMicroversion.Lookup, IronicMicroversion.LookupCap, cancellationToken).ConfigureAwait(false);
        var query = IronicJson.Query(new[]
        {
            new KeyValuePair<string, string?>("addresses", macAddresses.Count == 0 ? null : string.Join(",", macAddresses)),
            new KeyValuePair<string, string?>("node_uuid", nodeUuid?.ToString()),
        });
        var target = nodeUuid?.ToString() ?? string.Join(",", macAddresses);
        using var doc = await SendAsync(version, (c, ct) => DocumentAsync(c, c.Request(HttpMethod.Get, "v1/lookup?" + query), target, ct), cancellationToken).ConfigureAwait(false);
        return ToAgentNode(doc.RootElement, version);
    }

    private IronicAgentNode ToAgentNode(JsonElement root, IronicMicroversion version)
    {
        var node = root.TryGetProperty("node", out var n) ? n : default;
        var config = root.TryGetProperty("config", out var c) ? c : default;
        var uuid = IronicJson.Guid(node, "uuid") ?? throw new RedHatApiException(ErrorIds.InvalidResponse, Properties.Text.Format(Properties.Strings.InvalidResponse, "Ironic", "a lookup answer without node.uuid"));
        var name = IronicJson.String(node, "name");
        var token = IronicJson.String(config, "agent_token");
        var issued = !string.IsNullOrEmpty(token) && token!.Trim('*').Length > 0;
        if (issued)
        {
            State.KeepToken(uuid, name, token!);
        }

        var timeout = IronicJson.Int(config, "heartbeat_timeout");
        if (timeout is { } seconds)
        {
            State.KeepHeartbeatTimeout(uuid, name, seconds);
        }

        return new IronicAgentNode(uuid, IronicJson.Fields(config, "agent_token"))
        {
            Name = name,
            ProvisionState = IronicJson.String(node, "provision_state"),
            HeartbeatTimeout = timeout,
            AgentTokenRequired = IronicJson.Bool(config, "agent_token_required"),
            AgentToken = State.TokenFor(uuid.ToString()),
            AgentTokenIssued = issued,
            ApiVersion = version.ToString(),
        };
    }

    /// <summary>
    /// The heartbeat request value: the lowest version that carries every field given (1.22; agent_version 1.36,
    /// agent_token 1.62, agent_verify_ca 1.68, agent_status 1.72), raised to 1.62 for a kept token when the server
    /// serves it. Without <see cref="IronicHeartbeat.AgentToken"/> the token kept from Find-IronicNode is sent.
    /// </summary>
    internal async Task<IronicHeartbeatCall> PrepareHeartbeatAsync(IronicHeartbeat beat, CancellationToken cancellationToken)
    {
        var range = await RangeAsync(cancellationToken).ConfigureAwait(false);
        var minimum = IronicMicroversion.Lookup;
        if (beat.AgentVersion is not null)
        {
            minimum = IronicMicroversion.Max(minimum, IronicMicroversion.AgentVersion);
        }

        if (beat.AgentToken is not null)
        {
            minimum = IronicMicroversion.Max(minimum, IronicMicroversion.AgentToken);
        }

        if (beat.AgentVerifyCa is not null)
        {
            minimum = IronicMicroversion.Max(minimum, IronicMicroversion.AgentVerifyCa);
        }

        if (beat.AgentStatus is not null)
        {
            minimum = IronicMicroversion.Max(minimum, IronicMicroversion.AgentStatus);
        }

        var token = beat.AgentToken ?? State.PlainTokenFor(beat.Node);
        var desired = token is null ? minimum : IronicMicroversion.Max(minimum, IronicMicroversion.AgentToken);
        var version = State.Choose(range, "Send-IronicHeartbeat (POST /v1/heartbeat)", minimum, desired);
        var body = new JsonObject { ["callback_url"] = beat.CallbackUrl.AbsoluteUri };
        if (beat.AgentVersion is not null && version >= IronicMicroversion.AgentVersion)
        {
            body["agent_version"] = beat.AgentVersion;
        }

        if (token is not null && version >= IronicMicroversion.AgentToken)
        {
            body["agent_token"] = token;
        }

        if (beat.AgentVerifyCa is not null && version >= IronicMicroversion.AgentVerifyCa)
        {
            body["agent_verify_ca"] = beat.AgentVerifyCa;
        }

        if (beat.AgentStatus is not null && version >= IronicMicroversion.AgentStatus)
        {
            body["agent_status"] = beat.AgentStatus;
        }

        var first = State.Endpoints[0];
        var path = "v1/heartbeat/" + Uri.EscapeDataString(beat.Node);
        return new IronicHeartbeatCall(beat.Node, version, path, body, new Uri(first.BaseUrl, path), body.ContainsKey("agent_token"));
    }

    /// <summary>
    /// Sends a prepared heartbeat (202). A 409 (the node is locked) waits 5, 10, then 30 s and tries again, at most
    /// <paramref name="conflictRetries"/> times; a heartbeat that gets through resets those pauses.
    /// </summary>
    internal async Task SendHeartbeatAsync(IronicHeartbeatCall call, int conflictRetries, CancellationToken cancellationToken)
    {
        var pauses = State.ConflictsOf(call.Node);
        for (var retries = 0; ; retries++)
        {
            try
            {
                await SendAsync(call.Version, async (c, ct) =>
                {
                    using var response = await c.SendAsync(c.Request(HttpMethod.Post, call.Path, call.Body), call.Node, ct).ConfigureAwait(false);
                    return true;
                }, cancellationToken).ConfigureAwait(false);
                pauses.Reset();
                return;
            }
            catch (RedHatApiException ex) when (ex.ErrorId == ErrorIds.IronicNodeLocked && retries < conflictRetries)
            {
                await State.Delay(pauses.Next(), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>What a heartbeat carries, as the cmdlet was given it.</summary>
internal sealed record IronicHeartbeat(string Node, Uri CallbackUrl)
{
    internal string? AgentToken { get; init; }

    internal string? AgentVersion { get; init; }

    internal string? AgentVerifyCa { get; init; }

    internal string? AgentStatus { get; init; }
}

/// <summary>A heartbeat ready to send: its version, path and body; <see cref="ToString"/> is the -WhatIf text, without the token.</summary>
internal sealed record IronicHeartbeatCall(string Node, IronicMicroversion Version, string Path, JsonObject Body, Uri Url, bool SendsToken)
{
    /// <summary>"POST https://ironic:6385/v1/heartbeat/node-1 (X-OpenStack-Ironic-API-Version: 1.68; callback_url, agent_version, agent_token)".</summary>
    public override string ToString() =>
        "POST " + Url.AbsoluteUri + " (" + IronicClient.VersionHeader + ": " + Version + "; " + string.Join(", ", Body.Select(p => p.Key)) + ")";
}
