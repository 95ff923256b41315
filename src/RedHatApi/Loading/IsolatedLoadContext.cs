using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace RedHatApi.Loading;

/// <summary>
/// The module's own AssemblyLoadContext on .NET (PowerShell 7), reached by reflection because the module targets
/// netstandard2.0. Framework assemblies (System.*) still bind from the runtime: the context has no Load
/// override, so the runtime's default context answers first for anything it ships, and newer runtime copies win.
/// </summary>
internal static class IsolatedLoadContext
{
    /// <summary>Name shown by <c>[System.Runtime.Loader.AssemblyLoadContext]::All</c>.</summary>
    internal const string ContextName = "RedHatApi";

    private static readonly Type? LoadContextType =
        Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false)
        ?? Type.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false);

    private static readonly Lazy<object?> Context = new(CreateContext);
    private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True on .NET Core / .NET 5+, where named load contexts exist.</summary>
    internal static bool IsSupported => LoadContextType is not null && Context.Value is not null;

    /// <summary>Loads a dependency into the module's context once, whoever asks.</summary>
    internal static Assembly Load(string path) => Loaded.GetOrAdd(path, LoadCore);

    private static Assembly LoadCore(string path)
    {
        var method = LoadContextType!.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })!;
        return (Assembly)method.Invoke(Context.Value, new object[] { path })!;
    }

    private static object? CreateContext()
    {
        if (LoadContextType is null)
        {
            return null;
        }

        // AssemblyLoadContext(string? name, bool isCollectible = false): non-collectible, because types from it
        // live as long as the session objects the user holds.
        var ctor = LoadContextType.GetConstructor(new[] { typeof(string), typeof(bool) });
        return ctor?.Invoke(new object[] { ContextName, false });
    }
}
