using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>Builds endpoints and network settings from Connect-RedHatApi's parameters, on top of a session's current ones.</summary>
internal static class ConnectionSettings
{
    /// <summary>Bound URL parameters override; -Sandbox points every API at one emulator; the rest is kept.</summary>
    internal static RedHatApiEndpoints Endpoints(ConnectRedHatApiCommand command, RedHatApiEndpoints? current)
    {
        var endpoints = command.Sandbox is { } sandbox ? RedHatApiEndpoints.ForSandbox(sandbox) : current ?? new RedHatApiEndpoints();
        return endpoints.With(command.TokenUrl, command.RhsmUrl, command.AssistedUrl, command.ConsoleUrl);
    }

    /// <summary>
    /// Bound network parameters change the session's settings; the others keep their current values, so adding
    /// -TimeoutSec on a later connect does not drop an earlier -Proxy.
    /// </summary>
    internal static NetworkSettings Network(ConnectRedHatApiCommand command, NetworkSettings? current, string hostDescription)
    {
        var now = current ?? new NetworkSettings();
        return now with
        {
            Proxy = command.IsBound("Proxy") ? command.Proxy : now.Proxy,
            ProxyCredential = command.IsBound("ProxyCredential") ? command.ProxyCredential?.GetNetworkCredential() : now.ProxyCredential,
            ProxyUseDefaultCredentials = command.IsBound("ProxyUseDefaultCredentials") ? command.ProxyUseDefaultCredentials.IsPresent : now.ProxyUseDefaultCredentials,
            NoProxy = command.IsBound("NoProxy") ? command.NoProxy.IsPresent : now.NoProxy,
            CertificateAuthority = command.CertificateAuthority is { } path
                ? LoadCertificates(command.GetUnresolvedProviderPathFromPSPath(path))
                : now.CertificateAuthority,
            SkipCertificateCheck = command.IsBound("SkipCertificateCheck") ? command.SkipCertificateCheck.IsPresent : now.SkipCertificateCheck,
            Timeout = command.IsBound("TimeoutSec") ? TimeSpan.FromSeconds(command.TimeoutSec) : now.Timeout,
            MaxRetries = command.IsBound("MaxRetries") ? command.MaxRetries : now.MaxRetries,
            HostDescription = hostDescription,
        };
    }

    /// <summary>Reads every certificate of a PEM bundle, or a DER / PKCS#7 file.</summary>
    internal static X509Certificate2Collection LoadCertificates(string path)
    {
        try
        {
            return ReadCertificates(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException or FormatException)
        {
            throw new RedHatApi.Errors.RedHatApiException(
                RedHatApi.Errors.ErrorIds.InvalidParameter, RedHatApi.Properties.Text.Format(RedHatApi.Properties.Strings.CertificateAuthorityUnreadable, path, ex.Message), ex)
            {
                Target = path,
            };
        }
    }

    private static X509Certificate2Collection ReadCertificates(string path) => RedHatApi.Http.CertificateBundle.FromBytes(File.ReadAllBytes(path));
}
