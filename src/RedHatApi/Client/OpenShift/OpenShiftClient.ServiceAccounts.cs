using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Errors;
using RedHatApi.Models.OpenShift;
using RedHatApi.Paging;
using RedHatApi.Properties;

namespace RedHatApi.Client.OpenShift;

/// <summary>core/v1 serviceaccounts and their token subresource (TokenRequest).</summary>
internal sealed partial class OpenShiftClient
{
    /// <summary>Items per list request by default: kubectl's chunk size.</summary>
    internal const int DefaultPageSize = 500;

    /// <summary>The largest -PageSize the cmdlets accept; Kubernetes has no hard cap, this keeps pages reasonable.</summary>
    internal const int MaxPageSize = 5000;

    private const string ServiceAccountKind = "service account";

    /// <summary>Collection path: one namespace, or every namespace when <paramref name="ns"/> is null.</summary>
    internal static string ServiceAccountsPath(string? ns) =>
        ns is null ? "api/v1/serviceaccounts" : $"api/v1/namespaces/{Segment(ns)}/serviceaccounts";

    internal static string ServiceAccountPath(string ns, string name) => ServiceAccountsPath(ns) + "/" + Segment(name);

    internal static string TokenPath(string ns, string name) => ServiceAccountPath(ns, name) + "/token";

    /// <summary>One page of service accounts (limit/continue), optionally filtered by label selector.</summary>
    internal Task<Page<OpenShiftServiceAccount>> ListServiceAccountsPageAsync(string? ns, string? labelSelector, PageRequest page, CancellationToken cancellationToken) =>
        ListPageAsync<ServiceAccountWire, OpenShiftServiceAccount>(
            ServiceAccountsPath(ns), labelSelector is null ? null : "labelSelector=" + Uri.EscapeDataString(labelSelector), page, ToModel, cancellationToken);

    internal async Task<OpenShiftServiceAccount> GetServiceAccountAsync(string ns, string name, CancellationToken cancellationToken) =>
        ToModel(await SendAsync<ServiceAccountWire>(HttpMethod.Get, ServiceAccountPath(ns, name), null, Target(ns, name), cancellationToken).ConfigureAwait(false));

    /// <summary>The POST …/serviceaccounts that creates service account <paramref name="name"/>.</summary>
    internal ApiRequest CreateServiceAccountRequest(string ns, string name, IDictionary<string, string>? labels)
    {
        var metadata = new JsonObject { ["name"] = name, ["namespace"] = ns };
        if (labels is { Count: > 0 })
        {
            metadata["labels"] = new JsonObject(labels.Select(l => new KeyValuePair<string, JsonNode?>(l.Key, l.Value)));
        }

        var body = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ServiceAccount", ["metadata"] = metadata };
        return Request(HttpMethod.Post, ServiceAccountsPath(ns), body);
    }

    /// <summary>Sends <paramref name="request"/> (from <see cref="CreateServiceAccountRequest"/>): 201; a taken name is OpenShiftAlreadyExists, a bad one OpenShiftInvalid.</summary>
    internal async Task<OpenShiftServiceAccount> CreateServiceAccountAsync(string ns, string name, ApiRequest request, CancellationToken cancellationToken) =>
        ToModel(await SendAsync<ServiceAccountWire>(request, Target(ns, name), cancellationToken).ConfigureAwait(false));

    /// <summary>The DELETE of service account <paramref name="name"/>.</summary>
    internal ApiRequest DeleteServiceAccountRequest(string ns, string name) => Request(HttpMethod.Delete, ServiceAccountPath(ns, name));

    /// <summary>Sends <paramref name="request"/> (from <see cref="DeleteServiceAccountRequest"/>); the cluster revokes every token of the account with it.</summary>
    internal Task DeleteServiceAccountAsync(string ns, string name, ApiRequest request, CancellationToken cancellationToken) =>
        SendAsync<JsonObject>(request, Target(ns, name), cancellationToken);

    /// <summary>
    /// The POST …/serviceaccounts/{name}/token (a TokenRequest) for a bound token of <paramref name="expirationSeconds"/>
    /// (null: the server's default, one hour).
    /// </summary>
    internal ApiRequest TokenRequest(string ns, string name, long? expirationSeconds, IReadOnlyList<string> audiences, BoundObjectReferenceWire? boundObject)
    {
        var spec = new JsonObject { ["audiences"] = new JsonArray(audiences.Select(a => (JsonNode)a).ToArray()) };
        if (expirationSeconds is { } seconds)
        {
            spec["expirationSeconds"] = seconds;
        }

        if (boundObject is not null)
        {
            spec["boundObjectRef"] = new JsonObject
            {
                ["kind"] = boundObject.Kind,
                ["apiVersion"] = boundObject.ApiVersion ?? "v1",
                ["name"] = boundObject.Name,
                ["uid"] = boundObject.Uid,
            };
        }

        var body = new JsonObject { ["apiVersion"] = "authentication.k8s.io/v1", ["kind"] = "TokenRequest", ["spec"] = spec };
        return Request(HttpMethod.Post, TokenPath(ns, name), body);
    }

    /// <summary>
    /// Sends <paramref name="request"/> (from <see cref="TokenRequest"/>). The server may shorten the lifetime, so the
    /// grant carries status.expirationTimestamp, never the asked one; <paramref name="audiences"/> and
    /// <paramref name="boundObject"/> stand in when the answer leaves them out.
    /// </summary>
    internal async Task<ServiceAccountTokenGrant> RequestTokenAsync(
        string ns, string name, IReadOnlyList<string> audiences, BoundObjectReferenceWire? boundObject, ApiRequest request, CancellationToken cancellationToken)
    {
        var answer = await SendAsync<TokenRequestWire>(request, Target(ns, name), cancellationToken).ConfigureAwait(false);
        var token = answer.Status?.Token;
        if (string.IsNullOrEmpty(token))
        {
            throw new RedHatApiException(ErrorIds.InvalidResponse, Text.Format(Strings.InvalidResponse, DisplayName, "TokenRequest without status.token"));
        }

        var claims = Auth.JwtClaims.TryRead(token!);
        return new ServiceAccountTokenGrant(
            token!,
            ParseTime(answer.Status!.ExpirationTimestamp) ?? claims?.ExpiresAt,
            claims?.IssuedAt,
            answer.Spec?.Audiences ?? audiences.ToList(),
            answer.Spec?.BoundObjectRef ?? boundObject);
    }

    private static KubeTarget Target(string ns, string name) => new(ServiceAccountKind, ns, name);

    private OpenShiftServiceAccount ToModel(ServiceAccountWire wire)
    {
        var meta = wire.Metadata ?? new KubeObjectMeta();
        return new OpenShiftServiceAccount(
            meta.Namespace ?? string.Empty,
            meta.Name ?? string.Empty,
            meta.Uid,
            ParseTime(meta.CreationTimestamp),
            meta.ResourceVersion,
            Names(wire.Secrets),
            Names(wire.ImagePullSecrets),
            meta.Labels ?? new Dictionary<string, string>(),
            ClusterName);
    }

    private static IReadOnlyList<string> Names(List<KubeNameReference>? references) =>
        references?.Select(r => r.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList() ?? (IReadOnlyList<string>)Array.Empty<string>();
}

/// <summary>What a TokenRequest granted. Internal: the cmdlet decides whether the token leaves as SecureString or text.</summary>
internal sealed class ServiceAccountTokenGrant
{
    internal ServiceAccountTokenGrant(string token, DateTimeOffset? expiresAt, DateTimeOffset? issuedAt, IReadOnlyList<string> audiences, BoundObjectReferenceWire? boundObject)
    {
        Token = token;
        ExpiresAt = expiresAt;
        IssuedAt = issuedAt;
        Audiences = audiences;
        BoundObject = boundObject;
    }

    internal string Token { get; }

    internal DateTimeOffset? ExpiresAt { get; }

    internal DateTimeOffset? IssuedAt { get; }

    internal IReadOnlyList<string> Audiences { get; }

    internal BoundObjectReferenceWire? BoundObject { get; }

    /// <inheritdoc />
    public override string ToString() => $"service account token (expires {ExpiresAt:u})";
}
