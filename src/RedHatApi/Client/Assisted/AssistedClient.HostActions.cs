using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// What a user does to one host besides renaming it: install it (day 2), reset it, bind it to a cluster or unbind it
/// (late binding), reset one of its validations, set its coreos-installer arguments and its ignition override, and
/// read that override back. Every call lives under the host's infra-env.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>The POST …/hosts/{host_id}/actions/install (a host added to an installed cluster): 202 with the host.</summary>
    internal ApiRequest InstallHostRequest(Guid infraEnvId, Guid hostId) => Request(HttpMethod.Post, HostPath(infraEnvId, hostId) + "/actions/install");

    /// <summary>The POST …/hosts/{host_id}/actions/reset (a host that failed to install goes back to discovery): 200 with the host.</summary>
    internal ApiRequest ResetHostRequest(Guid infraEnvId, Guid hostId) => Request(HttpMethod.Post, HostPath(infraEnvId, hostId) + "/actions/reset");

    /// <summary>The POST …/hosts/{host_id}/actions/bind with bind-host-params: 200 with the host, now in the cluster.</summary>
    internal ApiRequest BindHostRequest(Guid infraEnvId, Guid hostId, Guid clusterId) =>
        Request(HttpMethod.Post, HostPath(infraEnvId, hostId) + "/actions/bind", new AssistedBindHostWire { ClusterId = Segment(clusterId) });

    /// <summary>The POST …/hosts/{host_id}/actions/unbind: 200 with the host, back in its infra-env only.</summary>
    internal ApiRequest UnbindHostRequest(Guid infraEnvId, Guid hostId) => Request(HttpMethod.Post, HostPath(infraEnvId, hostId) + "/actions/unbind");

    /// <summary>The PATCH …/hosts/{host_id}/actions/reset-validation/{validation_id}: 200 with the host.</summary>
    internal ApiRequest ResetHostValidationRequest(Guid infraEnvId, Guid hostId, string validationId) =>
        Request(new HttpMethod("PATCH"), HostPath(infraEnvId, hostId) + "/actions/reset-validation/" + Uri.EscapeDataString(validationId));

    /// <summary>The PATCH …/hosts/{host_id}/installer-args with installer-args-params (the whole list replaces the old one): 201 with the host.</summary>
    internal ApiRequest UpdateHostInstallerArgsRequest(Guid infraEnvId, Guid hostId, string[] arguments) =>
        Request(new HttpMethod("PATCH"), HostPath(infraEnvId, hostId) + "/installer-args", new AssistedInstallerArgsWire { Args = arguments });

    /// <summary>The PATCH …/hosts/{host_id}/ignition with host-ignition-params (an ignition override merged into the host's): 201, no body.</summary>
    internal ApiRequest UpdateHostIgnitionRequest(Guid infraEnvId, Guid hostId, string config) =>
        Request(new HttpMethod("PATCH"), HostPath(infraEnvId, hostId) + "/ignition", new AssistedHostIgnitionWire { Config = config });

    /// <summary>
    /// Sends a host action built above and reads the host it answers; a 409 is AssistedHostStateConflict naming
    /// <paramref name="operation"/> and the host's state, a 404 AssistedHostNotFound.
    /// </summary>
    internal async Task<AssistedHost> SendHostActionAsync(Guid infraEnvId, Guid hostId, ApiRequest request, string operation, CancellationToken cancellationToken)
    {
        var response = await SendAsync<AssistedHostWire>(request, HostActionTarget(infraEnvId, hostId, operation), cancellationToken).ConfigureAwait(false);
        return ToModel(response.Body ?? throw EmptyBody());
    }

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateHostIgnitionRequest"/>): 201 without a body.</summary>
    internal Task UpdateHostIgnitionAsync(Guid infraEnvId, Guid hostId, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, HostActionTarget(infraEnvId, hostId, Text.Format(Strings.AssistedOperationIgnitionHost, hostId)), cancellationToken);

    /// <summary>GET …/hosts/{host_id}/ignition: the host's ignition override as a string (empty when none is set).</summary>
    internal async Task<AssistedHostIgnition> GetHostIgnitionAsync(Guid infraEnvId, Guid hostId, CancellationToken cancellationToken)
    {
        var target = HostActionTarget(infraEnvId, hostId, Text.Format(Strings.AssistedOperationReadIgnitionHost, hostId));
        var wire = await GetAsync<AssistedHostIgnitionWire>(HostPath(infraEnvId, hostId) + "/ignition", target, cancellationToken).ConfigureAwait(false);
        return new AssistedHostIgnition(infraEnvId, hostId, wire.Config ?? string.Empty);
    }

    /// <summary>The GET /v2/infra-env/{id}/hosts/{host_id}/downloads/ignition (the spec spells this one path's infra-env in the singular).</summary>
    internal ApiRequest HostIgnitionFileRequest(Guid infraEnvId, Guid hostId) =>
        Request(HttpMethod.Get, "infra-env/" + Segment(infraEnvId) + "/hosts/" + Segment(hostId) + "/downloads/ignition");

    /// <summary>Sends <paramref name="request"/> (from <see cref="HostIgnitionFileRequest"/>): the ignition file's bytes.</summary>
    internal async Task<byte[]> GetHostIgnitionFileAsync(Guid infraEnvId, Guid hostId, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = HostActionTarget(infraEnvId, hostId, Text.Format(Strings.AssistedOperationReadIgnitionHost, hostId));
        using var response = await _api.SendAsync(request, target, cancellationToken).ConfigureAwait(false);
        return response.Content is null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// A host target whose 409 says which <paramref name="operation"/> the host's state refused, with the service's
    /// reason; the state comes from the answer or from a fresh GET of the host.
    /// </summary>
    private AssistedTarget HostActionTarget(Guid infraEnvId, Guid hostId, string operation) =>
        new(hostId, ErrorIds.AssistedHostNotFound, Text.Format(Strings.AssistedHostNotFound, hostId, Text.Format(Strings.HostInInfraEnv, infraEnvId)))
        {
            ConflictErrorId = ErrorIds.AssistedHostStateConflict,
            ConflictText = (state, reason) => Text.Format(Strings.AssistedHostActionConflict, operation, state, reason),
            ReadState = async ct =>
            {
                try
                {
                    return (await GetAsync<AssistedHostWire>(HostPath(infraEnvId, hostId), null, ct).ConfigureAwait(false)).Status;
                }
                catch (RedHatApiException)
                {
                    return null;
                }
            },
        };

    /// <summary>installer_args: a JSON array of strings inside a string; anything else reads as no arguments.</summary>
    private static IReadOnlyList<string> InstallerArgsOf(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Array.Empty<string>();
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(json!) ?? new List<string>();
        }
        catch (JsonException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>Why <paramref name="json"/> is not a JSON object (an ignition config must be one), or null when it is.</summary>
    internal static string? JsonObjectProblem(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? null : "the text is a JSON " + doc.RootElement.ValueKind.ToString().ToLowerInvariant();
        }
        catch (JsonException e)
        {
            return e.Message;
        }
    }
}
