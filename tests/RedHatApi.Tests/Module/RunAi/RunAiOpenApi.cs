using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using Microsoft.OpenApi.Writers;
using RedHatApi.Tests.Fixtures;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>One request and answer of the sandbox's Run:ai, as GET /_sandbox/runai/exchanges lists it.</summary>
public sealed record RunAiExchange(string Method, string Path, string? RequestBody, int Status, string? ResponseBody)
{
    public override string ToString() => $"{Method} {Path} -> {Status}";
}

/// <summary>
/// The Run:ai control-plane OpenAPI document (3.0.3) as the referee of bodies: read with OpenAPI.NET, each
/// operation's request and response schemas written out by it (so $ref siblings are dropped as OpenAPI 3.0 says)
/// and turned into JSON Schema 2020-12 for JsonSchema.Net: <c>nullable</c> becomes a "null" type, and
/// <c>#/components/schemas/X</c> a reference into one shared definitions document.
/// </summary>
public sealed class RunAiOpenApi
{
    private const string DefinitionsId = "https://runai.openapi.test/components";
    private static readonly Lazy<RunAiOpenApi> SharedDocument = new(() => new RunAiOpenApi(Path.Combine(RepoPaths.Root, "tests", "RedHatApi.Tests", "Specs", "runai-controlplane-openapi.json")));
    private readonly ConcurrentDictionary<string, JsonSchema?> _schemas = new(StringComparer.Ordinal);
    private readonly BuildOptions _build;
    private int _built;

    private RunAiOpenApi(string path)
    {
        using (var stream = File.OpenRead(path))
        {
            Document = new OpenApiStreamReader().Read(stream, out var diagnostic);
            Errors = diagnostic.Errors.Select(e => e.ToString()).ToList();
        }

        _build = new BuildOptions { Dialect = Dialect.Draft202012, SchemaRegistry = new SchemaRegistry() };
        var definitions = new JsonObject();
        foreach (var (name, schema) in Document.Components.Schemas)
        {
            definitions[name] = Convert(Write(schema.SerializeAsV3WithoutReference));
        }

        JsonSchema.FromText(new JsonObject { ["$id"] = DefinitionsId, ["$defs"] = definitions }.ToJsonString(), _build);
    }

    /// <summary>The document everyone shares (reading it takes a moment).</summary>
    public static RunAiOpenApi Shared => SharedDocument.Value;

    public OpenApiDocument Document { get; }

    /// <summary>What OpenAPI.NET found wrong with the document itself.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The path template of the document that <paramref name="path"/> (absolute, without the tenant's prefix) is, or null.</summary>
    public string? TemplateOf(string path)
    {
        // A literal segment beats a parameter: /org-unit/projects/count is not /org-unit/projects/{projectId}.
        return Document.Paths.Keys
            .Where(t => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(t), @"\\\{[^}]+}", "[^/]+") + "$"))
            .OrderByDescending(t => t.Split('/').Count(s => !s.StartsWith('{')))
            .FirstOrDefault();
    }

    /// <summary>
    /// Problems of one body: empty when it matches. <paramref name="status"/> null checks a request body, else the
    /// response body of that status (its own code, else the range 2XX, else default). A status or body the operation
    /// does not document is itself a problem.
    /// </summary>
    public IReadOnlyList<string> Validate(string method, string template, int? status, string? body)
    {
        var operation = OperationOf(method, template);
        if (operation is null)
        {
            return new[] { $"{method} {template} is not an operation of the document" };
        }

        var key = method + " " + template + " " + (status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "request");
        if (!TryContent(operation, status, out var content, out var problem))
        {
            return new[] { key + ": " + problem };
        }

        if (content is null)
        {
            return string.IsNullOrEmpty(body) ? Array.Empty<string>() : new[] { key + ": the document gives this answer no body, but it had one: " + Shorten(body) };
        }

        if (string.IsNullOrEmpty(body))
        {
            return status is null && operation.RequestBody?.Required != true ? Array.Empty<string>() : new[] { key + ": a body is documented, none was sent" };
        }

        var schema = _schemas.GetOrAdd(key, _ => content.Schema is null ? null : Build(content.Schema));
        if (schema is null)
        {
            return Array.Empty<string>();
        }

        using var instance = JsonDocument.Parse(body);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? Array.Empty<string>()
            : (result.Details ?? new List<EvaluationResults>())
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{key}: {d.InstanceLocation} {e.Key}: {e.Value}"))
                .DefaultIfEmpty(key + ": invalid")
                .Take(10)
                .ToList();
    }

    /// <summary>A document schema as JSON Schema 2020-12 text (tests of the conversion read it).</summary>
    public string SchemaText(string method, string template, int? status)
    {
        var operation = OperationOf(method, template) ?? throw new ArgumentException(method + " " + template);
        return TryContent(operation, status, out var content, out var problem) && content?.Schema is { } schema
            ? Convert(Write(schema.SerializeAsV3))!.ToJsonString()
            : throw new ArgumentException(problem ?? "no schema");
    }

    private OpenApiOperation? OperationOf(string method, string template) =>
        Document.Paths.TryGetValue(template, out var item) && item is not null && Enum.TryParse<OperationType>(method, ignoreCase: true, out var type) &&
        item.Operations.TryGetValue(type, out var operation)
            ? operation
            : null;

    // The JSON (or form) media type of a request body or of the response of a status.
    private static bool TryContent(OpenApiOperation operation, int? status, out OpenApiMediaType? content, out string? problem)
    {
        content = null;
        problem = null;
        IDictionary<string, OpenApiMediaType>? media;
        if (status is null)
        {
            media = operation.RequestBody?.Content;
        }
        else
        {
            var code = status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var response = operation.Responses.TryGetValue(code, out var exact) ? exact
                : operation.Responses.TryGetValue(code[0] + "XX", out var range) ? range
                : operation.Responses.TryGetValue("default", out var fallback) ? fallback
                : null;
            if (response is null)
            {
                problem = "status " + code + " is not documented for this operation";
                return false;
            }

            media = response.Content;
        }

        if (media is null || media.Count == 0)
        {
            return true;
        }

        content = media.TryGetValue("application/json", out var json) ? json
            : media.TryGetValue("application/x-www-form-urlencoded", out var form) ? form
            : media.Values.First();
        return true;
    }

    private JsonSchema Build(OpenApiSchema schema)
    {
        var converted = Convert(Write(schema.SerializeAsV3)) as JsonObject ?? new JsonObject();
        var n = System.Threading.Interlocked.Increment(ref _built);
        return JsonSchema.FromText(converted.ToJsonString(), _build, new Uri($"https://runai.openapi.test/operation/{n}"));
    }

    private static JsonNode Write(Action<IOpenApiWriter> serialize)
    {
        using var text = new StringWriter();
        serialize(new OpenApiJsonWriter(text));
        return JsonNode.Parse(text.ToString())!;
    }

    /// <summary>OpenAPI 3.0 schema JSON → JSON Schema 2020-12: nullable, boolean exclusive bounds, component references.</summary>
    internal static JsonNode? Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(Convert).ToArray());
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = key is "properties" or "patternProperties" && value is JsonObject props
                        ? new JsonObject(props.Select(p => KeyValuePair.Create(p.Key, Convert(p.Value))))
                        : key == "$ref" && value?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                            ? DefinitionsId + "#/$defs/" + reference["#/components/schemas/".Length..]
                            : Convert(value);
                }

                Bound(copy, "exclusiveMinimum", "minimum");
                Bound(copy, "exclusiveMaximum", "maximum");
                if (copy.Remove("nullable", out var nullable) && nullable?.GetValue<bool>() == true)
                {
                    return Nullable(copy);
                }

                return copy;
            default:
                return node?.DeepClone();
        }
    }

    // "type": "string" + nullable → ["string", "null"] (and null in an enum); a schema without a type (a $ref, an
    // allOf) → anyOf [null, the schema].
    private static JsonNode Nullable(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && type.GetValue<string>() is { } name)
        {
            schema["type"] = new JsonArray(name, "null");
            if (schema["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, schema) };
    }

    // OpenAPI 3.0's exclusiveMinimum: true (with minimum) is 2020-12's exclusiveMinimum: <number>.
    private static void Bound(JsonObject schema, string exclusive, string inclusive)
    {
        if (schema[exclusive] is JsonValue flag && flag.TryGetValue<bool>(out var on))
        {
            schema.Remove(exclusive);
            if (on && schema[inclusive] is { } bound)
            {
                schema.Remove(inclusive);
                schema[exclusive] = bound.DeepClone();
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

/// <summary>
/// Checks exchanges against the document: each must be one of the registered operations
/// (<see cref="RunAiOperations"/>), its request body valid for the operation's request schema and its answer for
/// the schema of its status.
/// </summary>
public static class RunAiFidelity
{
    /// <summary>Every problem of <paramref name="exchanges"/>; empty when all match the document.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<RunAiExchange> exchanges, string prefix = "/runai")
    {
        var spec = RunAiOpenApi.Shared;
        var problems = new List<string>();
        foreach (var exchange in exchanges)
        {
            var path = exchange.Path.StartsWith(prefix + "/", StringComparison.Ordinal) ? exchange.Path[prefix.Length..] : exchange.Path;
            if (RunAiOperations.OutsideDocument.Any(o => path.StartsWith(o.PathPrefix, StringComparison.Ordinal)))
            {
                continue;
            }

            var template = spec.TemplateOf(path);
            var operation = exchange.Method + " " + template;
            if (template is null || !RunAiOperations.All.Contains(operation, StringComparer.Ordinal))
            {
                problems.Add($"{exchange}: not a registered operation ({operation}); add it to RunAiOperations.All");
                continue;
            }

            if (RunAiOperations.Undocumented.Any(u => u.Operation == operation && u.Status == exchange.Status))
            {
                continue;
            }

            problems.AddRange(spec.Validate(exchange.Method, template, null, exchange.RequestBody).Select(p => exchange + " request: " + p));
            problems.AddRange(spec.Validate(exchange.Method, template, exchange.Status, exchange.ResponseBody).Select(p => exchange + " answer: " + p));
        }

        return problems;
    }

    /// <summary>The exchanges a sandbox has recorded since its last reset.</summary>
    public static IReadOnlyList<RunAiExchange> Read(SandboxProcess sandbox) =>
        sandbox.Get("_sandbox/runai/exchanges").Deserialize<List<RunAiExchange>>(WebJson)!;

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
}
