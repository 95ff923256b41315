using System;

namespace RedHatApi.Models.Ironic;

/// <summary>What Get-IronicApiVersion returns: the microversions one Ironic serves (GET /), and what this session sends.</summary>
public sealed class IronicApiVersion
{
    internal IronicApiVersion(Uri url, string minVersion, string maxVersion)
    {
        Url = url;
        MinVersion = minVersion;
        MaxVersion = maxVersion;
    }

    /// <summary>The Ironic API's base URL.</summary>
    public Uri Url { get; }

    /// <summary>The oldest microversion the server serves.</summary>
    public string MinVersion { get; }

    /// <summary>The newest microversion the server serves (its default_version.version).</summary>
    public string MaxVersion { get; }

    /// <summary>CURRENT, SUPPORTED or DEPRECATED, as the server says.</summary>
    public string? Status { get; init; }

    /// <summary>The version Connect-Ironic -ApiVersion pinned, or null when each call sends the lowest version it needs.</summary>
    public string? PinnedVersion { get; init; }

    /// <inheritdoc />
    public override string ToString() => MinVersion + " - " + MaxVersion;
}
