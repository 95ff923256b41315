using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RedHatApi.Sandbox;

/// <summary>
/// A throw-away CA and a server certificate it signed for 127.0.0.1 and localhost, so scripts and tests can try
/// -CertificateAuthority (a private CA in front of the APIs) and -SkipCertificateCheck against the sandbox.
/// </summary>
public sealed class SandboxCertificates : IDisposable
{
    private SandboxCertificates(X509Certificate2 authority, X509Certificate2 server, string authorityPemPath)
    {
        Authority = authority;
        Server = server;
        AuthorityPemPath = authorityPemPath;
    }

    /// <summary>The CA certificate (public part only).</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate with its private key, for Kestrel.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>Where the CA certificate was written as PEM, for -CertificateAuthority.</summary>
    public string AuthorityPemPath { get; }

    public static SandboxCertificates Create()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=RedHatApi Sandbox CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new("1.3.6.1.5.5.7.3.1") }, false));
        var serial = new byte[16];
        RandomNumberGenerator.Fill(serial);
        using var signed = serverRequest.Create(ca, now.AddMinutes(-5), now.AddDays(7), serial);
        using var withKey = signed.CopyWithPrivateKey(serverKey);

        // Re-import through PKCS#12 so the key is usable by the TLS stack on every platform.
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
        var authority = X509CertificateLoader.LoadCertificate(ca.Export(X509ContentType.Cert));
        var path = Path.Combine(Path.GetTempPath(), $"redhatapi-sandbox-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, authority.ExportCertificatePem());
        return new SandboxCertificates(authority, server, path);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        File.Delete(AuthorityPemPath);
    }
}
