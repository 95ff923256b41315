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
    /// <summary>The POST /v2/infra-envs/{id}/hosts with host-create-params, on the agent connection.</summary>
    internal ApiRequest RegisterHostRequest(Guid infraEnvId, Guid hostId, string? agentVersion) =>
        Request(HttpMethod.Post, InfraEnvPath(infraEnvId) + "/hosts", new AssistedHostCreateWire { HostId = Segment(hostId), DiscoveryAgentVersion = agentVersion }, agent: true);

    /// <summary>Sends <paramref name="request"/> (from <see cref="RegisterHostRequest"/>): 201 with the host; an unknown infra-env is AssistedInfraEnvNotFound.</summary>
    internal async Task<AssistedHost> RegisterHostAsync(Guid infraEnvId, ApiRequest request, CancellationToken cancellationToken)
    {
        var response = await AgentAsync<AssistedHostWire>(request, InfraEnvTarget(infraEnvId), cancellationToken).ConfigureAwait(false);
        return ToModel(response ?? throw EmptyBody());
    }

    /// <summary>GET /v2/infra-envs/{id}/hosts/{host_id}/instructions: the steps the agent runs next.</summary>
    internal async Task<AssistedHostInstructions> GetHostInstructionsAsync(Guid infraEnvId, Guid hostId, CancellationToken cancellationToken)
    {
        var wire = await AgentAsync<AssistedStepsWire>(Request(HttpMethod.Get, InstructionsPath(infraEnvId, hostId), agent: true), HostTarget(infraEnvId, hostId), cancellationToken).ConfigureAwait(false)
            ?? throw EmptyBody();
        var steps = (wire.Instructions ?? new List<AssistedStepWire>())
            .Select(s => new AssistedHostStep(s.StepType ?? string.Empty, s.StepId ?? string.Empty, s.Args ?? new List<string>()))
            .ToList();
        return new AssistedHostInstructions(infraEnvId, hostId, wire.NextInstructionSeconds, wire.PostStepAction ?? "continue", steps);
    }

    /// <summary>The PUT /v2/infra-envs/{id}/hosts/{host_id}/progress with host-progress, on the agent connection.</summary>
    internal ApiRequest HostProgressRequest(Guid infraEnvId, Guid hostId, string stage, string? info) =>
        Request(HttpMethod.Put, ProgressPath(infraEnvId, hostId), new AssistedHostProgressUpdateWire { CurrentStage = stage, ProgressInfo = info }, agent: true);

    /// <summary>Sends <paramref name="request"/> (from <see cref="HostProgressRequest"/>): 200, no body.</summary>
    internal Task SendHostProgressAsync(Guid infraEnvId, Guid hostId, ApiRequest request, CancellationToken cancellationToken) =>
        AgentAsync<object>(request, HostTarget(infraEnvId, hostId), cancellationToken);

    internal Uri HostInstructionsUrl(Guid infraEnvId, Guid hostId) => Url(InstructionsPath(infraEnvId, hostId));

    private static string InstructionsPath(Guid infraEnvId, Guid hostId) => HostPath(infraEnvId, hostId) + "/instructions";

    private static string ProgressPath(Guid infraEnvId, Guid hostId) => HostPath(infraEnvId, hostId) + "/progress";

    private async Task<T?> AgentAsync<T>(ApiRequest request, AssistedTarget target, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (await SendAsync<T>(request, target, cancellationToken, agent: true).ConfigureAwait(false)).Body;
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
