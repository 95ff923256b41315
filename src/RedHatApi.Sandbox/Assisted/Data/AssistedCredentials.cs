using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// GET /v2/clusters/{id}/credentials and /downloads/credentials: what an installation leaves behind. kubeadmin's
/// password and the kubeconfig exist once installation reaches finalizing (kubeconfig-noingress as soon as it is
/// installing); before that both answer 409 naming the cluster's state. All of it is derived from the cluster id and
/// the seed, so it is stable across calls and never the same for two clusters.
/// </summary>
public sealed class AssistedCredentials
{
    private static readonly string[] CredentialStatuses = { "finalizing", "installed" };

    private static readonly string[] NoIngressStatuses = { "installing", "installing-pending-user-action", "finalizing", "installed" };

    private readonly AssistedStore _store;

    internal AssistedCredentials(AssistedStore store) => _store = store;

    public AssistedOutcome Get(string id)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(id) is not { } cluster)
            {
                return AssistedOutcome.MissingCluster(id);
            }

            if (!CredentialStatuses.Contains(cluster.Status))
            {
                return AssistedOutcome.Conflict($"Cluster {cluster.Id} is in {cluster.Status} state, credentials are available only after installation reaches finalizing or installed");
            }

            return new AssistedOutcome(200, new JsonObject
            {
                ["username"] = "kubeadmin",
                ["password"] = KubeadminPassword(cluster),
                ["console_url"] = $"https://console-openshift-console.apps.{cluster.Name}.{cluster.Json["base_dns_domain"]}",
            });
        }
    }

    /// <summary>The file of ?file_name=…: (status, bytes) or (status, reason). The caller has checked the name.</summary>
    public (int Status, byte[]? File, string? Reason) File(string id, string fileName)
    {
        lock (_store.Gate)
        {
            if (_store.Clusters.Find(id) is not { } cluster)
            {
                return (404, null, $"cluster {id} can't be found");
            }

            var allowed = fileName == "kubeconfig-noingress" ? NoIngressStatuses : CredentialStatuses;
            if (!allowed.Contains(cluster.Status))
            {
                return (409, null, $"Cluster {cluster.Id} is in {cluster.Status} state, {fileName} can be downloaded only in one of [{string.Join(" ", allowed)}] states");
            }

            var text = fileName == "kubeadmin-password" ? KubeadminPassword(cluster) : Kubeconfig(cluster, fileName == "kubeconfig");
            return (200, Encoding.UTF8.GetBytes(text), null);
        }
    }

    /// <summary>The client key of a cluster's kubeconfig (tests look for it in every output stream).</summary>
    public string KubeconfigClientKey(string id) => Convert.ToBase64String(Secret("key/" + id, 48));

    private string KubeadminPassword(SandboxCluster cluster)
    {
        // Four groups of five letters and digits, like the installer's kubeadmin passwords.
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var bytes = Secret("kubeadmin/" + cluster.Id, 20);
        var chars = bytes.Select(b => alphabet[b % alphabet.Length]).ToArray();
        return string.Join("-", Enumerable.Range(0, 4).Select(i => new string(chars, i * 5, 5)));
    }

    private string Kubeconfig(SandboxCluster cluster, bool withIngress)
    {
        var domain = $"{cluster.Name}.{cluster.Json["base_dns_domain"]}";
        var ca = Convert.ToBase64String(Secret("ca/" + cluster.Id + (withIngress ? "/ingress" : string.Empty), 48));
        var cert = Convert.ToBase64String(Secret("cert/" + cluster.Id, 48));
        return $"""
            apiVersion: v1
            clusters:
            - cluster:
                certificate-authority-data: {ca}
                server: https://api.{domain}:6443
              name: {cluster.Name}
            contexts:
            - context:
                cluster: {cluster.Name}
                user: admin
              name: admin
            current-context: admin
            kind: Config
            preferences: {"{}"}
            users:
            - name: admin
              user:
                client-certificate-data: {cert}
                client-key-data: {KubeconfigClientKey(cluster.Id)}

            """;
    }

    private byte[] Secret(string purpose, int length)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes("assisted-secret/" + _store.Seed + "/" + purpose));
        var output = new byte[length];
        for (var i = 0; i < length; i += seed.Length)
        {
            var block = SHA256.HashData(seed.Concat(BitConverter.GetBytes(i)).ToArray());
            Array.Copy(block, 0, output, i, Math.Min(block.Length, length - i));
        }

        return output;
    }
}
