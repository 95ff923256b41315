using System;
using RedHatApi.Http;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// A pre-signed link to one infra-env file (discovery.ign or ipxe-script): like the discovery ISO's link it is its own
/// credential until <see cref="ExpiresAt"/>, so the default view and <see cref="ToString"/> mask its token.
/// </summary>
public sealed class AssistedInfraEnvFileUrl
{
    internal AssistedInfraEnvFileUrl(Guid infraEnvId, string fileName, Uri url, DateTimeOffset? expiresAt)
    {
        InfraEnvId = infraEnvId;
        FileName = fileName;
        Url = url;
        ExpiresAt = expiresAt;
    }

    /// <summary>The infra-env whose file the link serves.</summary>
    public Guid InfraEnvId { get; }

    /// <summary>discovery.ign or ipxe-script.</summary>
    public string FileName { get; }

    /// <summary>The whole link, token included (an iPXE chain line or a PXE server needs it).</summary>
    public Uri Url { get; }

    /// <summary>When the link stops working; Get-AssistedInfraEnvFileUrl gives a fresh one.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The link with its token masked, safe for logs and screens.</summary>
    public string RedactedUrl => Redactor.Url(Url);

    /// <inheritdoc />
    public override string ToString() => RedactedUrl;
}
