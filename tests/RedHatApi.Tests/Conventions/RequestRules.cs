using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RedHatApi.Tests.Conventions;

/// <summary>
/// Source rules for cmdlets: a state-changing call is one request value, built by the area client, that feeds both
/// ShouldProcess (the -WhatIf text "METHOD URL") and the send; and request bodies are typed wire objects built in
/// Client/, never JSON assembled in a cmdlet.
/// </summary>
internal static class RequestRules
{
    private static readonly Regex Call = new(@"\bShouldProcessRequest\s*\(", RegexOptions.CultureInvariant);

    private static readonly (Regex Pattern, string Message)[] JsonBuilders =
    {
        (new Regex(@"\bnew\s+(System\.Text\.Json\.Nodes\.)?Json(Object|Array)\b"), "builds JSON with new JsonObject/JsonArray; build a wire object in the area client"),
        (new Regex(@"\bJsonSerializer\b"), "uses JsonSerializer; bodies are serialised by the connection, answers read by the client"),
        (new Regex(@"""\{\\"""), "holds JSON text (\"{\\\"...\"); build a wire object in the area client"),
    };

    /// <summary>The violations in one source file's text.</summary>
    internal static IReadOnlyList<string> Check(string source)
    {
        var violations = new List<string>();
        foreach (Match match in Call.Matches(source))
        {
            var arguments = Arguments(source, match.Index + match.Length);
            if (arguments.Count != 2 || arguments[0].Contains("HttpMethod") || arguments[0].Contains("Url("))
            {
                violations.Add("ShouldProcessRequest(" + string.Join(", ", arguments) + ") does not confirm a request value; build it with the client's *Request method and send that same value");
            }
        }

        foreach (var (pattern, message) in JsonBuilders)
        {
            if (pattern.IsMatch(source))
            {
                violations.Add(message);
            }
        }

        return violations;
    }

    /// <summary>The top-level arguments of the call whose argument list starts at <paramref name="start"/>.</summary>
    private static List<string> Arguments(string source, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var inString = false;
        var from = start;
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}' when depth > 0:
                    depth--;
                    break;
                case ')':
                    arguments.Add(source.Substring(from, i - from).Trim());
                    return arguments;
                case ',' when depth == 0:
                    arguments.Add(source.Substring(from, i - from).Trim());
                    from = i + 1;
                    break;
            }
        }

        return arguments;
    }
}
