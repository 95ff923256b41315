using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RedHatApi.Sandbox.OpenShift.Data;
using static RedHatApi.Sandbox.OpenShift.KubeResults;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// Service accounts (create 201 / 409 AlreadyExists, get, list with limit/continue, delete), their TokenRequest
/// subresource (201; 422 under 600 s; shortened to the maximum expiration; audiences and boundObjectRef echoed),
/// secrets (read-only: the token controller's kubernetes.io/service-account-token secrets) and pods (get, for
/// bound tokens). Only cluster admins may touch them; anyone else gets RBAC's 403.
/// </summary>
public static class ServiceAccountEndpoints
{
    /// <summary>validation.go: a TokenRequest must be at least 10 minutes long.</summary>
    public const long MinExpirationSeconds = 600;

    private const long MaxExpirationSeconds = 1L << 32;

    private static readonly Regex Dns1123Subdomain = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);

    public static void Map(RouteGroupBuilder group, ClusterStore store)
    {
        group.MapGet("/api/v1/serviceaccounts", (HttpContext http, string? labelSelector) =>
            Admin(http, "list", "serviceaccounts", null)
            ?? KubeListing.Page("ServiceAccountList", store.ServiceAccounts.List(null, KubeListing.LabelSelector(labelSelector)), http.Request, store));

        group.MapGet("/api/v1/namespaces/{ns}/serviceaccounts", (HttpContext http, string ns, string? labelSelector) =>
            Admin(http, "list", "serviceaccounts", ns)
            ?? KubeListing.Page("ServiceAccountList", store.ServiceAccounts.List(ns, KubeListing.LabelSelector(labelSelector)), http.Request, store));

        group.MapGet("/api/v1/namespaces/{ns}/serviceaccounts/{name}", (HttpContext http, string ns, string name) =>
            Admin(http, "get", "serviceaccounts", ns, name)
            ?? (store.ServiceAccounts.Get(ns, name) is { } sa ? Json(sa) : NotFound("serviceaccounts", name)));

        group.MapPost("/api/v1/namespaces/{ns}/serviceaccounts", async (HttpContext http, string ns) =>
        {
            if (Admin(http, "create", "serviceaccounts", ns) is { } denied)
            {
                return denied;
            }

            var body = await ReadAsync(http);
            if (body is null || body["kind"]?.GetValue<string>() is { } kind && kind != "ServiceAccount")
            {
                return BadRequest("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf");
            }

            var metadata = body["metadata"] as JsonObject;
            var name = metadata?["name"]?.GetValue<string>();
            if (metadata?["namespace"]?.GetValue<string>() is { } bodyNamespace && bodyNamespace != ns)
            {
                return BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            if (string.IsNullOrEmpty(name))
            {
                return Invalid("ServiceAccount", string.Empty, string.Empty, "metadata.name", "Required value: name or generateName is required");
            }

            if (name.Length > 253 || !Dns1123Subdomain.IsMatch(name))
            {
                return Invalid("ServiceAccount", string.Empty, name, "metadata.name",
                    $"Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
            }

            if (!store.Namespaces.Exists(ns))
            {
                return NotFound("namespaces", ns);
            }

            var labels = (metadata?["labels"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty);
            return store.ServiceAccounts.Create(ns, name, labels) is { } created ? Json(created, StatusCodes.Status201Created) : AlreadyExists("serviceaccounts", name);
        });

        group.MapDelete("/api/v1/namespaces/{ns}/serviceaccounts/{name}", (HttpContext http, string ns, string name) =>
            Admin(http, "delete", "serviceaccounts", ns, name)
            ?? (store.ServiceAccounts.Delete(ns, name) is { } deleted ? Json(deleted) : NotFound("serviceaccounts", name)));

        group.MapPost("/api/v1/namespaces/{ns}/serviceaccounts/{name}/token", async (HttpContext http, string ns, string name) =>
            Admin(http, "create", "serviceaccounts/token", ns, name) ?? RequestToken(store, ns, name, await ReadAsync(http)));

        group.MapGet("/api/v1/namespaces/{ns}/secrets", (HttpContext http, string ns, string? fieldSelector) =>
        {
            if (Admin(http, "list", "secrets", ns) is { } denied)
            {
                return denied;
            }

            string? type = null;
            if (!string.IsNullOrEmpty(fieldSelector))
            {
                if (!fieldSelector.StartsWith("type=", StringComparison.Ordinal))
                {
                    return BadRequest($"\"{fieldSelector.Split('=')[0]}\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\", \"type\"");
                }

                type = fieldSelector[5..];
            }

            return KubeListing.Page("SecretList", store.Secrets.List(ns, type), http.Request, store);
        });

        group.MapGet("/api/v1/namespaces/{ns}/secrets/{name}", (HttpContext http, string ns, string name) =>
            Admin(http, "get", "secrets", ns, name) ?? (store.Secrets.Get(ns, name) is { } secret ? Json(secret) : NotFound("secrets", name)));

        group.MapGet("/api/v1/namespaces/{ns}/pods/{name}", (HttpContext http, string ns, string name) =>
            Admin(http, "get", "pods", ns, name) ?? (store.Objects.Get("pods", ns, name) is { } pod ? Json(pod) : NotFound("pods", name)));
    }

    /// <summary>
    /// POST …/serviceaccounts/{name}/token: the account must exist (404); expirationSeconds defaults to 3600, must
    /// be 600..2^32 (422 Invalid otherwise) and is shortened to the cluster's maximum; no audiences means the API
    /// server's own; a bound Pod or Secret must exist (404) with the uid given (409).
    /// </summary>
    private static IResult RequestToken(ClusterStore store, string ns, string name, JsonObject? body)
    {
        const string kind = "TokenRequest";
        const string groupName = "authentication.k8s.io";
        if (body is null)
        {
            return BadRequest("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf");
        }

        var spec = body["spec"] as JsonObject ?? new JsonObject();
        long seconds = 3600;
        if (spec["expirationSeconds"] is JsonValue value && value.TryGetValue<long>(out var requested))
        {
            seconds = requested;
        }

        if (seconds < MinExpirationSeconds)
        {
            return Invalid(kind, groupName, name, "spec.expirationSeconds", $"Invalid value: {seconds}: may not specify a duration less than 10 minutes");
        }

        if (seconds > MaxExpirationSeconds)
        {
            return Invalid(kind, groupName, name, "spec.expirationSeconds", $"Invalid value: {seconds}: may not specify a duration larger than 2^32 seconds");
        }

        if (store.ServiceAccounts.Get(ns, name) is null)
        {
            return NotFound("serviceaccounts", name);
        }

        var audiences = (spec["audiences"] as JsonArray)?.Select(a => a?.GetValue<string>()).OfType<string>().Where(a => a.Length > 0).ToList() ?? new List<string>();
        if (audiences.Count == 0)
        {
            audiences.Add(TokenStore.DefaultAudience);
        }

        string? boundKind = null, boundName = null, boundUid = null;
        if (spec["boundObjectRef"] is JsonObject bound)
        {
            boundKind = bound["kind"]?.GetValue<string>();
            boundName = bound["name"]?.GetValue<string>();
            var askedUid = bound["uid"]?.GetValue<string>();
            var (uid, found) = boundKind switch
            {
                "Pod" => store.Objects.PodUid(ns, boundName ?? string.Empty),
                "Secret" => store.Secrets.Uid(ns, boundName ?? string.Empty),
                _ => (string.Empty, false),
            };
            if (boundKind is not ("Pod" or "Secret"))
            {
                return BadRequest($"cannot bind token for serviceaccount \"{name}\" to object of type {boundKind}");
            }

            if (!found)
            {
                return NotFound(boundKind == "Pod" ? "pods" : "secrets", boundName ?? string.Empty);
            }

            if (!string.IsNullOrEmpty(askedUid) && askedUid != uid)
            {
                return Status(409, "Conflict",
                    $"Operation cannot be fulfilled on {(boundKind == "Pod" ? "pods" : "secrets")} \"{boundName}\": the UID in the bound object reference ({askedUid}) does not match the UID in record. The object might have been deleted and then recreated");
            }

            boundUid = uid;
        }

        // --service-account-max-token-expiration: the server shortens, it does not refuse.
        var granted = Math.Min(seconds, store.Options.MaxTokenExpirationSeconds);
        var minted = store.Tokens.Mint(ns, name, granted, audiences, boundKind, boundName, boundUid);
        if (minted is null)
        {
            return NotFound("serviceaccounts", name);
        }

        spec["audiences"] = new JsonArray(audiences.Select(a => (JsonNode)a).ToArray());
        spec["expirationSeconds"] = granted;
        if (spec["boundObjectRef"] is JsonObject echo && boundUid is not null)
        {
            echo["uid"] = boundUid;
            echo["apiVersion"] ??= "v1";
        }

        return Json(new JsonObject
        {
            ["kind"] = kind,
            ["apiVersion"] = groupName + "/v1",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns, ["creationTimestamp"] = null },
            ["spec"] = spec.DeepClone(),
            ["status"] = new JsonObject { ["token"] = minted.Value.Token, ["expirationTimestamp"] = ClusterCore.Time(minted.Value.ExpiresAt) },
        }, StatusCodes.Status201Created);
    }

    /// <summary>RBAC: cluster admins, and whoever a role binding lets do it (edit or admin in the namespace).</summary>
    private static IResult? Admin(HttpContext http, string verb, string resource, string? ns, string? name = null) =>
        ClusterEndpoints.Authorize(http, verb, resource, string.Empty, ns, name);

    private static async Task<JsonObject?> ReadAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
