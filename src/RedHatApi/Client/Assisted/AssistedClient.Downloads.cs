using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// Pre-signed links to a cluster's files: /downloads/files-presigned (install-config.yaml, ignitions, metadata.json,
/// logs) and /downloads/credentials-presigned (kubeconfig, kubeadmin-password). The link is fetched without the
/// bearer (its api_key or signature is the credential), so downloads go through the resumable engine on the
/// session's anonymous client, asking for a fresh link before every attempt.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>The GET /v2/clusters/{id}/downloads/files-presigned for <paramref name="fileName"/> (logs take a type and a host).</summary>
    internal ApiRequest ClusterFileUrlRequest(Guid clusterId, string fileName, string? logsType = null, Guid? hostId = null) =>
        Request(HttpMethod.Get, ClusterPath(clusterId) + "/downloads/files-presigned?file_name=" + Uri.EscapeDataString(fileName)
            + (logsType is null ? string.Empty : "&logs_type=" + Uri.EscapeDataString(logsType))
            + (hostId is { } host ? "&host_id=" + Segment(host) : string.Empty));

    /// <summary>The GET /v2/clusters/{id}/downloads/credentials-presigned for <paramref name="fileName"/>.</summary>
    internal ApiRequest CredentialFileUrlRequest(Guid clusterId, string fileName) =>
        Request(HttpMethod.Get, ClusterPath(clusterId) + "/downloads/credentials-presigned?file_name=" + Uri.EscapeDataString(fileName));

    /// <summary>
    /// Sends <paramref name="request"/> (from <see cref="ClusterFileUrlRequest"/> or <see cref="CredentialFileUrlRequest"/>):
    /// the link; a 409 (the file does not exist yet) is AssistedClusterFileNotAvailable, or
    /// AssistedClusterCredentialsNotAvailable for a credential.
    /// </summary>
    internal async Task<AssistedClusterFileUrl> GetClusterFileUrlAsync(Guid clusterId, string fileName, bool credential, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = credential ? CredentialTarget(clusterId, fileName) : FileTarget(clusterId, fileName);
        var response = await SendAsync<AssistedPresignedUrlWire>(request, target, cancellationToken).ConfigureAwait(false);
        if (response.Body?.Url is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "no url in the pre-signed link answer"));
        }

        return new AssistedClusterFileUrl(clusterId, fileName, url, ParseTime(response.Body.ExpiresAt));
    }

    /// <summary>AssistedClusterNotFound, or AssistedClusterFileNotAvailable naming the file, the cluster's state and what to wait for.</summary>
    private AssistedTarget FileTarget(Guid clusterId, string what) =>
        new(clusterId, ErrorIds.AssistedClusterNotFound, Text.Format(Strings.AssistedClusterNotFound, clusterId))
        {
            ConflictErrorId = ErrorIds.AssistedClusterFileNotAvailable,
            ConflictText = (state, reason) => Text.Format(Strings.AssistedClusterFileNotAvailable, clusterId, what, state, reason),
            ReadState = ct => CurrentStatusAsync(clusterId, ct),
        };
}
