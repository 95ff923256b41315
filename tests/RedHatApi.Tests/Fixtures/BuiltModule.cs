using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// Makes this test process load RedHatApi exactly as PowerShell does: RedHatApi.dll from out/RedHatApi (never a
/// copy in the test folder), and its dependencies through the module's own resolver into its own load context.
/// Unit tests that touch engine types and module tests that Import-Module therefore share one loaded module.
/// </summary>
internal static class BuiltModule
{
    private static Assembly? _module;

    [ModuleInitializer]
    internal static void Initialize() => AssemblyLoadContext.Default.Resolving += OnResolving;

    private static Assembly? OnResolving(AssemblyLoadContext context, AssemblyName name)
    {
        if (!string.Equals(name.Name, "RedHatApi", StringComparison.Ordinal))
        {
            return null;
        }

        if (_module is not null)
        {
            return _module;
        }

        var path = Path.Combine(RepoPaths.ModuleDirectory, "RedHatApi.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Build the module first: dotnet build RedHatApi.sln", path);
        }

        // Assembly.LoadFrom is what Import-Module uses, so a later import finds this same assembly.
        _module = Assembly.LoadFrom(path);

        // What IModuleAssemblyInitializer.OnImport does on import; idempotent, so importing later is harmless.
        _module.GetType("RedHatApi.Loading.DependencyResolver", throwOnError: true)!
            .GetMethod("Install", BindingFlags.Static | BindingFlags.NonPublic)!
            .Invoke(null, null);
        return _module;
    }
}
