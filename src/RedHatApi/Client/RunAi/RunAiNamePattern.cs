using System;
using System.Collections.Generic;
using System.Linq;
using RedHatApi.Errors;
using RedHatApi.Properties;

namespace RedHatApi.Client.RunAi;

/// <summary>
/// A -Name as PowerShell users type it, turned into one Run:ai filterBy term so the server does the filtering (and
/// paging stays exact): <c>x</c> is <c>==x</c>, <c>x*</c> <c>=^x</c>, <c>*x</c> <c>=$x</c>, <c>*x*</c> <c>=@x</c>.
/// Other wildcards have no Run:ai operator, so they are refused rather than filtered on the client.
/// </summary>
internal static class RunAiNamePattern
{
    /// <summary>Every operator the pattern forms use.</summary>
    internal static readonly IReadOnlyList<string> AllOperators = new[] { "==", "=^", "=$", "=@" };

    private static readonly char[] Wildcards = { '*', '?', '[', ']' };

    /// <summary>The filterBy term for <paramref name="pattern"/> on <paramref name="field"/>, or InvalidParameter.</summary>
    internal static string ToTerm(string field, string pattern, IReadOnlyList<string>? operators = null)
    {
        operators ??= AllOperators;
        var leading = pattern.StartsWith("*", StringComparison.Ordinal);
        var trailing = pattern.Length > 1 && pattern.EndsWith("*", StringComparison.Ordinal);
        var core = pattern.Substring(leading ? 1 : 0, pattern.Length - (leading ? 1 : 0) - (trailing ? 1 : 0));
        var op = (leading, trailing) switch
        {
            (false, false) => "==",
            (false, true) => "=^",
            (true, false) => "=$",
            _ => "=@",
        };
        if (core.Length == 0 || core.IndexOfAny(Wildcards) >= 0 || !operators.Contains(op))
        {
            throw new RedHatApiException(ErrorIds.InvalidParameter, Text.Format(Strings.RunAiNamePatternUnsupported, pattern, Forms(operators)));
        }

        return field + op + core;
    }

    private static string Forms(IReadOnlyList<string> operators) => string.Join(", ", operators.Select(op => op switch
    {
        "==" => "name",
        "=^" => "prefix*",
        "=$" => "*suffix",
        _ => "*part*",
    }));
}
