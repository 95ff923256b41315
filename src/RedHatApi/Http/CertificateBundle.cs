using System;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace RedHatApi.Http;

/// <summary>Reads CA certificates from PEM text (a bundle of one or more), as -CertificateAuthority files and kubeconfig certificate-authority-data carry them.</summary>
internal static class CertificateBundle
{
    private static readonly Regex PemCertificate = new(
        "-----BEGIN CERTIFICATE-----(?<body>[A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----", RegexOptions.CultureInvariant);

    /// <summary>Every certificate of the PEM text; an empty collection when it holds none.</summary>
    internal static X509Certificate2Collection FromPem(string text)
    {
        var collection = new X509Certificate2Collection();
        foreach (Match match in PemCertificate.Matches(text))
        {
            var der = Convert.FromBase64String(Regex.Replace(match.Groups["body"].Value, "\\s", string.Empty));
            collection.Add(new X509Certificate2(der));
        }

        return collection;
    }

    /// <summary>PEM text, else DER or PKCS#7 bytes.</summary>
    internal static X509Certificate2Collection FromBytes(byte[] data)
    {
        var pem = FromPem(System.Text.Encoding.ASCII.GetString(data));
        if (pem.Count > 0)
        {
            return pem;
        }

        var collection = new X509Certificate2Collection();
        collection.Import(data);
        return collection;
    }
}
