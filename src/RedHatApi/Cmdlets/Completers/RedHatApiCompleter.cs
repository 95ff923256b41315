using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace RedHatApi.Cmdlets.Completers;

/// <summary>
/// Base of the module's argument completers. PowerShell calls them synchronously at the prompt, so they offer
/// nothing rather than fail: no session or no credential for the API means no request at all; a listing comes from
/// the session's <see cref="CompletionCache"/> (at most one request per scope a minute, one page) and the prompt
/// waits for it at most <see cref="PromptBudget"/>; any failure is an empty answer.
/// </summary>
internal abstract class RedHatApiCompleter : IArgumentCompleter
{
    /// <summary>How long a Tab press waits for a listing; a slower one lands in the cache for the next press.</summary>
    internal static readonly TimeSpan PromptBudget = TimeSpan.FromSeconds(1);

    private static readonly CompletionResult[] Nothing = Array.Empty<CompletionResult>();

    /// <summary>True: insert the candidate's id (matching the typed text against id and name); false: its name.</summary>
    protected virtual bool InsertsId => false;

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var context = CompletionContext.Create(commandName, parameterName, wordToComplete, commandAst, fakeBoundParameters);
            if (context is null)
            {
                return Nothing;
            }

            var candidates = Candidates(context);

            // Materialised here, inside the try: a lazy sequence would fail later, in PowerShell's hands.
            return candidates is null ? Nothing : context.Text.Select(candidates, InsertsId).ToList();
        }
#pragma warning disable CA1031 // A Tab press must never throw; the command itself reports what is wrong.
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
#pragma warning restore CA1031
        {
            return Nothing;
        }
    }

    /// <summary>The candidates for this press: by default the cached answer of <see cref="Query"/>.</summary>
    internal virtual IEnumerable<CompletionCandidate>? Candidates(CompletionContext context) =>
        Query(context) is { } query ? CompletionCache.For(context.Session).Get(query, PromptBudget).Items : null;

    /// <summary>The listing to ask for, or null when there is nothing to ask (no credential, no scope bound yet).</summary>
    internal abstract CompletionQuery? Query(CompletionContext context);
}
