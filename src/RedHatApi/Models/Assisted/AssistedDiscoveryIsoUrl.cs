using System;
using RedHatApi.Http;

namespace RedHatApi.Models.Assisted;

/// <summary>
/// A pre-signed link to an infra-env's discovery ISO. The link is its own credential (its image_token grants the
/// download without a bearer) until <see cref="ExpiresAt"/>: hand it only to what must fetch the image (a BMC's
/// virtual media, a PXE server). The default view and <see cref="ToString"/> show it with the token masked.
/// </summary>
public sealed class AssistedDiscoveryIsoUrl
{
    internal AssistedDiscoveryIsoUrl(Guid infraEnvId, Uri url, DateTimeOffset? expiresAt)
    {
        InfraEnvId = infraEnvId;
        Url = url;
        ExpiresAt = expiresAt;
    }

    /// <summary>The infra-env whose image the link serves.</summary>
    public Guid InfraEnvId { get; }

    /// <summary>The whole link, token included.</summary>
    public Uri Url { get; }

    /// <summary>When the link stops working; ask again with Get-AssistedDiscoveryIsoUrl for a fresh one.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>The link with its token masked, safe for logs and screens.</summary>
    public string RedactedUrl => Redactor.Url(Url);

    /// <inheritdoc />
    public override string ToString() => RedactedUrl;
}
