using System;
using System.IO;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Client.Assisted;
using RedHatApi.Cmdlets;
using RedHatApi.Errors;
using RedHatApi.Models.Assisted;
using RedHatApi.Properties;
using RedHatApi.Transfers;

namespace RedHatApi.Commands.Assisted;

/// <summary>
/// <para type="synopsis">Downloads the discovery ISO of Assisted Installer infra-envs.</para>
/// <para type="description">Gets a fresh pre-signed link (GET /v2/infra-envs/{id}/downloads/image-url) before every attempt, fetches it from the image service without the API token into a .partial file, resumes after interruptions with HTTP Range requests, checks the file and renames it into place. The service publishes no checksum for discovery images: the check is the length the image host announced and the ISO 9660 signature.</para>
/// </summary>
[Cmdlet(VerbsData.Save, "AssistedDiscoveryIso", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveAssistedDiscoveryIsoCommand : AssistedInfraEnvCommand
{
    /// <summary>Where the ISO 9660 primary volume descriptor's "CD001" starts.</summary>
    private const int IsoSignatureOffset = 32769;

    /// <summary>A folder (the file is named discovery_image_&lt;infra-env name&gt;.iso) or a file path; the current folder by default.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Switches the infra-env to this image type first (PATCH), then downloads it: minimal-iso or full-iso.</summary>
    [Parameter]
    [ValidateSet("minimal-iso", "full-iso")]
    public string? ImageType { get; set; }

    /// <summary>Overwrite a file that already exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var session = ResolveSession();
        var client = AssistedClient.For(session);
        var destination = AssistedFileTarget.Resolve(this, Path);
        await ForEachInfraEnvAsync(async id =>
        {
            // Both asked (not short-circuited), so -WhatIf lists every request the download would make.
            var setType = ImageType is null ? null : client.UpdateInfraEnvRequest(id, new AssistedInfraEnvUpdateWire { ImageType = ImageType });
            var link = client.DiscoveryIsoUrlRequest(id);
            var switchType = setType is null || ShouldProcessRequest(setType, $"Set the image type of infra-env {id:D} to {ImageType}");
            var download = ShouldProcessRequest(link, Text.Format(Strings.SaveAssistedDiscoveryIsoAction, id, destination));
            if (!switchType || !download)
            {
                return;
            }

            var env = setType is null
                ? await client.GetInfraEnvAsync(id, cancellationToken)
                : await client.UpdateInfraEnvAsync(id, setType, cancellationToken);
            using var plain = session.CreateTokenEndpointHttpClient();
            using var transfer = new ResumableDownload(Job(client, env, link), plain, destination, Force, session.Network.MaxRetries, session.Network.Timeout, DownloadProgressRecord.For(this));
            WriteObject(await transfer.RunAsync(cancellationToken));
        });
    }

    /// <summary>One infra-env's image: a fresh link per attempt, named after the infra-env, checked for length and ISO signature.</summary>
    private static DownloadJob Job(AssistedClient client, AssistedInfraEnv env, ApiRequest link) =>
        new(
            env.Id,
            async ct => new DownloadLink((await client.GetDiscoveryIsoUrlAsync(env.Id, link, ct)).Url, "discovery_image_" + env.Name + ".iso"),
            "discovery_image_" + env.Id.ToString("D") + ".iso",
            ErrorIds.AssistedFileExists,
            ErrorIds.AssistedDownloadFailed,
            Verify);

    private static RedHatApiException? Verify(DownloadedFile file)
    {
        if (file.AnnouncedLength is { } announced && announced != file.Length)
        {
            return Invalid(file, Text.Format(Strings.DiscoveryIsoWrongLength, file.Length, announced));
        }

        var signature = new byte[5];
        using (var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            stream.Seek(IsoSignatureOffset, SeekOrigin.Begin);
            var read = 0;
            int n;
            while (read < signature.Length && (n = stream.Read(signature, read, signature.Length - read)) > 0)
            {
                read += n;
            }
        }

        return Encoding.ASCII.GetString(signature) == "CD001" ? null : Invalid(file, Strings.DiscoveryIsoNoSignature);
    }

    private static RedHatApiException Invalid(DownloadedFile file, string why) =>
        new(ErrorIds.AssistedDiscoveryIsoInvalid, Text.Format(Strings.AssistedDiscoveryIsoInvalid, file.Path, why));
}
