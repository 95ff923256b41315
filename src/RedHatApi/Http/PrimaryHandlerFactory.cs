using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using RedHatApi.Session;

namespace RedHatApi.Http;

/// <summary>
/// Builds the socket-level handler from the session's network settings: proxy, decompression, extra CA, and no
/// automatic redirects (RedirectHandler follows them so the auth host check sees every hop). Never touches the
/// process-wide ServicePointManager.
/// </summary>
internal static class PrimaryHandlerFactory
{
    internal static HttpClientHandler Create(NetworkSettings settings)
    {
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };

        if (settings.NoProxy)
        {
            handler.UseProxy = false;
        }
        else if (settings.Proxy is not null)
        {
            handler.UseProxy = true;
            // Only Credentials is set: WebProxy.UseDefaultCredentials = false would reset it to null.
            handler.Proxy = new WebProxy(settings.Proxy)
            {
                Credentials = settings.ProxyUseDefaultCredentials ? CredentialCache.DefaultCredentials : settings.ProxyCredential,
            };
        }
        else if (settings.ProxyUseDefaultCredentials)
        {
            handler.DefaultProxyCredentials = CredentialCache.DefaultCredentials;
        }

        if (settings.SkipCertificateCheck)
        {
            handler.ServerCertificateCustomValidationCallback = static (_, _, _, _) => true;
        }
        else if (settings.CertificateAuthority is { Count: > 0 } roots)
        {
            handler.ServerCertificateCustomValidationCallback = (_, certificate, chain, errors) =>
                ValidateWithExtraRoots(certificate, errors, roots);
        }

        return handler;
    }

    /// <summary>
    /// Accepts a chain that ends in one of the user's CA certificates. Name mismatches stay fatal: a private CA
    /// vouches for which keys are genuine, not for which host is which.
    /// </summary>
    private static bool ValidateWithExtraRoots(X509Certificate2? certificate, SslPolicyErrors errors, X509Certificate2Collection roots)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate is null || (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
        chain.ChainPolicy.ExtraStore.AddRange(roots);
        if (!chain.Build(certificate))
        {
            return false;
        }

        var anchor = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
        return roots.Cast<X509Certificate2>().Any(root => string.Equals(root.Thumbprint, anchor.Thumbprint, StringComparison.OrdinalIgnoreCase));
    }
}
