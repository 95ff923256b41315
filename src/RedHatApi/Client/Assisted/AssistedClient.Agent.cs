using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// The agent-facing calls (swagger security agentAuth only): host registration, next-step instructions and install
/// progress. They go with the session's pull-secret token as X-Secret-Key and never with a bearer; a 401 means the
/// service refused the pull secret and becomes AgentAuthenticationFailed.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>POST /v2/infra-envs/{id}/hosts (201) with host-create-params; an unknown infra-env is AssistedInfraEnvNotFound.</summary>
    internal async Task<AssistedHost> RegisterHostAsync(Guid infraEnvId, Guid hostId, string? agentVersion, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["host_id"] = Segment(hostId) };
        if (agentVersion is not null)
        {
            body["discovery_agent_version"] = agentVersion;
        }

        var response = await AgentAsync<AssistedHostWire>(HttpMethod.Post, InfraEnvPath(infraEnvId) + "/hosts", body, InfraEnvTarget(infraEnvId), cancellationToken).ConfigureAwait(false);
        return ToModel(response ?? throw EmptyBody());
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts/{host_id}/instructions: the steps the agent runs next.</summary>
    internal async Task<AssistedHostInstructions> GetHostInstructionsAsync(Guid infraEnvId, Guid hostId, CancellationToken cancellationToken)
    {
        var wire = await AgentAsync<AssistedStepsWire>(HttpMethod.Get, InstructionsPath(infraEnvId, hostId), null, HostTarget(infraEnvId, hostId), cancellationToken).ConfigureAwait(false)
            ?? throw EmptyBody();
        var steps = (wire.Instructions ?? new List<AssistedStepWire>())
            .Select(s => new AssistedHostStep(s.StepType ?? string.Empty, s.StepId ?? string.Empty, s.Args ?? new List<string>()))
            .ToList();
        return new AssistedHostInstructions(infraEnvId, hostId, wire.NextInstructionSeconds, wire.PostStepAction ?? "continue", steps);
    }

    /// <summary>PUT /v2/infra-envs/{id}/hosts/{host_id}/progress (200, no body) with host-progress.</summary>
    internal Task SendHostProgressAsync(Guid infraEnvId, Guid hostId, string stage, string? info, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["current_stage"] = stage };
        if (info is not null)
        {
            body["progress_info"] = info;
        }

        return AgentAsync<object>(HttpMethod.Put, ProgressPath(infraEnvId, hostId), body, HostTarget(infraEnvId, hostId), cancellationToken);
    }

    internal Uri InfraEnvHostsUrl(Guid infraEnvId) => Url(InfraEnvPath(infraEnvId) + "/hosts");

    internal Uri HostInstructionsUrl(Guid infraEnvId, Guid hostId) => Url(InstructionsPath(infraEnvId, hostId));

    internal Uri HostProgressUrl(Guid infraEnvId, Guid hostId) => Url(ProgressPath(infraEnvId, hostId));

    private static string InstructionsPath(Guid infraEnvId, Guid hostId) => HostPath(infraEnvId, hostId) + "/instructions";

    private static string ProgressPath(Guid infraEnvId, Guid hostId) => HostPath(infraEnvId, hostId) + "/progress";

    private async Task<T?> AgentAsync<T>(HttpMethod method, string relativeUrl, JsonObject? body, AssistedTarget target, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await SendAsync<T>(method, relativeUrl, body, target, cancellationToken, agent: true).ConfigureAwait(false)).Body;
        }
        catch (RedHatApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            // The service's own reason is kept; the secret is never part of it.
            throw new RedHatApiException(ErrorIds.AgentAuthenticationFailed, Text.Format(Strings.AgentAuthenticationFailed, ex.Message), ex)
            {
                StatusCode = ex.StatusCode,
                ApiErrorCode = ex.ApiErrorCode,
                RequestId = ex.RequestId,
                ResponseExcerpt = ex.ResponseExcerpt,
                Target = ex.Target,
            };
        }
    }
}
