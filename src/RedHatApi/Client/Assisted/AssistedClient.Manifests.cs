using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// /v2/clusters/{id}/manifests: a cluster's custom manifests. Content travels base64-encoded in JSON bodies
/// (create-manifest-params) and as the raw file from /manifests/files. Manifests change only before installation;
/// the service answers 409 afterwards, and for a file that already exists.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>GET /v2/clusters/{id}/manifests: the user's manifests, and the system's with <paramref name="includeSystemGenerated"/>.</summary>
    internal async Task<IReadOnlyList<AssistedManifest>> GetManifestsAsync(Guid clusterId, bool includeSystemGenerated, CancellationToken cancellationToken)
    {
        var path = ManifestsPath(clusterId) + (includeSystemGenerated ? "?include_system_generated=true" : string.Empty);
        var wire = await GetAsync<List<AssistedManifestWire>>(path, ClusterTarget(clusterId), cancellationToken).ConfigureAwait(false);
        return wire.Select(m => ToModel(clusterId, m)).ToList();
    }

    /// <summary>GET /v2/clusters/{id}/manifests/files?folder=…&amp;file_name=…: the manifest's text.</summary>
    internal async Task<string> GetManifestContentAsync(Guid clusterId, string folder, string fileName, CancellationToken cancellationToken)
    {
        var path = ManifestsPath(clusterId) + "/files?folder=" + Uri.EscapeDataString(folder) + "&file_name=" + Uri.EscapeDataString(fileName);
        using var response = await _api.SendAsync(_api.Request(HttpMethod.Get, path), ManifestTarget(clusterId, folder, fileName, null), cancellationToken).ConfigureAwait(false);
        var bytes = response.Content is null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return new UTF8Encoding(false).GetString(bytes);
    }

    /// <summary>The POST /v2/clusters/{id}/manifests that adds <paramref name="content"/> as folder/fileName.</summary>
    internal ApiRequest AddManifestRequest(Guid clusterId, string folder, string fileName, byte[] content) =>
        Request(HttpMethod.Post, ManifestsPath(clusterId), new AssistedManifestCreateWire
        {
            Folder = folder,
            FileName = fileName,
            Content = Convert.ToBase64String(content),
        });

    /// <summary>Sends <paramref name="request"/> (from <see cref="AddManifestRequest"/>): 201 with the manifest; 409 when it exists or the cluster installs.</summary>
    internal async Task<AssistedManifest> AddManifestAsync(Guid clusterId, string folder, string fileName, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = ManifestTarget(clusterId, folder, fileName, Strings.AssistedManifestAdviceAdd);
        var response = await SendAsync<AssistedManifestWire>(request, target, cancellationToken).ConfigureAwait(false);
        return ToModel(clusterId, response.Body ?? new AssistedManifestWire { Folder = folder, FileName = fileName, ManifestSource = "user" });
    }

    /// <summary>The PATCH /v2/clusters/{id}/manifests that renames, moves or rewrites folder/fileName; null arguments keep their value.</summary>
    internal ApiRequest UpdateManifestRequest(Guid clusterId, string folder, string fileName, string? newFolder, string? newFileName, byte[]? content) =>
        Request(new HttpMethod("PATCH"), ManifestsPath(clusterId), new AssistedManifestUpdateWire
        {
            Folder = folder,
            FileName = fileName,
            UpdatedFolder = newFolder,
            UpdatedFileName = newFileName,
            UpdatedContent = content is null ? null : Convert.ToBase64String(content),
        });

    /// <summary>Sends <paramref name="request"/> (from <see cref="UpdateManifestRequest"/>): 200 with the manifest as it now is.</summary>
    internal async Task<AssistedManifest> UpdateManifestAsync(Guid clusterId, string folder, string fileName, ApiRequest request, CancellationToken cancellationToken)
    {
        var target = ManifestTarget(clusterId, folder, fileName, Strings.AssistedManifestAdviceChange);
        var response = await SendAsync<AssistedManifestWire>(request, target, cancellationToken).ConfigureAwait(false);
        return ToModel(clusterId, response.Body ?? new AssistedManifestWire { Folder = folder, FileName = fileName, ManifestSource = "user" });
    }

    /// <summary>The DELETE /v2/clusters/{id}/manifests?folder=…&amp;file_name=….</summary>
    internal ApiRequest RemoveManifestRequest(Guid clusterId, string folder, string fileName) =>
        Request(HttpMethod.Delete, ManifestsPath(clusterId) + "?folder=" + Uri.EscapeDataString(folder) + "&file_name=" + Uri.EscapeDataString(fileName));

    /// <summary>Sends <paramref name="request"/> (from <see cref="RemoveManifestRequest"/>): 200 without a body.</summary>
    internal Task RemoveManifestAsync(Guid clusterId, string folder, string fileName, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, ManifestTarget(clusterId, folder, fileName, Strings.AssistedManifestAdviceChange), cancellationToken);

    /// <summary>
    /// A failure about one manifest: 404 is AssistedManifestNotFound (the file, or the cluster, is not there), 409 is
    /// AssistedManifestConflict with the service's reason and <paramref name="advice"/>.
    /// </summary>
    private AssistedTarget ManifestTarget(Guid clusterId, string folder, string fileName, string? advice) =>
        new(clusterId, ErrorIds.AssistedManifestNotFound, Text.Format(Strings.AssistedManifestNotFound, folder + "/" + fileName, clusterId))
        {
            ConflictErrorId = ErrorIds.AssistedManifestConflict,
            ConflictText = (state, reason) => Text.Format(Strings.AssistedManifestConflict, folder + "/" + fileName, clusterId, state, reason, advice),
            ReadState = ct => CurrentStatusAsync(clusterId, ct),
        };

    private static string ManifestsPath(Guid clusterId) => ClusterPath(clusterId) + "/manifests";

    private static AssistedManifest ToModel(Guid clusterId, AssistedManifestWire wire) =>
        new(clusterId, wire.Folder ?? "manifests", wire.FileName ?? string.Empty, wire.ManifestSource);
}
