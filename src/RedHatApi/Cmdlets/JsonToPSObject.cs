using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.Json;

namespace RedHatApi.Cmdlets;

/// <summary>Converts JSON to the objects Invoke-RestMethod would give: PSCustomObject, object[], long, double, string, bool.</summary>
internal static class JsonToPSObject
{
    internal static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element),
        JsonValueKind.Array => ConvertArray(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static PSObject ConvertObject(JsonElement element)
    {
        var result = new PSObject();
        foreach (var property in element.EnumerateObject())
        {
            result.Properties.Add(new PSNoteProperty(property.Name, Convert(property.Value)));
        }

        return result;
    }

    private static object?[] ConvertArray(JsonElement element)
    {
        var items = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            items.Add(Convert(item));
        }

        return items.ToArray();
    }

    /// <summary>Hashtables, PSCustomObjects, arrays and scalars to JSON, for -Body.</summary>
    internal static void Write(Utf8JsonWriter writer, object? value, int depth = 0)
    {
        if (depth > 64)
        {
            throw new PSArgumentException("The -Body object is nested more than 64 levels deep.");
        }

        var baseObject = value is PSObject ps ? ps.BaseObject : value;
        switch (baseObject)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case System.DateTime or System.DateTimeOffset:
                writer.WriteStringValue(((System.IFormattable)baseObject).ToString("o", CultureInfo.InvariantCulture));
                break;
            case System.Guid or System.Uri or System.Enum:
                writer.WriteStringValue(baseObject.ToString());
                break;
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                writer.WriteRawValue(((System.IFormattable)baseObject).ToString(null, CultureInfo.InvariantCulture));
                break;
            case System.Collections.IDictionary dictionary:
                writer.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    Write(writer, entry.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var property in (value as PSObject ?? PSObject.AsPSObject(baseObject)).Properties)
                {
                    if (property.IsGettable)
                    {
                        writer.WritePropertyName(property.Name);
                        Write(writer, property.Value, depth + 1);
                    }
                }

                writer.WriteEndObject();
                break;
        }
    }
}
