using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RedHatApi.Sandbox.OpenShift;

/// <summary>
/// The Kubernetes API's answers: objects as JSON, and every failure as a <c>Status</c> object
/// (k8s.io/apimachinery/pkg/api/errors): kind, apiVersion, metadata, status "Failure", message, reason, details, code.
/// </summary>
public static class KubeResults
{
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, status);

    public static JsonObject StatusBody(int code, string reason, string message, JsonObject? details = null, JsonObject? metadata = null) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = metadata ?? new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["details"] = details ?? new JsonObject(),
        ["code"] = code,
    };

    public static IResult Status(int code, string reason, string message, JsonObject? details = null, JsonObject? metadata = null) =>
        Json(StatusBody(code, reason, message, details, metadata), code);

    public static IResult Unauthorized() => Status(401, "Unauthorized", "Unauthorized");

    /// <summary>RBAC's wording: User "x" cannot verb resource "r" in API group "g" in the namespace "ns".</summary>
    public static IResult Forbidden(string user, string verb, string resource, string group, string? ns, string? name = null)
    {
        var scope = ns is null ? "at the cluster scope" : $"in the namespace \"{ns}\"";
        var what = name is null ? resource : $"{resource} \"{name}\"";
        return Status(403, "Forbidden",
            $"{what} is forbidden: User \"{user}\" cannot {verb} resource \"{resource}\" in API group \"{group}\" {scope}",
            Details(name, group, resource));
    }

    public static IResult NotFound(string resource, string name, string group = "") =>
        Status(404, "NotFound", $"{Qualified(resource, group)} \"{name}\" not found", Details(name, group, resource));

    /// <summary>An unknown path or API group: what kube-apiserver answers for /apis/user.openshift.io on plain Kubernetes.</summary>
    public static IResult NoSuchResource() => Status(404, "NotFound", "the server could not find the requested resource");

    public static IResult AlreadyExists(string resource, string name, string group = "") =>
        Status(409, "AlreadyExists", $"{Qualified(resource, group)} \"{name}\" already exists", Details(name, group, resource));

    /// <summary>422 Invalid with one cause per bad field, as field validation reports them.</summary>
    public static IResult Invalid(string kind, string group, string name, string field, string causeMessage)
    {
        var details = Details(name, group, null);
        details["kind"] = kind;
        details["causes"] = new JsonArray(new JsonObject { ["reason"] = "FieldValueInvalid", ["message"] = causeMessage, ["field"] = field });
        var qualified = string.IsNullOrEmpty(group) ? kind : kind + "." + group;
        return Status(422, "Invalid", $"{qualified} \"{name}\" is invalid: {field}: {causeMessage}", details);
    }

    public static IResult BadRequest(string message) => Status(400, "BadRequest", message);

    private static string Qualified(string resource, string group) => string.IsNullOrEmpty(group) ? resource : resource + "." + group;

    private static JsonObject Details(string? name, string group, string? resource)
    {
        var details = new JsonObject();
        if (name is not null)
        {
            details["name"] = name;
        }

        if (!string.IsNullOrEmpty(group))
        {
            details["group"] = group;
        }

        if (resource is not null)
        {
            details["kind"] = resource;
        }

        return details;
    }
}
