using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace RedHatApi.Tests.Fixtures;

/// <summary>Everything one script wrote: output, errors and every other stream, plus a terminating error.</summary>
public sealed class ScriptResult
{
    public IReadOnlyList<PSObject> Output { get; init; } = Array.Empty<PSObject>();

    public IReadOnlyList<ErrorRecord> Errors { get; init; } = Array.Empty<ErrorRecord>();

    public IReadOnlyList<VerboseRecord> Verbose { get; init; } = Array.Empty<VerboseRecord>();

    public IReadOnlyList<DebugRecord> Debug { get; init; } = Array.Empty<DebugRecord>();

    public IReadOnlyList<WarningRecord> Warnings { get; init; } = Array.Empty<WarningRecord>();

    public IReadOnlyList<ProgressRecord> Progress { get; init; } = Array.Empty<ProgressRecord>();

    public IReadOnlyList<InformationRecord> Information { get; init; } = Array.Empty<InformationRecord>();

    /// <summary>What cmdlets wrote to the host, such as -WhatIf's "What if: ..." lines.</summary>
    public IReadOnlyList<string> HostLines { get; init; } = Array.Empty<string>();

    /// <summary>The -WhatIf lines among <see cref="HostLines"/>.</summary>
    public IReadOnlyList<string> WhatIf => HostLines.Where(l => l.StartsWith("What if:", StringComparison.Ordinal)).ToList();

    /// <summary>The error that ended the script (caught by the harness's try/catch), if one did.</summary>
    public ErrorRecord? Terminating { get; init; }

    /// <summary>Every ErrorRecord, terminating or not.</summary>
    public IEnumerable<ErrorRecord> AllErrors => Terminating is { } record ? Errors.Append(record) : Errors;

    /// <summary>FullyQualifiedErrorIds of all errors.</summary>
    public IReadOnlyList<string> ErrorIds => AllErrors.Select(e => e.FullyQualifiedErrorId).ToList();

    /// <summary>The base objects of the output, of one type.</summary>
    public IReadOnlyList<T> OutputOf<T>() => Output.Select(o => o.BaseObject).OfType<T>().ToList();

    /// <summary>Every piece of text the script produced on any stream, for secret scans.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var o in Output)
        {
            yield return o.ToString();
            foreach (var p in o.Properties)
            {
                string? text;
                try
                {
                    text = p.Value?.ToString();
                }
                catch (GetValueException)
                {
                    text = null;
                }

                if (text is not null)
                {
                    yield return text;
                }
            }
        }

        foreach (var e in AllErrors)
        {
            yield return e.ToString();
            yield return e.Exception?.ToString() ?? string.Empty;
            yield return e.ErrorDetails?.Message ?? string.Empty;
        }

        foreach (var v in Verbose)
        {
            yield return v.Message;
        }

        foreach (var d in Debug)
        {
            yield return d.Message;
        }

        foreach (var w in Warnings)
        {
            yield return w.Message;
        }

        foreach (var p in Progress)
        {
            yield return p.Activity + " " + p.StatusDescription + " " + p.CurrentOperation;
        }
    }
}
