using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace RedHatApi.Sandbox.OpenShift.Protobuf;

/// <summary>How one protobuf field maps to JSON.</summary>
internal enum ProtoType
{
    /// <summary>A UTF-8 string.</summary>
    Text,

    /// <summary>An int64 varint.</summary>
    Number,

    /// <summary>A bool varint.</summary>
    Flag,

    /// <summary>Bytes, as base64 in JSON.</summary>
    Bytes,

    /// <summary>A nested message.</summary>
    Message,

    /// <summary>map&lt;string, string&gt;: repeated entries { 1: key, 2: value }.</summary>
    StringMap,

    /// <summary>map&lt;string, bytes&gt;: values become base64, as in JSON.</summary>
    BytesMap,

    /// <summary>meta.v1.Time { 1: seconds, 2: nanos } as an RFC 3339 string.</summary>
    Time,
}

/// <summary>One field of a message: number, JSON name, type, repeated or not, and the message type of a Message field.</summary>
internal sealed record ProtoField(int Number, string Name, ProtoType Type, bool Repeated = false, ProtoMessage? Message = null);

/// <summary>
/// A message type as its generated.proto declares it (only the fields a create or update needs; the rest are skipped),
/// decoded into the JSON the same object has on the wire. Empty strings and zero numbers are left out, as Go's
/// omitempty does, since proto2 writes them for every optional field.
/// </summary>
internal sealed class ProtoMessage
{
    private readonly Dictionary<int, ProtoField> _fields;

    public ProtoMessage(params ProtoField[] fields) => _fields = fields.ToDictionary(f => f.Number);

    public JsonObject Decode(ReadOnlySpan<byte> data)
    {
        var json = new JsonObject();
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var number, out var wireType))
        {
            if (!_fields.TryGetValue(number, out var field))
            {
                reader.Skip(wireType);
                continue;
            }

            switch (field.Type)
            {
                case ProtoType.StringMap:
                case ProtoType.BytesMap:
                    var entry = ReadMapEntry(Expect(ref reader, wireType, 2), field.Type == ProtoType.BytesMap);
                    var map = json[field.Name] as JsonObject ?? new JsonObject();
                    map[entry.Key] = entry.Value;
                    json[field.Name] = map;
                    continue;
                default:
                    break;
            }

            var value = ReadValue(ref reader, wireType, field);
            if (value is null)
            {
                continue;
            }

            if (field.Repeated)
            {
                var array = json[field.Name] as JsonArray ?? new JsonArray();
                array.Add(value);
                json[field.Name] = array;
            }
            else
            {
                json[field.Name] = value;
            }
        }

        return json;
    }

    private static JsonNode? ReadValue(ref ProtoReader reader, int wireType, ProtoField field)
    {
        switch (field.Type)
        {
            case ProtoType.Text:
                var text = Encoding.UTF8.GetString(Expect(ref reader, wireType, 2));
                return text.Length == 0 && !field.Repeated ? null : JsonValue.Create(text);
            case ProtoType.Bytes:
                return JsonValue.Create(Convert.ToBase64String(Expect(ref reader, wireType, 2)));
            case ProtoType.Number:
                Check(wireType, 0);
                var number = (long)reader.ReadVarint();
                return number == 0 ? null : JsonValue.Create(number);
            case ProtoType.Flag:
                Check(wireType, 0);
                return JsonValue.Create(reader.ReadVarint() != 0);
            case ProtoType.Message:
                var message = field.Message!.Decode(Expect(ref reader, wireType, 2));
                return message.Count == 0 && !field.Repeated ? null : message;
            case ProtoType.Time:
                return ReadTime(Expect(ref reader, wireType, 2));
            default:
                throw new InvalidDataException("unmapped protobuf type " + field.Type);
        }
    }

    private static JsonValue? ReadTime(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        long seconds = 0;
        while (reader.TryReadTag(out var number, out var wireType))
        {
            if (number == 1 && wireType == 0)
            {
                seconds = (long)reader.ReadVarint();
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return seconds == 0 ? null : JsonValue.Create(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    private static KeyValuePair<string, JsonNode?> ReadMapEntry(ReadOnlySpan<byte> data, bool bytesValue)
    {
        var reader = new ProtoReader(data);
        var key = string.Empty;
        JsonNode? value = JsonValue.Create(string.Empty);
        while (reader.TryReadTag(out var number, out var wireType))
        {
            if (number == 1)
            {
                key = Encoding.UTF8.GetString(Expect(ref reader, wireType, 2));
            }
            else if (number == 2)
            {
                var bytes = Expect(ref reader, wireType, 2);
                value = JsonValue.Create(bytesValue ? Convert.ToBase64String(bytes) : Encoding.UTF8.GetString(bytes));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return new(key, value);
    }

    private static ReadOnlySpan<byte> Expect(ref ProtoReader reader, int wireType, int expected)
    {
        Check(wireType, expected);
        return reader.ReadBytes();
    }

    private static void Check(int wireType, int expected)
    {
        if (wireType != expected)
        {
            throw new InvalidDataException($"protobuf wire type {wireType} where {expected} was expected");
        }
    }
}
