using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace RedHatApi.Tests.Conventions;

/// <summary>
/// The house rules for cmdlets, as functions that return violations, so they can be run both on the module and on
/// deliberately bad sample types (which proves each rule can fail).
/// </summary>
internal static class CmdletRules
{
    private static readonly HashSet<string> ApprovedVerbs = new(
        new[] { typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic), typeof(VerbsLifecycle), typeof(VerbsSecurity), typeof(VerbsOther) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetValue(null)!),
        StringComparer.Ordinal);

    private static readonly HashSet<string> MutatingVerbs = new(StringComparer.Ordinal)
    {
        VerbsCommon.New, VerbsCommon.Set, VerbsCommon.Remove, VerbsCommon.Add, VerbsCommon.Clear, VerbsCommon.Reset,
        VerbsCommon.Rename, VerbsLifecycle.Start, VerbsLifecycle.Stop, VerbsLifecycle.Restart, VerbsLifecycle.Register,
        VerbsLifecycle.Unregister, VerbsSecurity.Grant, VerbsSecurity.Revoke, VerbsCommunications.Send, VerbsData.Save,
        VerbsLifecycle.Invoke, VerbsCommunications.Disconnect, VerbsLifecycle.Enable, VerbsLifecycle.Disable,
    };

    // Verbs of cmdlets that only reshape objects already in the pipeline: they call no API, so -Session would mean nothing.
    private static readonly HashSet<string> OfflineVerbs = new(StringComparer.Ordinal) { VerbsData.ConvertTo, VerbsData.ConvertFrom };

    // RedHatInventory: the console.redhat.com inventory, and the reconciliation across every source that builds on it.
    private static readonly string[] Prefixes = { "RedHatApi", "Rhsm", "Assisted", "OpenShift", "Ironic", "RunAi", "RedHatInventory" };

    internal static IEnumerable<string> Check(Type cmdlet)
    {
        var name = cmdlet.FullName;
        var attribute = cmdlet.GetCustomAttribute<CmdletAttribute>();
        if (attribute is null)
        {
            yield return $"{name}: no [Cmdlet] attribute";
            yield break;
        }

        if (!cmdlet.IsPublic || !cmdlet.IsSealed)
        {
            yield return $"{name}: cmdlets must be public sealed";
        }

        if (!ApprovedVerbs.Contains(attribute.VerbName))
        {
            yield return $"{name}: '{attribute.VerbName}' is not an approved verb";
        }

        if (!Prefixes.Any(p => attribute.NounName.StartsWith(p, StringComparison.Ordinal)))
        {
            yield return $"{name}: noun '{attribute.NounName}' lacks an API prefix ({string.Join(", ", Prefixes)})";
        }

        if (attribute.NounName.EndsWith('s') && !attribute.NounName.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return $"{name}: noun '{attribute.NounName}' looks plural";
        }

        if (!cmdlet.GetCustomAttributes<OutputTypeAttribute>().Any())
        {
            yield return $"{name}: no [OutputType]";
        }

        if (!cmdlet.Namespace!.StartsWith("RedHatApi.Commands.", StringComparison.Ordinal) || !cmdlet.Name.EndsWith("Command", StringComparison.Ordinal))
        {
            yield return $"{name}: cmdlets live in RedHatApi.Commands.<Area> and end in Command";
        }

        var isMutating = MutatingVerbs.Contains(attribute.VerbName);
        if (isMutating && !attribute.SupportsShouldProcess)
        {
            yield return $"{name}: {attribute.VerbName} changes state and must support ShouldProcess";
        }

        if (attribute.VerbName == VerbsCommon.Remove && attribute.ConfirmImpact != ConfirmImpact.High)
        {
            yield return $"{name}: Remove-* must have ConfirmImpact High";
        }

        var parameters = ModuleTypes.Parameters(cmdlet);
        if (!OfflineVerbs.Contains(attribute.VerbName) && parameters.All(p => p.Name != "Session"))
        {
            yield return $"{name}: no -Session parameter";
        }

        foreach (var p in parameters.Where(p => p.PropertyType == typeof(bool) || p.PropertyType == typeof(bool?)))
        {
            yield return $"{name}: -{p.Name} is bool; use SwitchParameter";
        }

        var isList = attribute.VerbName == VerbsCommon.Get && parameters.Any(p => p.Name == "PageSize");
        if (isList && !attribute.SupportsPaging)
        {
            yield return $"{name}: has -PageSize but not SupportsPaging";
        }

        if (attribute.SupportsPaging && parameters.All(p => p.Name != "PageSize"))
        {
            yield return $"{name}: SupportsPaging without -PageSize";
        }

        if (attribute.SupportsPaging && parameters.FirstOrDefault(p => p.Name == "PageSize") is { } pageSize &&
            pageSize.GetCustomAttribute<ValidateRangeAttribute>() is null)
        {
            yield return $"{name}: -PageSize needs [ValidateRange(1, <API maximum>)]";
        }
    }

    /// <summary>Public members of a type whose signatures mention a type from one of the module's dependencies.</summary>
    internal static IEnumerable<string> DependencyTypesOnSurface(Type type, Func<Type, bool> isDependency)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType && Mentions(baseType, isDependency))
        {
            yield return $"{type.FullName}: base type {baseType.FullName}";
        }

        foreach (var i in type.GetInterfaces().Where(i => Mentions(i, isDependency)))
        {
            yield return $"{type.FullName}: implements {i.FullName}";
        }

        foreach (var member in type.GetMembers(flags))
        {
            var types = member switch
            {
                PropertyInfo p => new[] { p.PropertyType },
                FieldInfo f => new[] { f.FieldType },
                MethodInfo m => m.GetParameters().Select(x => x.ParameterType).Append(m.ReturnType).ToArray(),
                ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType).ToArray(),
                EventInfo e => new[] { e.EventHandlerType! },
                _ => Array.Empty<Type>(),
            };
            foreach (var t in types.Where(t => Mentions(t, isDependency)))
            {
                yield return $"{type.FullName}.{member.Name}: {t.FullName}";
            }

            foreach (var a in member.GetCustomAttributesData().Where(a => Mentions(a.AttributeType, isDependency)))
            {
                yield return $"{type.FullName}.{member.Name}: attribute {a.AttributeType.FullName}";
            }
        }
    }

    private static bool Mentions(Type type, Func<Type, bool> isDependency)
    {
        if (type.HasElementType)
        {
            return Mentions(type.GetElementType()!, isDependency);
        }

        if (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, isDependency)))
        {
            return true;
        }

        return isDependency(type);
    }
}
