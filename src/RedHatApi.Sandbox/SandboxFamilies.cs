using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace RedHatApi.Sandbox;

/// <summary>
/// Finds the API families: every concrete <see cref="ISandboxFamily"/> in this assembly with a public parameterless
/// constructor, in <see cref="ISandboxFamily.Order"/>. Reflection rather than a hand-kept list, so that adding a family
/// touches no shared file; the command-line tests pin every flag, so a family cannot go missing unnoticed.
/// </summary>
public static class SandboxFamilies
{
    private static readonly Type[] Types = typeof(ISandboxFamily).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISandboxFamily).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .ToArray();

    /// <summary>New instances of every family (a family instance holds one server's stores).</summary>
    public static IReadOnlyList<ISandboxFamily> Create() =>
        Types.Select(t => (ISandboxFamily)Activator.CreateInstance(t)!)
            .OrderBy(f => f.Order)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every family's flags by name; a flag declared twice is a programming error, reported at once.</summary>
    public static IReadOnlyDictionary<string, SandboxFlag> Flags(IEnumerable<ISandboxFamily> families)
    {
        var flags = new Dictionary<string, SandboxFlag>(StringComparer.Ordinal);
        foreach (var flag in families.SelectMany(f => f.Flags))
        {
            if (!flags.TryAdd(flag.Name, flag))
            {
                throw new InvalidOperationException("Two sandbox families declare " + flag.Name + ".");
            }
        }

        return flags;
    }
}
