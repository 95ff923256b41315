using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using RedHatApi.Auth;
using RedHatApi.Errors;
using RedHatApi.Http;
using RedHatApi.Properties;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RedHatApi.Client.OpenShift;

/// <summary>
/// Reads the part of a kubeconfig file (client-go's clientcmd/api/v1 Config) that a bearer-token connection needs:
/// <c>clusters[].cluster</c> (server, certificate-authority, certificate-authority-data, insecure-skip-tls-verify),
/// <c>users[].user</c> (token, tokenFile), <c>contexts[].context</c> (cluster, user, namespace) and
/// <c>current-context</c>. Relative file paths resolve against the kubeconfig's folder, as kubectl does. Users that
/// authenticate otherwise (client certificates, exec plugins, auth providers, basic auth) are refused with a message
/// that says how to get a token instead. YAML (and JSON, its subset) is parsed by YamlDotNet's representation model:
/// no type binding, so unknown fields and extensions are ignored as kubectl ignores them.
/// </summary>
internal static class Kubeconfig
{
    /// <summary>Reads <paramref name="path"/> and resolves <paramref name="context"/> (null: current-context).</summary>
    internal static KubeconfigContext Read(string path, string? context)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Invalid(path, Text.Format(Strings.KubeconfigUnreadable, path, ex.Message), ex);
        }

        return Parse(text, path, context);
    }

    /// <summary>Resolves a context from kubeconfig text; <paramref name="path"/> names the file in errors and anchors relative paths.</summary>
    internal static KubeconfigContext Parse(string text, string path, string? context)
    {
        var root = Load(text, path);
        var contextName = context ?? Scalar(root, "current-context");
        if (string.IsNullOrEmpty(contextName))
        {
            throw Invalid(path, Text.Format(Strings.KubeconfigNoCurrentContext, path, Names(root, "contexts")));
        }

        var contextNode = Named(root, "contexts", contextName!, "context")
            ?? throw Invalid(path, Text.Format(Strings.KubeconfigContextNotFound, contextName, path, Names(root, "contexts")));
        var clusterName = Scalar(contextNode, "cluster");
        var userName = Scalar(contextNode, "user");
        if (string.IsNullOrEmpty(clusterName) || string.IsNullOrEmpty(userName))
        {
            throw Invalid(path, Text.Format(Strings.KubeconfigEntryMissing, contextName, path, string.IsNullOrEmpty(clusterName) ? "cluster" : "user", clusterName ?? userName));
        }

        var cluster = Named(root, "clusters", clusterName!, "cluster")
            ?? throw Invalid(path, Text.Format(Strings.KubeconfigEntryMissing, contextName, path, "cluster", clusterName));
        var user = Named(root, "users", userName!, "user")
            ?? throw Invalid(path, Text.Format(Strings.KubeconfigEntryMissing, contextName, path, "user", userName));

        var serverText = Scalar(cluster, "server");
        if (!Uri.TryCreate(serverText, UriKind.Absolute, out var server) || (server.Scheme != Uri.UriSchemeHttps && server.Scheme != Uri.UriSchemeHttp))
        {
            throw Invalid(path, Text.Format(Strings.KubeconfigServerInvalid, clusterName, path, serverText));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var authority = CertificateAuthority(cluster, clusterName!, path, directory);
        var insecure = string.Equals(Scalar(cluster, "insecure-skip-tls-verify"), "true", StringComparison.OrdinalIgnoreCase);
        var token = Token(user, userName!, path, directory);
        var ns = Scalar(contextNode, "namespace");
        return new KubeconfigContext(contextName!, clusterName!, userName!, server, authority, insecure, token, string.IsNullOrEmpty(ns) ? null : ns);
    }

    private static YamlMappingNode Load(string text, string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw Invalid(path, Text.Format(Strings.KubeconfigNotYaml, path, "the file is not a YAML mapping"));
            }

            return root;
        }
        catch (YamlException ex)
        {
            // The parser's message gives the line and column; it never quotes values, so no token can leak through it.
            throw Invalid(path, Text.Format(Strings.KubeconfigNotYaml, path, $"line {ex.Start.Line}, column {ex.Start.Column}: {FirstLine(ex.Message)}"), ex);
        }
    }

    private static X509Certificate2Collection? CertificateAuthority(YamlMappingNode cluster, string clusterName, string path, string directory)
    {
        try
        {
            if (Scalar(cluster, "certificate-authority-data") is { Length: > 0 } data)
            {
                return CertificateBundle.FromBytes(Convert.FromBase64String(data.Trim()));
            }

            if (Scalar(cluster, "certificate-authority") is { Length: > 0 } file)
            {
                return CertificateBundle.FromBytes(File.ReadAllBytes(Path.Combine(directory, file)));
            }

            return null;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw Invalid(path, Text.Format(Strings.KubeconfigCertificateAuthorityInvalid, clusterName, path, ex.Message), ex);
        }
    }

    private static SecretValue Token(YamlMappingNode user, string userName, string path, string directory)
    {
        if (Scalar(user, "token") is { Length: > 0 } token)
        {
            return SecretValue.FromPlain(token.Trim());
        }

        if (Scalar(user, "tokenFile") is { Length: > 0 } tokenFile)
        {
            try
            {
                return SecretValue.FromPlain(File.ReadAllText(Path.Combine(directory, tokenFile)).Trim());
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Invalid(path, Text.Format(Strings.KubeconfigUnreadable, Path.Combine(directory, tokenFile), ex.Message), ex);
            }
        }

        var kind = new[] { ("client-certificate-data", "client certificate"), ("client-certificate", "client certificate"), ("exec", "exec plugin"), ("auth-provider", "auth provider"), ("username", "user name and password") }
            .FirstOrDefault(k => user.Children.ContainsKey(new YamlScalarNode(k.Item1))).Item2 ?? "no credential";
        throw new RedHatApiException(ErrorIds.KubeconfigUserUnsupported, Text.Format(Strings.KubeconfigUserUnsupported, userName, path, kind)) { Target = path };
    }

    /// <summary>The <paramref name="field"/> mapping of the entry named <paramref name="name"/> in the list <paramref name="list"/>.</summary>
    private static YamlMappingNode? Named(YamlMappingNode root, string list, string name, string field) =>
        Entries(root, list).FirstOrDefault(e => Scalar(e, "name") == name) is { } entry && entry.Children.TryGetValue(new YamlScalarNode(field), out var value)
            ? value as YamlMappingNode ?? new YamlMappingNode()
            : null;

    private static IEnumerable<YamlMappingNode> Entries(YamlMappingNode root, string list) =>
        root.Children.TryGetValue(new YamlScalarNode(list), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : Enumerable.Empty<YamlMappingNode>();

    private static string Names(YamlMappingNode root, string list)
    {
        var names = Entries(root, list).Select(e => Scalar(e, "name")).Where(n => !string.IsNullOrEmpty(n)).ToList();
        return names.Count == 0 ? "(none)" : string.Join(", ", names);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n');
        return newline < 0 ? text : text.Substring(0, newline);
    }

    private static RedHatApiException Invalid(string path, string message, Exception? inner = null) =>
        new(ErrorIds.KubeconfigInvalid, message, inner) { Target = path };
}
