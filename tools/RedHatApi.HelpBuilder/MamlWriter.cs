using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace RedHatApi.HelpBuilder;

/// <summary>
/// Writes MAML, the XML help format Get-Help reads for binary modules (&lt;assembly&gt;.dll-Help.xml in a culture
/// folder). Element names, namespaces and attribute spellings follow the MAML files PowerShell itself ships, because
/// PowerShell's reader matches them exactly: an element in the wrong namespace is silently ignored.
/// </summary>
internal static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    /// <summary>The whole help file for a set of cmdlets.</summary>
    public static XDocument Write(IEnumerable<CommandHelp> commands) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), commands.Select(CommandElement)));

    private static XElement CommandElement(CommandHelp help)
    {
        var dash = help.Name.IndexOf('-', StringComparison.Ordinal);
        return new XElement(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            new XElement(Command + "details",
                new XElement(Command + "name", help.Name),
                new XElement(Command + "verb", dash > 0 ? help.Name[..dash] : help.Name),
                new XElement(Command + "noun", dash > 0 ? help.Name[(dash + 1)..] : string.Empty),
                Description(help.Synopsis)),
            Description(help.Description),
            new XElement(Command + "syntax", help.SyntaxSets.Select(set => SyntaxItem(help, set))),
            new XElement(Command + "parameters", help.Parameters.Select(p => ParameterElement(p, p.Sets[0], allSets: p.Sets))),
            new XElement(Command + "inputTypes", help.Inputs.Select(t => TypeElement("inputType", t))),
            new XElement(Command + "returnValues", help.Outputs.Select(t => TypeElement("returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(help.Notes))),
            new XElement(Command + "examples", help.Examples.Select(ExampleElement)),
            new XElement(Command + "relatedLinks", RelatedLinks(help)));
    }

    /// <summary>
    /// One syntax line: the parameters of the set (and those of every set) in the order of the set's syntax block;
    /// any it does not show come after, positional ones first by position, then mandatory ones, then the rest,
    /// -WhatIf and -Confirm last, the order PowerShell's own syntax uses.
    /// </summary>
    private static XElement SyntaxItem(CommandHelp help, SyntaxSet set)
    {
        var members = help.Parameters
            .Select((p, index) => (Parameter: p, Index: index, Use: UseIn(p, set.Name)))
            .Where(m => m.Use is not null)
            .OrderBy(m => OrderIn(set, m.Parameter.Name))
            .ThenBy(m => Position(m.Use!) ?? int.MaxValue)
            .ThenBy(m => m.Use!.IsRequired ? 0 : 1)
            .ThenBy(m => m.Parameter.Name is "WhatIf" or "Confirm" ? 1 : 0)
            .ThenBy(m => m.Index);
        return new XElement(Command + "syntaxItem",
            new XElement(Maml + "name", help.Name),
            members.Select(m => ParameterElement(m.Parameter, m.Use!, allSets: null)));
    }

    private static int OrderIn(SyntaxSet set, string name)
    {
        for (var i = 0; i < set.Order.Count; i++)
        {
            if (string.Equals(set.Order[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static ParameterSetUse? UseIn(ParameterHelp parameter, string setName) =>
        setName == "(All)"
            ? parameter.Sets[0]
            : parameter.Sets.FirstOrDefault(s => s.Name == setName) ?? parameter.Sets.FirstOrDefault(s => s.Name == "(All)");

    private static int? Position(ParameterSetUse use) => int.TryParse(use.Position, out var position) ? position : null;

    /// <summary>
    /// A parameter. In a syntax item, <paramref name="use"/> is its use in that set; in the parameter list,
    /// <paramref name="allSets"/> holds every set, and it shows as required or pipeline-bound if it is in any.
    /// </summary>
    private static XElement ParameterElement(ParameterHelp parameter, ParameterSetUse use, IReadOnlyList<ParameterSetUse>? allSets)
    {
        var sets = allSets ?? [use];
        var byValue = sets.Any(s => s.ByValue);
        var byName = sets.Any(s => s.ByPropertyName);
        var pipeline = (byValue, byName) switch
        {
            (true, true) => "True (ByValue, ByPropertyName)",
            (true, false) => "True (ByValue)",
            (false, true) => "True (ByPropertyName)",
            _ => "False",
        };
        var shortType = ShortTypeName(parameter.Type);
        return new XElement(Command + "parameter",
            new XAttribute("required", sets.Any(s => s.IsRequired) ? "true" : "false"),
            new XAttribute("variableLength", shortType.EndsWith("[]", StringComparison.Ordinal) ? "true" : "false"),
            new XAttribute("globbing", parameter.SupportsWildcards ? "true" : "false"),
            new XAttribute("pipelineInput", pipeline),
            new XAttribute("position", Position(use)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count > 0 ? string.Join(", ", parameter.Aliases) : "none"),
            new XElement(Maml + "name", parameter.Name),
            Description(parameter.Description),
            parameter.AcceptedValues.Count > 0
                ? new XElement(Command + "parameterValueGroup", parameter.AcceptedValues.Select(v =>
                    new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v)))
                : null,
            // Switches take no value: without parameterValue the syntax shows [-Force], not [-Force <SwitchParameter>].
            parameter.IsSwitch
                ? null
                : new XElement(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", "false"), shortType),
            new XElement(Dev + "type", new XElement(Maml + "name", parameter.Type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", parameter.DefaultValue ?? "None"));
    }

    private static XElement TypeElement(string name, TypeHelp type) =>
        new(Command + name,
            new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName)),
            Description(type.Description));

    private static XElement ExampleElement(ExampleHelp example) =>
        new(Command + "example",
            new XElement(Maml + "title", "---------- " + example.Title + " ----------"),
            new XElement(Dev + "code", example.Code),
            // The empty paragraph ends the remarks with a blank line, so the next example's title stands apart.
            new XElement(Dev + "remarks", Paragraphs(example.Remarks), new XElement(Maml + "para")));

    private static IEnumerable<XElement> RelatedLinks(CommandHelp help)
    {
        // Get-Help -Online opens the first link whose text starts "Online Version".
        if (help.OnlineUri is not null)
        {
            yield return Link("Online Version:", help.OnlineUri);
        }

        foreach (var link in help.Links)
        {
            yield return Link(link.Text, link.Uri);
        }
    }

    private static XElement Link(string text, string uri) =>
        new(Maml + "navigationLink", new XElement(Maml + "linkText", text), new XElement(Maml + "uri", uri));

    private static XElement Description(IReadOnlyList<string> paragraphs) => new(Maml + "description", Paragraphs(paragraphs));

    private static IEnumerable<XElement> Paragraphs(IReadOnlyList<string> paragraphs) =>
        paragraphs.Count == 0 ? [new XElement(Maml + "para")] : paragraphs.Select(p => new XElement(Maml + "para", p));

    /// <summary>System.Guid[] → Guid[]; generic and nested names keep their last segment the same way.</summary>
    internal static string ShortTypeName(string type)
    {
        var generic = type.IndexOfAny(['[', '`']);
        var head = generic >= 0 ? type[..generic] : type;
        var dot = head.LastIndexOf('.');
        return dot >= 0 ? type[(dot + 1)..] : type;
    }
}
