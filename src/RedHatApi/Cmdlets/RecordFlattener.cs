using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using System.Xml;

namespace RedHatApi.Cmdlets;

/// <summary>
/// Turns any object into a flat record a CMDB, a CSV file or a SQL table can take: scalar columns only, dates as
/// ISO 8601 UTC, columns in a fixed order (declaration order for RedHatApi types, so every record of a type has
/// the same columns even where a value is null), then the provenance columns SourceApi and RetrievedAt.
/// Secrets (SecureString, PSCredential) are never copied.
/// </summary>
internal sealed class RecordFlattener
{
    internal const string SourceApiColumn = "SourceApi";
    internal const string RetrievedAtColumn = "RetrievedAt";

    // Deep enough for the API payloads people export (an object inside an object inside a record); deeper values
    // are written as text rather than exploding into hundreds of columns.
    private const int MaxDepth = 3;

    private static readonly Dictionary<string, string> SourceApiByModelNamespace = new(StringComparer.Ordinal)
    {
        ["RedHatApi.Models.Rhsm"] = "RHSM",
        ["RedHatApi.Models.Assisted"] = "AssistedInstaller",
        ["RedHatApi.Models.OpenShift"] = "OpenShift",
        ["RedHatApi.Models.Session"] = "RedHatApi",
        ["RedHatApi.Models.Reconciliation"] = "RedHatApi",
    };

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<PropertyInfo>> PropertiesByType = new();

    private readonly string _separator;

    internal RecordFlattener(string separator)
    {
        _separator = separator;
    }

    /// <summary>The flat record of <paramref name="input"/>; <paramref name="retrievedAt"/> is used when the input carries no RetrievedAt.</summary>
    internal PSObject Flatten(PSObject input, string? sourceApi, DateTimeOffset retrievedAt)
    {
        var columns = new List<KeyValuePair<string, object?>>();
        AddMembers(columns, string.Empty, input, input.BaseObject.GetType(), 0);

        var ownRetrievedAt = columns.FindIndex(c => c.Key == RetrievedAtColumn);
        object? retrieved = Scalar(retrievedAt);
        if (ownRetrievedAt >= 0)
        {
            retrieved = columns[ownRetrievedAt].Value ?? retrieved;
            columns.RemoveAt(ownRetrievedAt);
        }

        columns.RemoveAll(c => c.Key == SourceApiColumn);
        columns.Add(new(SourceApiColumn, sourceApi ?? SourceApiOf(input.BaseObject.GetType())));
        columns.Add(new(RetrievedAtColumn, retrieved));

        var record = new PSObject();
        foreach (var column in columns)
        {
            if (record.Properties[column.Key] is null)
            {
                record.Properties.Add(new PSNoteProperty(column.Key, column.Value));
            }
        }

        return record;
    }

    private static string SourceApiOf(Type type) =>
        type.Namespace is { } ns && SourceApiByModelNamespace.TryGetValue(ns, out var api) ? api : string.Empty;

    private void AddMembers(List<KeyValuePair<string, object?>> columns, string prefix, object? value, Type declaredType, int depth)
    {
        var target = value is PSObject ps ? ps.BaseObject : value;
        switch (target)
        {
            case PSCustomObject when value is PSObject custom:
                foreach (var property in custom.Properties)
                {
                    AddValue(columns, prefix + property.Name, property.Value, typeof(object), depth);
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    AddValue(columns, prefix + Convert.ToString(entry.Key, CultureInfo.InvariantCulture), entry.Value, typeof(object), depth);
                }

                break;
            default:
                // Typed objects go by their declared type, so a null nested model still yields its (empty) columns.
                var type = target?.GetType() ?? declaredType;
                foreach (var property in ReadableProperties(type))
                {
                    AddValue(columns, prefix + property.Name, target is null ? null : property.GetValue(target), property.PropertyType, depth);
                }

                break;
        }
    }

    private void AddValue(List<KeyValuePair<string, object?>> columns, string name, object? value, Type declaredType, int depth)
    {
        var unwrapped = value is PSObject { BaseObject: not PSCustomObject } ps ? ps.BaseObject : value;
        if (unwrapped is SecureString or PSCredential || declaredType == typeof(SecureString) || declaredType == typeof(PSCredential))
        {
            return;
        }

        if (IsComplex(unwrapped, declaredType) && depth < MaxDepth)
        {
            AddMembers(columns, name + ".", unwrapped, declaredType, depth + 1);
            return;
        }

        columns.Add(new(name, unwrapped is IEnumerable items and not string and not IDictionary ? Join(items) : Scalar(unwrapped)));
    }

    private string Join(IEnumerable items) =>
        string.Join(_separator, items.Cast<object?>().Select(i => Convert.ToString(Scalar(i is PSObject ps ? ps.BaseObject : i), CultureInfo.InvariantCulture)));

    /// <summary>Objects (not scalars, not lists) become columns; a null counts as an object only for RedHatApi model types.</summary>
    private static bool IsComplex(object? value, Type declaredType) => value switch
    {
        null => declaredType.IsClass && declaredType.Namespace?.StartsWith("RedHatApi.Models", StringComparison.Ordinal) == true,
        PSCustomObject or IDictionary => true,
        PSObject { BaseObject: PSCustomObject } => true,
        string or Uri or IEnumerable or IFormattable or IConvertible => false,
        _ => value.GetType().Namespace?.StartsWith("RedHatApi.Models", StringComparison.Ordinal) == true,
    };

    // The type's own properties first (the holder's UUID of an entitlement), then its base type's, each in
    // declaration order: metadata tokens are only comparable within one declaring type.
    // Cached per type: an export flattens thousands of records of one type, and reflection plus sorting per record
    // would be the bulk of the work.
    private static IReadOnlyList<PropertyInfo> ReadableProperties(Type type) =>
        PropertiesByType.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderByDescending(p => InheritanceDepth(p.DeclaringType))
            .ThenBy(p => p.MetadataToken)
            .ToArray());

    private static int InheritanceDepth(Type? type)
    {
        var depth = 0;
        for (; type is not null; type = type.BaseType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>One cell: text for everything culture or time zone could change, native for integers and booleans.</summary>
    private static object? Scalar(object? value) => value switch
    {
        null => null,
        string or bool or byte or sbyte or short or ushort or int or uint or long or ulong => value,
        float or double or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime at => (at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at.ToUniversalTime())
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        TimeSpan span => XmlConvert.ToString(span),
        Guid id => id.ToString("D"),
        Enum e => e.ToString(),
        Uri uri => uri.OriginalString,
        PSObject ps => Scalar(ps.BaseObject),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
