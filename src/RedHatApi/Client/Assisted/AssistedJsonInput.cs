using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RedHatApi.Client.Assisted;

/// <summary>
/// JSON objects users hand to the Assisted cmdlets (operator properties, install-config overrides) as JSON text or as
/// dictionaries (PowerShell hashtables), and the RFC 7396 merge and the readable diff Set-AssistedInstallConfig shows.
/// </summary>
internal static class AssistedJsonInput
{
    /// <summary>
    /// <paramref name="value"/> as a JSON object: JSON text is parsed, a dictionary converted key by key (lists,
    /// numbers, booleans, strings and nested dictionaries). <paramref name="unwrap"/> takes the shell's wrapper off
    /// each value. Throws <see cref="FormatException"/> when the value is not an object.
    /// </summary>
    internal static JsonObject ToObject(object value, Func<object, object?> unwrap)
    {
        var node = ToNode(unwrap(value), unwrap);
        return node as JsonObject ?? throw new FormatException("a " + (node?.GetValueKind().ToString().ToLowerInvariant() ?? "null") + " was given.");
    }

    /// <summary>RFC 7396: <paramref name="patch"/>'s members replace <paramref name="target"/>'s, objects merge, null removes.</summary>
    internal static JsonObject Merge(JsonObject? target, JsonObject patch)
    {
        var result = (JsonObject?)target?.DeepClone() ?? new JsonObject();
        foreach (var member in patch)
        {
            var (key, value) = (member.Key, member.Value);
            if (value is null)
            {
                result.Remove(key);
            }
            else if (value is JsonObject inner && result[key] is JsonObject existing)
            {
                result[key] = Merge(existing, inner);
            }
            else
            {
                result[key] = value is JsonObject o ? Merge(null, o) : value.DeepClone();
            }
        }

        return result;
    }

    /// <summary>One line per changed leaf, by dotted path: "+ path: new", "- path: old", "~ path: old -> new".</summary>
    internal static IReadOnlyList<string> Diff(JsonObject? before, JsonObject? after)
    {
        var lines = new List<string>();
        Diff(string.Empty, before ?? new JsonObject(), after ?? new JsonObject(), lines);
        return lines;
    }

    /// <summary>Parses JSON object text (an empty or absent text is null); throws <see cref="FormatException"/> otherwise.</summary>
    internal static JsonObject? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text!) as JsonObject ?? throw new FormatException("the text is not a JSON object.");
        }
        catch (JsonException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static void Diff(string path, JsonNode? before, JsonNode? after, List<string> lines)
    {
        if (before is JsonObject b && after is JsonObject a)
        {
            foreach (var key in b.Select(p => p.Key).Union(a.Select(p => p.Key), StringComparer.Ordinal))
            {
                Diff(path.Length == 0 ? key : path + "." + key, b.ContainsKey(key) ? b[key] : null, a.ContainsKey(key) ? a[key] : null, lines);
            }

            return;
        }

        var old = before?.ToJsonString();
        var now = after?.ToJsonString();
        if (old == now)
        {
            return;
        }

        lines.Add(old is null ? "+ " + path + ": " + now : now is null ? "- " + path + ": " + old : "~ " + path + ": " + old + " -> " + now);
    }

    private static JsonNode? ToNode(object? value, Func<object, object?> unwrap)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException ex)
                {
                    throw new FormatException(ex.Message, ex);
                }

            case JsonNode node:
                return node.DeepClone();
            case IDictionary dictionary:
                var obj = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    obj[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = Value(entry.Value, unwrap);
                }

                return obj;
            default:
                throw new FormatException("a " + value.GetType().Name + " was given.");
        }
    }

    /// <summary>A value inside a dictionary: strings stay strings (not parsed as JSON), lists become arrays.</summary>
    private static JsonNode? Value(object? raw, Func<object, object?> unwrap)
    {
        var value = raw is null ? null : unwrap(raw);
        return value switch
        {
            null => null,
            string s => JsonValue.Create(s),
            bool b => JsonValue.Create(b),
            int or long or short or byte or sbyte or uint or ushort => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            ulong u => JsonValue.Create(u),
            float or double or decimal => JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            IDictionary => ToNode(value, unwrap),
            JsonNode node => node.DeepClone(),
            IEnumerable list => new JsonArray(list.Cast<object?>().Select(item => Value(item, unwrap)).ToArray()),
            _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }
}
