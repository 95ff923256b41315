using System.Collections.Generic;

namespace RedHatApi.HelpBuilder;

/// <summary>The help of one cmdlet, as read from its markdown file.</summary>
internal sealed class CommandHelp
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Synopsis { get; init; }
    public required IReadOnlyList<string> Description { get; init; }
    /// <summary>Parameter set names in the order of the SYNTAX section; the default set is marked.</summary>
    public required IReadOnlyList<SyntaxSet> SyntaxSets { get; init; }
    public required IReadOnlyList<ParameterHelp> Parameters { get; init; }
    public required IReadOnlyList<ExampleHelp> Examples { get; init; }
    public required IReadOnlyList<TypeHelp> Inputs { get; init; }
    public required IReadOnlyList<TypeHelp> Outputs { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public required IReadOnlyList<LinkHelp> Links { get; init; }
    public string? OnlineUri { get; init; }
}

/// <summary>
/// One parameter set heading of the SYNTAX section, with the parameter names of its syntax block in their order (the
/// order the author, and PowerShell's own syntax, gives them).
/// </summary>
internal sealed record SyntaxSet(string Name, bool IsDefault, IReadOnlyList<string> Order);

/// <summary>One parameter: its description and the metadata of its YAML block.</summary>
internal sealed class ParameterHelp
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Description { get; init; }
    /// <summary>Full type name, for example System.Guid[].</summary>
    public required string Type { get; init; }
    public string? DefaultValue { get; init; }
    public bool SupportsWildcards { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> AcceptedValues { get; init; } = [];
    public required IReadOnlyList<ParameterSetUse> Sets { get; init; }

    /// <summary>True for switches, which take no value in the syntax.</summary>
    public bool IsSwitch => Type is "System.Management.Automation.SwitchParameter" or "SwitchParameter";
}

/// <summary>How a parameter takes part in one parameter set; (All) means every set.</summary>
internal sealed record ParameterSetUse(string Name, string Position, bool IsRequired, bool ByValue, bool ByPropertyName, bool RemainingArguments);

/// <summary>One example: a title, its code and the text that explains it.</summary>
internal sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);

/// <summary>An input or output type and what it holds.</summary>
internal sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);

/// <summary>A related link; Uri is empty for links to other help topics.</summary>
internal sealed record LinkHelp(string Text, string Uri);
