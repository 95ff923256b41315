using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RedHatApi.Sandbox.Assisted.Data;

namespace RedHatApi.Sandbox.Assisted;

/// <summary>
/// The Assisted Installer's two error shapes (internal/common/error_utils.go and go-openapi): handler errors are
/// <c>{"kind":"Error","id":404,"href":"","code":"404","reason":"..."}</c> (code a string); authentication and
/// parameter validation errors are <c>{"code":401,"message":"..."}</c> (code an integer, 60x for validation).
/// </summary>
public static class AssistedResults
{
    /// <summary>go-openapi's InvalidTypeCode (a value of the wrong type or format).</summary>
    public const int InvalidTypeCode = 601;

    /// <summary>go-openapi's RequiredFailCode.</summary>
    public const int RequiredFailCode = 602;

    /// <summary>go-openapi's EnumFailCode.</summary>
    public const int EnumFailCode = 606;

    /// <summary>A handler error (the spec's <c>error</c> definition).</summary>
    public static IResult HandlerError(int status, string reason) => Results.Json(
        new { kind = "Error", id = status, href = string.Empty, code = status.ToString(System.Globalization.CultureInfo.InvariantCulture), reason },
        statusCode: status);

    /// <summary>An authentication error (the spec's <c>infra_error</c>).</summary>
    public static IResult InfraError(int status, string message) => Results.Json(new { code = status, message }, statusCode: status);

    /// <summary>A parameter or body validation failure: HTTP 400 (not 422) with a go-openapi code.</summary>
    public static IResult Validation(int code, string message) => Results.Json(new { code, message }, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A JSON body with a status (201 and 202 answers carry the cluster).</summary>
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToJsonString(), "application/json", System.Text.Encoding.UTF8, status);

    /// <summary>What a store operation answers.</summary>
    public static IResult From(AssistedOutcome outcome) => outcome switch
    {
        { Ok: true, Body: { } body } => Json(body, outcome.Status),
        { Ok: true } => Results.StatusCode(outcome.Status),
        _ => HandlerError(outcome.Status, outcome.Reason ?? string.Empty),
    };
}
