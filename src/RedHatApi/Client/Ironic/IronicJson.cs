using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace RedHatApi.Client.Ironic;

/// <summary>Reads Ironic's JSON documents, whose fields vary with the microversion, by name rather than by wire type.</summary>
internal static class IronicJson
{
    internal static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static bool? Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    internal static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    internal static Guid? Guid(JsonElement element, string name) =>
        System.Guid.TryParse(String(element, name), out var uuid) ? uuid : null;

    /// <summary>An object's fields as a dictionary of plain values (nested objects and arrays keep their shape).</summary>
    internal static IReadOnlyDictionary<string, object?> Fields(JsonElement element, params string[] masked)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }

        foreach (var property in element.EnumerateObject())
        {
            fields[property.Name] = masked.Contains(property.Name, StringComparer.Ordinal) && property.Value.ValueKind == JsonValueKind.String
                ? "******"
                : Plain(property.Value);
        }

        return fields;
    }

    internal static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => Fields(value),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToArray(),
        _ => null,
    };

    /// <summary>The marker of a next link (…/v1/nodes?limit=100&amp;marker=&lt;uuid&gt;), or null.</summary>
    internal static string? MarkerOf(string? next)
    {
        if (string.IsNullOrEmpty(next) || next!.IndexOf('?') is var q && q < 0)
        {
            return null;
        }

        foreach (var pair in next.Substring(q + 1).Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair.Substring(0, eq) == "marker")
            {
                return Uri.UnescapeDataString(pair.Substring(eq + 1));
            }
        }

        return null;
    }

    internal static string Query(IEnumerable<KeyValuePair<string, string?>> pairs) =>
        string.Join("&", pairs.Where(p => p.Value is not null).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));

    internal static string Invariant(bool value) => value ? "true" : "false";

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
