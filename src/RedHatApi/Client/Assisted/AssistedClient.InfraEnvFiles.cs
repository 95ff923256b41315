using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// An infra-env's other files and keys: the discovery ignition, iPXE script and static network configuration
/// (/downloads/files), pre-signed links to them (/downloads/files-presigned), the minimal ISO's initrd, and the
/// signing key of its image links (/regenerate-signing-key). Also reads the infra-env fields Set-AssistedInfraEnv sets.
/// </summary>
internal sealed partial class AssistedClient
{
    /// <summary>The POST /v2/infra-envs/{id}/regenerate-signing-key: 204; every link signed with the old key stops working.</summary>
    internal ApiRequest RegenerateSigningKeyRequest(Guid id) => Request(HttpMethod.Post, InfraEnvPath(id) + "/regenerate-signing-key");

    /// <summary>Sends <paramref name="request"/> (from <see cref="RegenerateSigningKeyRequest"/>).</summary>
    internal Task RegenerateSigningKeyAsync(Guid id, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<object>(request, InfraEnvTarget(id), cancellationToken);

    /// <summary>
    /// The GET of one infra-env file: /downloads/files?file_name=… (discovery.ign, ipxe-script, static-network-config),
    /// or /downloads/minimal-initrd for <c>minimal-initrd</c>, which has its own path.
    /// </summary>
    internal ApiRequest InfraEnvFileRequest(Guid id, string fileName, string? mac = null, string? ipxeScriptType = null, string? discoveryIsoType = null)
    {
        if (fileName == MinimalInitrd)
        {
            return Request(HttpMethod.Get, InfraEnvPath(id) + "/downloads/minimal-initrd");
        }

        var query = "?file_name=" + Uri.EscapeDataString(fileName)
            + (mac is null ? string.Empty : "&mac=" + Uri.EscapeDataString(mac))
            + (ipxeScriptType is null ? string.Empty : "&ipxe_script_type=" + Uri.EscapeDataString(ipxeScriptType))
            + (discoveryIsoType is null ? string.Empty : "&discovery_iso_type=" + Uri.EscapeDataString(discoveryIsoType));
        return Request(HttpMethod.Get, InfraEnvPath(id) + "/downloads/files" + query);
    }

    /// <summary>Sends <paramref name="request"/> (from <see cref="InfraEnvFileRequest"/>): the file's bytes (none for a 204, an image without an initrd).</summary>
    internal async Task<byte[]> GetInfraEnvFileAsync(Guid id, ApiRequest request, CancellationToken cancellationToken)
    {
        using var response = await _api.SendAsync(request, InfraEnvFileTarget(id), cancellationToken).ConfigureAwait(false);
        return response.Content is null ? Array.Empty<byte>() : await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
    }

    /// <summary>GET /v2/infra-envs/{id}/downloads/files-presigned?file_name=…: a pre-signed link that needs no token.</summary>
    internal async Task<AssistedInfraEnvFileUrl> GetInfraEnvFileUrlAsync(Guid id, string fileName, string? ipxeScriptType, CancellationToken cancellationToken)
    {
        var url = InfraEnvPath(id) + "/downloads/files-presigned?file_name=" + Uri.EscapeDataString(fileName)
            + (ipxeScriptType is null ? string.Empty : "&ipxe_script_type=" + Uri.EscapeDataString(ipxeScriptType));
        var wire = await GetAsync<AssistedPresignedUrlWire>(url, InfraEnvTarget(id), cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(wire.Url, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "no absolute http(s) url in the files-presigned answer"));
        }

        return new AssistedInfraEnvFileUrl(id, fileName, link, ParseTime(wire.ExpiresAt));
    }

    /// <summary>The file name that means GET …/downloads/minimal-initrd rather than …/downloads/files.</summary>
    internal const string MinimalInitrd = "minimal-initrd";

    /// <summary>A 409 on a file (no static network config, a full ISO's initrd) is AssistedInfraEnvFileNotAvailable.</summary>
    private static AssistedTarget InfraEnvFileTarget(Guid id) =>
        new(id, ErrorIds.AssistedInfraEnvNotFound, Text.Format(Strings.AssistedInfraEnvNotFound, id))
        {
            ConflictErrorId = ErrorIds.AssistedInfraEnvFileNotAvailable,
            ConflictText = (_, reason) => Text.Format(Strings.AssistedInfraEnvFileNotAvailable, id, reason),
        };

    /// <summary>A proxy URL with the password of its user info replaced by ****: the URL is shown, the password never.</summary>
    private static string? MaskProxyPassword(string? proxy)
    {
        if (string.IsNullOrEmpty(proxy))
        {
            return null;
        }

        if (!Uri.TryCreate(proxy, UriKind.Absolute, out var uri) || uri.UserInfo.IndexOf(':') < 0)
        {
            return proxy;
        }

        var user = uri.UserInfo.Substring(0, uri.UserInfo.IndexOf(':'));
        return uri.Scheme + "://" + user + ":****@" + uri.Authority + uri.PathAndQuery.TrimEnd('/');
    }

    private static IReadOnlyList<string> CommaList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? Array.Empty<string>()
            : value!.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>kernel_arguments: JSON of [{operation, value}] inside a string, as "operation value" strings.</summary>
    private static IReadOnlyList<string> KernelArgumentsOf(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Array.Empty<string>();
        }

        try
        {
            return (JsonSerializer.Deserialize<List<AssistedKernelArgumentWire>>(json!) ?? new())
                .Select(a => (a.Operation ?? "append") + " " + a.Value).ToList();
        }
        catch (JsonException)
        {
            return Array.Empty<string>();
        }
    }
}
