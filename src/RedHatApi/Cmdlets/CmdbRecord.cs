using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace RedHatApi.Cmdlets;

/// <summary>
/// Reads a column of a CMDB row as the compare cmdlets take them: Import-Csv objects, any PSObject, or a hashtable
/// (matched case-insensitively, as PowerShell matches property names).
/// </summary>
internal static class CmdbRecord
{
    /// <summary>The column's value; false when the row has no such column (a null value is still a column).</summary>
    public static bool TryGetValue(PSObject record, string name, out object? value)
    {
        if (record.BaseObject is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    value = entry.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        var property = record.Properties[name];
        value = property?.Value;
        return property is not null;
    }

    /// <summary>The row's column names, for the message that says which columns there are.</summary>
    public static IEnumerable<string> PropertyNames(PSObject record) =>
        record.BaseObject is IDictionary dictionary
            ? dictionary.Keys.Cast<object?>().Select(k => k?.ToString() ?? string.Empty)
            : record.Properties.Select(p => p.Name);
}
