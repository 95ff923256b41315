using System.Management.Automation;

namespace RedHatApi.Loading;

/// <summary>
/// Runs when PowerShell imports RedHatApi.dll and wires dependency resolution before any cmdlet runs.
/// </summary>
/// <remarks>
/// The manifest deliberately has no RequiredAssemblies or NestedModules for dependencies: those would load the
/// DLLs into the shared context before this resolver could route them into the module's own context.
/// </remarks>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <summary>Hooks assembly resolution for the module's Dependencies folder.</summary>
    public void OnImport() => DependencyResolver.Install();

    /// <summary>Unhooks assembly resolution when the module is removed.</summary>
    /// <param name="psModuleInfo">The module being removed.</param>
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Uninstall();
}
