using System;
using System.IO;
using System.Reflection;

namespace RedHatApi.Loading;

/// <summary>
/// Answers assembly requests for the DLLs in <c>Dependencies/</c>, and only those, when they come from RedHatApi
/// or from one of its own dependencies.
/// </summary>
/// <remarks>
/// On PowerShell 7 the DLLs go into one named AssemblyLoadContext so another module's Microsoft.Extensions.* or
/// IdentityModel cannot clash with ours. netstandard2.0 cannot name that type, so <see cref="IsolatedLoadContext"/>
/// creates it by reflection. On Windows PowerShell 5.1 there is no load context: the DLL is loaded by path with
/// LoadFrom, whatever version was asked for (binding redirects are what app.config would do; we have none).
/// </remarks>
internal static class DependencyResolver
{
    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>Folder holding the module's dependency DLLs, beside RedHatApi.dll.</summary>
    internal static string DependencyDirectory { get; } = Path.Combine(
        Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? string.Empty, "Dependencies");

    /// <summary>Idempotent: importing the module twice, or unit tests plus an import, hook once.</summary>
    internal static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
            _installed = true;
        }
    }

    internal static void Uninstall()
    {
        lock (Gate)
        {
            if (!_installed)
            {
                return;
            }

            AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
            _installed = false;
        }
    }

    private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name);
        if (name.Name is null)
        {
            return null;
        }

        var candidate = Path.Combine(DependencyDirectory, name.Name + ".dll");
        if (!File.Exists(candidate) || !IsOurs(args.RequestingAssembly))
        {
            return null;
        }

        return IsolatedLoadContext.IsSupported
            ? IsolatedLoadContext.Load(candidate)
            : Assembly.LoadFrom(candidate);
    }

    /// <summary>
    /// Only RedHatApi and assemblies loaded from our Dependencies folder may pull from it; a null requester
    /// (reflection by name) is answered too because the name already matched one of our files.
    /// </summary>
    private static bool IsOurs(Assembly? requester)
    {
        if (requester is null || requester == typeof(DependencyResolver).Assembly)
        {
            return true;
        }

        var location = requester.IsDynamic ? string.Empty : requester.Location;
        return location.StartsWith(DependencyDirectory, StringComparison.OrdinalIgnoreCase);
    }
}
