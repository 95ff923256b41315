using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace RedHatApi.Sandbox.RunAi;

/// <summary>
/// The routes of the sandbox's Run:ai: token endpoints, the bearer and role check in front of /api/v1, the list
/// helpers (next, short page, bare array), the exchange log, and the control routes. Resource routes are in
/// RunAiEndpoints.&lt;Resource&gt;.cs.
/// </summary>
public static partial class RunAiEndpoints
{
    public const string Prefix = "/runai";
    private const string RequestBodyKey = "runai.requestBody";
    private const string ApplicationKey = "runai.application";
    private const int MaxLimit = 500;
    private const int DefaultLimit = 50;

    public static void Map(WebApplication app, RunAiFamily family)
    {
        app.MapPost(Prefix + "/api/v2/token", (Func<HttpContext, Task<IResult>>)(ctx => V2TokenAsync(ctx, family)));
        app.MapPost(Prefix + "/api/v1/token", (Func<HttpContext, Task<IResult>>)(ctx => V1TokenAsync(ctx, family)));
        app.MapPost(Prefix + "/auth/realms/{realm}/protocol/openid-connect/token", (HttpContext ctx, string realm) => RealmTokenAsync(ctx, family, realm));

        var api = app.MapGroup(Prefix + "/api/v1").AddEndpointFilter(async (context, next) =>
            Authorize(context.HttpContext, family) ?? await next(context));
        MapOrgUnits(api, family);
        MapInfrastructure(api, family);
        MapWorkloads(api, family);
        MapAccess(api, family);
        MapControl(app, family);
        MapWorkloadControl(app, family);
    }

    /// <summary>The application behind the request's bearer token (set by the role check).</summary>
    public static RunAiApplication Caller(HttpContext ctx) => (RunAiApplication)ctx.Items[ApplicationKey]!;

    /// <summary>
    /// Which role may call what: Administrator everything; Editor the org units and reading the infrastructure;
    /// Researcher workloads and reading projects. A refusal names the role the call needs, as Run:ai's 403 does.
    /// </summary>
    public static bool Allows(string role, string method, string relative)
    {
        var read = method == HttpMethods.Get;
        return role switch
        {
            "Administrator" => true,
            "Editor" => relative.StartsWith("org-unit/", StringComparison.Ordinal) ||
                        (read && (relative.StartsWith("clusters", StringComparison.Ordinal) || relative.StartsWith("nodes", StringComparison.Ordinal) || relative.StartsWith("node-pools", StringComparison.Ordinal))),
            "Researcher" => relative.StartsWith("workloads", StringComparison.Ordinal) || (read && relative.StartsWith("org-unit/projects", StringComparison.Ordinal)),
            _ => false,
        };
    }

    private static IResult? Authorize(HttpContext ctx, RunAiFamily family)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..].Trim() : null;
        var app = token is null ? null : family.Tokens.Holder(token);
        if (app is null)
        {
            return Error(ctx, family, 401, "Unauthorized", token is null ? "No bearer token." : "The token is unknown or expired.");
        }

        ctx.Items["tokenClient"] = app.ClientId;
        var relative = (ctx.Request.Path.Value ?? string.Empty)[(Prefix + "/api/v1/").Length..];
        if (!Allows(app.Role, ctx.Request.Method, relative))
        {
            return Error(ctx, family, 403, "Forbidden", $"The application {app.ClientId} ({app.Role}) has no permission to {ctx.Request.Method} /api/v1/{relative}.");
        }

        // Counted after the check, so the request that crosses the line still succeeds and the next one meets the expiry.
        family.Tokens.CountRequest(family.Options.ExpireTokensAfterRequests);
        ctx.Items[ApplicationKey] = app;
        return null;
    }

    /// <summary>
    /// One page of <paramref name="items"/> as Run:ai lists answer it: filterBy (== != =@ !@ =^ =$ on top-level
    /// fields, several joined by commas), search (name contains), sortBy / sortOrder, offset and limit (1–500, default
    /// 50). With <paramref name="withNext"/> the page carries <c>next</c> (the next offset) while more remain.
    /// </summary>
    public static IResult List(HttpContext ctx, RunAiFamily family, string collection, IEnumerable<JsonObject> items, bool withNext, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var query = ctx.Request.Query;
        if (!TryInt(query["offset"], 0, out var offset) || offset < 0)
        {
            return Error(ctx, family, 400, "Bad Request", "offset must be a whole number of 0 or more.");
        }

        if (!TryInt(query["limit"], DefaultLimit, out var limit) || limit < 1 || limit > MaxLimit)
        {
            return Error(ctx, family, 400, "Bad Request", $"limit must be between 1 and {MaxLimit}.");
        }

        var selected = items;
        foreach (var term in query["filterBy"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            var filter = ParseFilter(term, aliases);
            if (filter is null)
            {
                return Error(ctx, family, 400, "Bad Request", "filterBy '" + term + "' is not <field><op><value>.");
            }

            selected = selected.Where(filter);
        }

        if (query["search"].ToString() is { Length: > 0 } search)
        {
            selected = selected.Where(i => (i["name"]?.GetValue<string>() ?? string.Empty).Contains(search, StringComparison.OrdinalIgnoreCase));
        }

        if (query["sortBy"].ToString() is { Length: > 0 } sortBy)
        {
            var field = aliases is not null && aliases.TryGetValue(sortBy, out var alias) ? alias : sortBy;
            selected = query["sortOrder"].ToString() == "desc"
                ? selected.OrderByDescending(i => SortKey(i, field), StringComparer.Ordinal)
                : selected.OrderBy(i => SortKey(i, field), StringComparer.Ordinal);
        }

        var all = selected.ToList();
        var page = all.Skip(offset).Take(limit).ToList();
        var body = new JsonObject { [collection] = new JsonArray(page.Select(i => (JsonNode)i).ToArray()) };
        if (withNext && offset + page.Count < all.Count)
        {
            body["next"] = family.Options.StuckNext ? offset : offset + page.Count;
        }

        return Json(ctx, family, body);
    }

    /// <summary>Answers JSON (or nothing, for a null body) and keeps the exchange.</summary>
    public static IResult Json(HttpContext ctx, RunAiFamily family, JsonNode? body, int status = 200)
    {
        var text = body?.ToJsonString();
        family.Exchanges.Add(new RunAiExchange(
            ctx.Request.Method, ctx.Request.Path.Value ?? string.Empty, ctx.Items[RequestBodyKey] as string, status, RunAiExchanges.Mask(body)?.ToJsonString()));
        return text is null ? Results.StatusCode(status) : Results.Text(text, "application/json", Encoding.UTF8, status);
    }

    /// <summary>Run:ai's error body: <c>{"code", "message", "details"}</c>.</summary>
    public static IResult Error(HttpContext ctx, RunAiFamily family, int status, string message, string details) =>
        Json(ctx, family, new JsonObject { ["code"] = status, ["message"] = message, ["details"] = details }, status);

    /// <summary>Reads the JSON request body (kept, masked, for the exchange log); null when it is empty or not an object.</summary>
    public static async Task<JsonObject?> BodyAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body);
        var text = await reader.ReadToEndAsync();
        JsonNode? node;
        try
        {
            node = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            ctx.Items[RequestBodyKey] = JsonValue.Create(text)!.ToJsonString();
            return null;
        }

        ctx.Items[RequestBodyKey] = RunAiExchanges.Mask(node)?.ToJsonString();
        return node as JsonObject;
    }

    private static Func<JsonObject, bool>? ParseFilter(string term, IReadOnlyDictionary<string, string>? aliases)
    {
        foreach (var op in new[] { "==", "!=", "=@", "!@", "=^", "=$", "<=", ">=" })
        {
            var at = term.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var field = term[..at];
            field = aliases is not null && aliases.TryGetValue(field, out var alias) ? alias : field;
            var value = term[(at + op.Length)..];
            return item =>
            {
                var actual = item[field] is JsonValue v ? v.ToString() : string.Empty;
                return op switch
                {
                    "==" => actual == value,
                    "!=" => actual != value,
                    "=@" => actual.Contains(value, StringComparison.OrdinalIgnoreCase),
                    "!@" => !actual.Contains(value, StringComparison.OrdinalIgnoreCase),
                    "=^" => actual.StartsWith(value, StringComparison.OrdinalIgnoreCase),
                    "=$" => actual.EndsWith(value, StringComparison.OrdinalIgnoreCase),
                    "<=" => string.CompareOrdinal(actual, value) <= 0,
                    _ => string.CompareOrdinal(actual, value) >= 0,
                };
            };
        }

        return null;
    }

    // Numbers sort as numbers: ids are numeric strings, padded so "1010" comes after "999".
    private static string SortKey(JsonObject item, string field)
    {
        var text = item[field] is JsonValue v ? v.ToString() : string.Empty;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString("D20", CultureInfo.InvariantCulture) : text;
    }

    private static bool TryInt(Microsoft.Extensions.Primitives.StringValues value, int fallback, out int result)
    {
        if (value.Count == 0 || string.IsNullOrEmpty(value.ToString()))
        {
            result = fallback;
            return true;
        }

        return int.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    private static void MapControl(WebApplication app, RunAiFamily family)
    {
        app.MapPut("/_sandbox/runai", async (HttpContext ctx) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = JsonNode.Parse(await reader.ReadToEndAsync()) as JsonObject;
            var o = family.Options;
            o.TokenLifetimeSeconds = body?["tokenLifetimeSeconds"]?.GetValue<int>() ?? o.TokenLifetimeSeconds;
            o.V2Token = body?["v2Token"]?.GetValue<bool>() ?? o.V2Token;
            o.ExpireTokensAfterRequests = body?["expireTokensAfterRequests"]?.GetValue<int>() ?? o.ExpireTokensAfterRequests;
            o.StuckNext = body?["stuckNext"]?.GetValue<bool>() ?? o.StuckNext;
            return Results.Json(new { o.TokenLifetimeSeconds, o.V2Token, o.ExpireTokensAfterRequests, o.StuckNext });
        });
        app.MapPost("/_sandbox/runai/expire-tokens", () =>
        {
            family.Tokens.ExpireAll();
            return Results.NoContent();
        });
        app.MapGet("/_sandbox/runai/exchanges", () => Results.Json(family.Exchanges.Entries));
        app.MapDelete("/_sandbox/runai/exchanges", () =>
        {
            family.Exchanges.Clear();
            return Results.NoContent();
        });
        app.MapGet("/_sandbox/runai/grants", () => Results.Json(family.Tokens.Grants));
    }
}
