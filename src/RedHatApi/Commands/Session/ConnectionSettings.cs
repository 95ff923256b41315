using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using RedHatApi.Session;

namespace RedHatApi.Commands.Session;

/// <summary>Builds endpoints and network settings from Connect-RedHatApi's parameters, on top of a session's current ones.</summary>
internal static class ConnectionSettings
{
    private static readonly string[] NetworkParameters =
    {
        "Proxy", "ProxyCredential", "ProxyUseDefaultCredentials", "NoProxy", "CertificateAuthority",
        "SkipCertificateCheck", "TimeoutSec", "MaxRetries",
    };

    private static readonly Regex PemCertificate = new(
        "-----BEGIN CERTIFICATE-----(?<body>[A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----", RegexOptions.CultureInvariant);

    /// <summary>Bound URL parameters override; -Sandbox points every API at one emulator; the rest is kept.</summary>
    internal static RedHatApiEndpoints Endpoints(ConnectRedHatApiCommand command, RedHatApiEndpoints? current)
    {
        var endpoints = command.Sandbox is { } sandbox ? RedHatApiEndpoints.ForSandbox(sandbox) : current ?? new RedHatApiEndpoints();
        return endpoints.With(command.TokenUrl, command.RhsmUrl, command.AssistedUrl);
    }

    /// <summary>A session's network settings change only when a network parameter is given again.</summary>
    internal static NetworkSettings Network(ConnectRedHatApiCommand command, NetworkSettings? current, string hostDescription)
    {
        if (current is not null && Array.TrueForAll(NetworkParameters, name => !command.IsBound(name)))
        {
            return current;
        }

        return new NetworkSettings
        {
            Proxy = command.Proxy,
            ProxyCredential = command.ProxyCredential?.GetNetworkCredential(),
            ProxyUseDefaultCredentials = command.ProxyUseDefaultCredentials,
            NoProxy = command.NoProxy,
            CertificateAuthority = command.CertificateAuthority is { } path ? LoadCertificates(command.GetUnresolvedProviderPathFromPSPath(path)) : null,
            SkipCertificateCheck = command.SkipCertificateCheck,
            Timeout = TimeSpan.FromSeconds(command.TimeoutSec),
            MaxRetries = command.MaxRetries,
            HostDescription = hostDescription,
        };
    }

    /// <summary>Reads every certificate of a PEM bundle, or a DER / PKCS#7 file.</summary>
    internal static X509Certificate2Collection LoadCertificates(string path)
    {
        var collection = new X509Certificate2Collection();
        var text = File.ReadAllText(path);
        var matches = PemCertificate.Matches(text);
        if (matches.Count == 0)
        {
            collection.Import(path);
            return collection;
        }

        foreach (Match match in matches)
        {
            var der = Convert.FromBase64String(Regex.Replace(match.Groups["body"].Value, "\\s", string.Empty));
            collection.Add(new X509Certificate2(der));
        }

        return collection;
    }
}
