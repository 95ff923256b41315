using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

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
/// Release builds add ReadyToRun copies for PowerShell 7 in <c>Dependencies/&lt;tfm&gt;/&lt;rid&gt;/</c>; on that .NET
/// they are preferred, on Windows PowerShell 5.1 never used.
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

        if (!IsolatedLoadContext.IsSupported)
        {
            return Assembly.LoadFrom(candidate);
        }

        // On .NET, the precompiled copy for this OS and architecture when the build made one: same IL, same
        // version, plus native code, so a cold job skips compiling the HTTP stack, Polly and IdentityModel.
        var precompiled = ReadyToRunDirectory is { } folder ? Path.Combine(folder, name.Name + ".dll") : null;
        return IsolatedLoadContext.Load(precompiled is not null && File.Exists(precompiled) ? precompiled : candidate);
    }

    /// <summary>
    /// <c>Dependencies/net&lt;major&gt;.0/&lt;rid&gt;/</c> for the running .NET, OS and architecture (net10.0/win-x64...),
    /// whether or not the build made it; null where there is no runtime identifier to name. The major version is
    /// part of it because .NET uses precompiled code only from images compiled for its own major version.
    /// </summary>
    internal static string? ReadyToRunDirectory { get; } = RuntimeIdentifier() is { } rid
        ? Path.Combine(Path.Combine(DependencyDirectory, "net" + Environment.Version.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0"), rid)
        : null;

    /// <summary>The portable runtime identifier of this process, as the build names its ReadyToRun folders.</summary>
    internal static string? RuntimeIdentifier()
    {
        var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
            : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
            : null;
        var arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            Architecture.Arm => "arm",
            _ => null,
        };
        return os is null || arch is null ? null : os + "-" + arch;
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
