using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace RedHatApi.Session;

/// <summary>Proxy, TLS, timeout and retry settings shared by every API and the token endpoint of a session.</summary>
internal sealed record NetworkSettings
{
    internal static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    internal Uri? Proxy { get; init; }

    internal ICredentials? ProxyCredential { get; init; }

    internal bool ProxyUseDefaultCredentials { get; init; }

    /// <summary>True: never use a proxy, not even the system one.</summary>
    internal bool NoProxy { get; init; }

    /// <summary>Extra trusted roots (a private CA in front of the APIs, or the sandbox's).</summary>
    internal X509Certificate2Collection? CertificateAuthority { get; init; }

    internal bool SkipCertificateCheck { get; init; }

    internal TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Retries after the first attempt.</summary>
    internal int MaxRetries { get; init; } = 4;

    /// <summary>"PowerShell 7.6.0" or "PowerShell 5.1.22621", for the User-Agent.</summary>
    internal string HostDescription { get; init; } = "PowerShell";
}
