using System;
using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// What an installation leaves behind: GET /v2/clusters/{id}/credentials (kubeadmin, console URL) and GET
/// /v2/clusters/{id}/downloads/credentials?file_name=… (kubeconfig files). Both are secrets: their text goes only
/// into a SecureString or the caller's file, never into messages (the request log records headers only).
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>GET /v2/clusters/{id}/credentials; 409 before the installation made them is AssistedClusterCredentialsNotAvailable.</summary>
    internal async Task<AssistedCredentials> GetCredentialsAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var wire = await GetAsync<AssistedCredentialsWire>(CredentialsPath(clusterId), CredentialTarget(clusterId, Strings.AssistedCredentialsWhat), cancellationToken).ConfigureAwait(false);
        var password = new SecureString();
        foreach (var c in wire.Password ?? string.Empty)
        {
            password.AppendChar(c);
        }

        password.MakeReadOnly();
        var user = string.IsNullOrEmpty(wire.Username) ? "kubeadmin" : wire.Username!;
        return new AssistedCredentials(user, password, Uri.TryCreate(wire.ConsoleUrl, UriKind.Absolute, out var console) ? console : null);
    }

    /// <summary>GET /v2/clusters/{id}/downloads/credentials?file_name=<paramref name="fileName"/>: the file's bytes.</summary>
    internal ApiRequest CredentialFileRequest(Guid clusterId, string fileName) => Request(HttpMethod.Get, CredentialFilePath(clusterId, fileName));

    /// <summary>Sends <paramref name="request"/> (from <see cref="CredentialFileRequest"/>): the file's bytes.</summary>
    internal async Task<byte[]> GetCredentialFileAsync(Guid clusterId, string fileName, ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = await _api.SendAsync(request, CredentialTarget(clusterId, fileName), cancellationToken).ConfigureAwait(false);

        return response.Content is null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
    }

    /// <summary>The URL of the credentials call.</summary>
    internal Uri CredentialsUrl(Guid clusterId) => Url(CredentialsPath(clusterId));

    private static string CredentialsPath(Guid clusterId) => ClusterPath(clusterId) + "/credentials";

    private static string CredentialFilePath(Guid clusterId, string fileName) =>
        ClusterPath(clusterId) + "/downloads/credentials?file_name=" + Uri.EscapeDataString(fileName);

    /// <summary>AssistedClusterNotFound, or AssistedClusterCredentialsNotAvailable naming the cluster's state and what to wait for.</summary>
    private AssistedTarget CredentialTarget(Guid clusterId, string what) =>
        new(clusterId, ErrorIds.AssistedClusterNotFound, Text.Format(Strings.AssistedClusterNotFound, clusterId))
        {
            ConflictErrorId = ErrorIds.AssistedClusterCredentialsNotAvailable,
            ConflictText = (state, reason) => Text.Format(Strings.AssistedClusterCredentialsNotAvailable, clusterId, what, state, reason),
            ReadState = ct => CurrentStatusAsync(clusterId, ct),
        };
}

/// <summary>A cluster's kubeadmin login as the engine hands it over: the password only as a read-only SecureString.</summary>
internal sealed record AssistedCredentials(string UserName, SecureString Password, Uri? ConsoleUrl);
