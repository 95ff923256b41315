using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace RedHatApi.Tests.Conventions;

/// <summary>The cmdlet types of an assembly, for the convention rules.</summary>
internal static class ModuleTypes
{
    internal static Assembly Module => typeof(RedHatApi.Session.RedHatApiSession).Assembly;

    internal static IReadOnlyList<Type> Cmdlets(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.GetCustomAttribute<CmdletAttribute>() is not null).OrderBy(t => t.Name).ToList();

    internal static string CommandName(Type cmdlet)
    {
        var attribute = cmdlet.GetCustomAttribute<CmdletAttribute>()!;
        return attribute.VerbName + "-" + attribute.NounName;
    }

    /// <summary>Parameters PowerShell binds: public properties with [Parameter], without the common ones.</summary>
    internal static IReadOnlyList<PropertyInfo> Parameters(Type cmdlet) =>
        cmdlet.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
            .ToList();
}
