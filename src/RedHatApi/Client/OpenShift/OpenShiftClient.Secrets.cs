using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Paging;

namespace RedHatApi.Client.OpenShift;

/// <summary>core/v1 secrets: the legacy kubernetes.io/service-account-token secrets the token controller fills.</summary>
internal sealed partial class OpenShiftClient
{
    internal const string TokenSecretType = "kubernetes.io/service-account-token";
    internal const string ServiceAccountNameAnnotation = "kubernetes.io/service-account.name";

    internal static string SecretsPath(string ns) => $"api/v1/namespaces/{Segment(ns)}/secrets";

    /// <summary>
    /// Every token secret of one service account, oldest first: the namespace's secrets of type
    /// service-account-token (field selector, all pages) whose annotation names the account.
    /// </summary>
    internal async Task<IReadOnlyList<SecretWire>> GetTokenSecretsAsync(string ns, string serviceAccount, CancellationToken cancellationToken)
    {
        var found = new List<SecretWire>();
        var plan = new PagingPlan(0, null, DefaultPageSize, cursorBased: true);
        var query = "fieldSelector=" + Uri.EscapeDataString("type=" + TokenSecretType);
        await foreach (var secret in Paginator.StreamAsync<SecretWire>(
            (page, ct) => ListPageAsync<SecretWire, SecretWire>(SecretsPath(ns), query, page, s => s, ct), plan, null, cancellationToken).ConfigureAwait(false))
        {
            if (secret.Metadata?.Annotations is { } annotations &&
                annotations.TryGetValue(ServiceAccountNameAnnotation, out var owner) && owner == serviceAccount)
            {
                found.Add(secret);
            }
        }

        return found.OrderBy(s => ParseTime(s.Metadata?.CreationTimestamp) ?? DateTimeOffset.MaxValue).ToList();
    }

    internal Task<SecretWire> GetSecretAsync(string ns, string name, CancellationToken cancellationToken) =>
        SendAsync<SecretWire>(HttpMethod.Get, SecretsPath(ns) + "/" + Segment(name), null, new KubeTarget("secret", ns, name), cancellationToken);

    /// <summary>The token of a filled token secret (data.token is base64), else null.</summary>
    internal static string? TokenOf(SecretWire secret) =>
        secret.Data is { } data && data.TryGetValue("token", out var encoded) && !string.IsNullOrEmpty(encoded)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded))
            : null;
}
