using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>/v2/infra-envs and the pre-signed link of their discovery image. The list is a bare array with no paging.</summary>
internal sealed partial class AssistedClient
{
    /// <summary>Path of the infra-env list, for requests and -WhatIf.</summary>
    internal const string InfraEnvsPath = "infra-envs";

    /// <summary>GET /v2/infra-envs, optionally only those bound to one cluster (an unknown cluster lists nothing).</summary>
    internal async Task<IReadOnlyList<AssistedInfraEnv>> GetInfraEnvsAsync(Guid? clusterId, CancellationToken cancellationToken)
    {
        var url = clusterId is { } id ? InfraEnvsPath + "?cluster_id=" + Segment(id) : InfraEnvsPath;
        return (await GetAsync<List<AssistedInfraEnvWire>>(url, null, cancellationToken).ConfigureAwait(false)).Select(ToModel).ToList();
    }

    /// <summary>GET /v2/infra-envs/{id}; an unknown id is AssistedInfraEnvNotFound.</summary>
    internal async Task<AssistedInfraEnv> GetInfraEnvAsync(Guid id, CancellationToken cancellationToken) =>
        ToModel(await GetAsync<AssistedInfraEnvWire>(InfraEnvPath(id), InfraEnvTarget(id), cancellationToken).ConfigureAwait(false));

    /// <summary>The POST /v2/infra-envs that creates an infra-env: the value -WhatIf shows and <see cref="RegisterInfraEnvAsync"/> sends.</summary>
    internal ApiRequest RegisterInfraEnvRequest(AssistedInfraEnvCreateWire body) => _api.Request(HttpMethod.Post, InfraEnvsPath, body);

    /// <summary>Sends <paramref name="request"/> (from <see cref="RegisterInfraEnvRequest"/>); an unknown <paramref name="clusterId"/> is AssistedClusterNotFound.</summary>
    internal async Task<AssistedInfraEnv> RegisterInfraEnvAsync(ApiRequest request, Guid? clusterId, CancellationToken cancellationToken)
    {
        var target = clusterId is { } id ? ClusterTarget(id) : null;
        var response = await _api.SendJsonAsync<AssistedInfraEnvWire>(request, target, cancellationToken).ConfigureAwait(false);
        return ToModel(response.Body ?? throw EmptyBody());
    }

    /// <summary>The PATCH /v2/infra-envs/{id} that sets exactly the non-null fields of <paramref name="changes"/>.</summary>
    internal ApiRequest UpdateInfraEnvRequest(Guid id, AssistedInfraEnvUpdateWire changes) => Request(new HttpMethod("PATCH"), InfraEnvPath(id), changes);

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateInfraEnvRequest"/>): 201 with the infra-env.</summary>
    internal async Task<AssistedInfraEnv> UpdateInfraEnvAsync(Guid id, ApiRequest request, CancellationToken cancellationToken)
    {
        var response = await SendAsync<AssistedInfraEnvWire>(request, InfraEnvTarget(id), cancellationToken).ConfigureAwait(false);
        return ToModel(response.Body ?? throw EmptyBody());
    }

    /// <summary>The DELETE /v2/infra-envs/{id}.</summary>
    internal ApiRequest RemoveInfraEnvRequest(Guid id) => Request(HttpMethod.Delete, InfraEnvPath(id));

    /// <summary>Sends <paramref name="request"/> (from <see cref="RemoveInfraEnvRequest"/>): 204; 409 while hosts are registered with it is AssistedInfraEnvHasHosts.</summary>
    internal Task RemoveInfraEnvAsync(Guid id, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, new AssistedTarget(id, ErrorIds.AssistedInfraEnvNotFound, Text.Format(Strings.AssistedInfraEnvNotFound, id))
        {
            ConflictErrorId = ErrorIds.AssistedInfraEnvHasHosts,
            ConflictText = (_, reason) => Text.Format(Strings.AssistedInfraEnvHasHosts, id, reason),
        }, cancellationToken);

    /// <summary>GET /v2/infra-envs/{id}/downloads/image-url: a fresh pre-signed link to the discovery ISO.</summary>
    internal Task<AssistedDiscoveryIsoUrl> GetDiscoveryIsoUrlAsync(Guid id, CancellationToken cancellationToken) =>
        GetDiscoveryIsoUrlAsync(id, DiscoveryIsoUrlRequest(id), cancellationToken);

    /// <summary>The GET /v2/infra-envs/{id}/downloads/image-url (a value: a download sends it again for each fresh link).</summary>
    internal ApiRequest DiscoveryIsoUrlRequest(Guid id) => Request(HttpMethod.Get, ImageUrlPath(id));

    /// <summary>Sends <paramref name="request"/> (from <see cref="DiscoveryIsoUrlRequest"/>): a fresh pre-signed link to the discovery ISO.</summary>
    internal async Task<AssistedDiscoveryIsoUrl> GetDiscoveryIsoUrlAsync(Guid id, ApiRequest request, CancellationToken cancellationToken)
    {
        var wire = await _api.GetJsonAsync<AssistedPresignedUrlWire>(request, InfraEnvTarget(id), cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(wire.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "no absolute http(s) url in the image-url answer"));
        }

        return new AssistedDiscoveryIsoUrl(id, url, ParseTime(wire.ExpiresAt));
    }

    /// <summary>What a failure about infra-env <paramref name="id"/> means: AssistedInfraEnvNotFound.</summary>
    internal static AssistedTarget InfraEnvTarget(Guid id) =>
        new(id, ErrorIds.AssistedInfraEnvNotFound, Text.Format(Strings.AssistedInfraEnvNotFound, id));

    private static string InfraEnvPath(Guid id) => InfraEnvsPath + "/" + Segment(id);

    private static string ImageUrlPath(Guid id) => InfraEnvPath(id) + "/downloads/image-url";

    private static RedHatApiException EmptyBody() =>
        new(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "empty body"));

    private static AssistedInfraEnv ToModel(AssistedInfraEnvWire wire) =>
        new(ParseGuid(wire.Id) ?? Guid.Empty, wire.Name ?? string.Empty, ParseGuid(wire.ClusterId), wire.Type)
        {
            OpenShiftVersion = wire.OpenShiftVersion,
            CpuArchitecture = wire.CpuArchitecture,
            PullSecretSet = wire.PullSecretSet ?? false,
            SshAuthorizedKey = string.IsNullOrEmpty(wire.SshAuthorizedKey) ? null : wire.SshAuthorizedKey,
            DownloadUrlExpiresAt = ParseTime(wire.ExpiresAt),
            HttpProxy = MaskProxyPassword(wire.Proxy?.HttpProxy),
            HttpsProxy = MaskProxyPassword(wire.Proxy?.HttpsProxy),
            NoProxy = string.IsNullOrEmpty(wire.Proxy?.NoProxy) ? null : wire.Proxy!.NoProxy,
            NtpSources = CommaList(wire.NtpSources),
            AdditionalNtpSources = CommaList(wire.AdditionalNtpSources),
            HasStaticNetworkConfig = !string.IsNullOrEmpty(wire.StaticNetworkConfig),
            KernelArguments = KernelArgumentsOf(wire.KernelArguments),
            HasIgnitionConfigOverride = !string.IsNullOrEmpty(wire.IgnitionConfigOverride),
            UserName = wire.UserName,
            CreatedAt = ParseTime(wire.CreatedAt),
            UpdatedAt = ParseTime(wire.UpdatedAt),
            Href = ParseUri(wire.Href),
        };
}
