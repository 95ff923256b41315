using System;
using System.IO;

namespace RedHatApi.Tests.Fixtures;

/// <summary>Locations in the repository, found from the test binary so tests run from any working directory.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding RedHatApi.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>out/RedHatApi, the layout `dotnet build` produces.</summary>
    public static string ModuleDirectory => Path.Combine(Root, "out", "RedHatApi");

    /// <summary>The manifest tests import.</summary>
    public static string ModuleManifest => Path.Combine(ModuleDirectory, "RedHatApi.psd1");

    /// <summary>Debug or Release: the configuration this test binary was built with.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RedHatApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RedHatApi.sln not found above " + AppContext.BaseDirectory);
    }
}
