using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// What the user typed, read the way PowerShell's own completers read it: an optional opening quote, then a prefix
/// that may hold wildcards (<c>web*01</c>), matched case-insensitively; and how a value goes back on the command line,
/// quoted when it holds a space or a character PowerShell would read as syntax.
/// </summary>
internal sealed class CompletionText
{
    private static readonly char[] WildcardCharacters = { '*', '?', '[' };

    private readonly WildcardPattern? _pattern;
    private readonly string _prefix;

    internal CompletionText(string? wordToComplete)
    {
        var word = wordToComplete ?? string.Empty;
        if (word.Length > 0 && IsQuote(word[0]))
        {
            Quote = word[0];
            word = word.Substring(1);
            if (word.Length > 0 && word[word.Length - 1] == Quote)
            {
                word = word.Substring(0, word.Length - 1);
            }
        }

        Typed = word;
        _prefix = word;
        if (WildcardPattern.ContainsWildcardCharacters(word))
        {
            try
            {
                _pattern = new WildcardPattern(word + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            }
            catch (WildcardPatternException)
            {
                _pattern = null;
            }
        }
    }

    /// <summary>What was typed, without its opening quote.</summary>
    internal string Typed { get; }

    /// <summary>The quote the user opened with, if any; completions keep it.</summary>
    internal char? Quote { get; }

    /// <summary>
    /// The text before the first wildcard: what an API's own name filter can be given, so the one page it answers
    /// holds matches rather than the first names of the whole account.
    /// </summary>
    internal string LiteralPrefix
    {
        get
        {
            var cut = Typed.IndexOfAny(WildcardCharacters);
            return (cut < 0 ? Typed : Typed.Substring(0, cut)).Replace("`", string.Empty);
        }
    }

    /// <summary>True when <paramref name="text"/> starts with what was typed (wildcards honoured, any case).</summary>
    internal bool Matches(string? text)
    {
        if (text is null)
        {
            return false;
        }

        if (_pattern is not null)
        {
            try
            {
                return _pattern.IsMatch(text);
            }
            catch (WildcardPatternException)
            {
                // An unclosed [ is reported only when matching: read the text literally, as typed.
            }
        }

        return text.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The candidates that match, as PowerShell completion results: names insert the name; ids insert the id and
    /// match on the id or the name (the list shows both). Sorted by name, duplicates (a re-registered host) once.
    /// </summary>
    internal IEnumerable<CompletionResult> Select(IEnumerable<CompletionCandidate> candidates, bool insertId)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id, StringComparer.OrdinalIgnoreCase))
        {
            var value = insertId ? candidate.Id : candidate.Name;
            if (string.IsNullOrEmpty(value) || !(Matches(value) || (insertId && Matches(candidate.Name))) || !seen.Add(value!))
            {
                continue;
            }

            var listItem = insertId ? candidate.Name + " (" + value + ")" : candidate.Name;
            var tip = candidate.Detail is { Length: > 0 } detail ? listItem + ": " + detail : listItem;
            yield return new CompletionResult(QuoteIfNeeded(value!), listItem, CompletionResultType.ParameterValue, tip);
        }
    }

    /// <summary>The value as it goes on the command line: in the user's quote, else single-quoted when it needs to be.</summary>
    internal string QuoteIfNeeded(string value)
    {
        if (Quote == '"')
        {
            return "\"" + value.Replace("`", "``").Replace("\"", "`\"").Replace("$", "`$") + "\"";
        }

        if (Quote is not null || NeedsQuotes(value))
        {
            return "'" + CodeGeneration.EscapeSingleQuotedStringContent(value) + "'";
        }

        return value;
    }

    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || value[0] == '-'
        || value.Any(c => char.IsWhiteSpace(c) || c is '`' or '$' or '(' or ')' or '{' or '}' or '[' or ']' or ';' or ',' or '|' or '&' or '<' or '>' or '@' or '#' or '\'' or '"');

    private static bool IsQuote(char c) => c is '\'' or '"' or '\u2018' or '\u2019' or '\u201C' or '\u201D';
}
