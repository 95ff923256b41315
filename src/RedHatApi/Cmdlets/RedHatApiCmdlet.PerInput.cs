using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using RedHatApi.Errors;

namespace RedHatApi.Cmdlets;

/// <summary>
/// The per-input loop every cmdlet that takes several ids shares: each input is handled on its own, a failure that
/// concerns that input only (<see cref="RedHatApiException.IsPerInput"/>: a 404, a 409, a file that exists) is written
/// as a non-terminating error about it, and the next input goes on. Anything else (no session, an expired credential,
/// a network failure after its retries, Ctrl+C) still ends the command.
/// </summary>
public abstract partial class RedHatApiCmdlet
{
    /// <summary>Runs <paramref name="work"/> for each input in order, writing per-input failures about that input.</summary>
    internal async Task ForEachInputAsync<TInput>(IEnumerable<TInput> inputs, Func<TInput, Task> work)
    {
        foreach (var input in inputs)
        {
            await PerInputAsync(input, () => work(input));
        }
    }

    /// <summary>
    /// Runs the work of one input; a per-input failure becomes a non-terminating error whose target is
    /// <paramref name="target"/>. Returns false when it did (a wait drops that input, for example).
    /// </summary>
    internal async Task<bool> PerInputAsync(object? target, Func<Task> work)
    {
        try
        {
            await work();
            return true;
        }
        catch (RedHatApiException ex) when (ex.IsPerInput)
        {
            WriteInputError(ex, target);
            return false;
        }
    }

    /// <summary>
    /// Runs work whose input the engine names: a per-input failure is written with the exception's own
    /// <see cref="RedHatApiException.Target"/> (the listing of an id that does not exist, for example).
    /// </summary>
    internal async Task PerInputAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (RedHatApiException ex) when (ex.IsPerInput)
        {
            WriteInputError(ex, ex.Target);
        }
    }
}
