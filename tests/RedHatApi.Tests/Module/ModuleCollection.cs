using Xunit;

namespace RedHatApi.Tests.Module;

/// <summary>
/// Module tests run one at a time: they share the process-wide default session that Connect-RedHatApi sets,
/// as scripts in one PowerShell process do.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ModuleCollection
{
    public const string Name = "Module";
}
