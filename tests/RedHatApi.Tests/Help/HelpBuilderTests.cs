using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace RedHatApi.Tests.Help;

/// <summary>
/// The markdown → MAML and about-topic conversion the build runs. Element names and namespaces are the ones
/// PowerShell's help reader looks for; the Pester help tests then read the real help with Get-Help.
/// </summary>
public sealed class HelpBuilderTests : IClassFixture<HelpBuilderTests.SampleHelp>
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private readonly SampleHelp _sample;

    public HelpBuilderTests(SampleHelp sample) => _sample = sample;

    private XElement Cmdlet => _sample.Maml.Root!.Element(Command + "command")!;

    /// <summary>One cmdlet file and one about topic, converted once for the tests of this class.</summary>
    public sealed class SampleHelp : IDisposable
    {
        private readonly HelpBuilderRun _run = new();

        public SampleHelp()
        {
            _run.Write("Get-Widget.md", CmdletMarkdown);
            _run.Write("about_Widgets.help.md", AboutMarkdown);
            // Not help: no cmdlet front matter. It must be ignored, not fail the build.
            _run.Write("NOTES.md", "# Notes\n\nWorking notes.\n");
            _run.Run();
            Maml = _run.Maml();
            About = File.ReadAllText(Path.Combine(_run.Output, "about_Widgets.help.txt"));
        }

        public XDocument Maml { get; }

        public string About { get; }

        public void Dispose() => _run.Dispose();
    }

    [Fact]
    public void Writes_one_command_in_the_namespaces_PowerShell_reads()
    {
        var root = _sample.Maml.Root!;
        Assert.Equal(Msh + "helpItems", root.Name);
        Assert.Equal("maml", (string?)root.Attribute("schema"));
        var command = Assert.Single(root.Elements(Command + "command"));
        var details = command.Element(Command + "details")!;
        Assert.Equal("Get-Widget", (string?)details.Element(Command + "name"));
        Assert.Equal("Get", (string?)details.Element(Command + "verb"));
        Assert.Equal("Widget", (string?)details.Element(Command + "noun"));
        Assert.Equal("Gets widgets from the widget API.", Paras(details.Element(Maml + "description")).Single());
    }

    [Fact]
    public void Description_keeps_paragraphs_code_spans_and_list_items_and_shows_web_links()
    {
        var description = Paras(Cmdlet.Element(Maml + "description"));
        Assert.Equal(
            [
                "Lists widgets (GET /widgets) page by page; `-First 5` asks for five.",
                "See the Widget API (https://widgets.example.com/api) and Remove-Widget.",
                "- one item",
                "- another item",
            ],
            description);
    }

    [Fact]
    public void Parameter_attributes_come_from_the_yaml_block()
    {
        var id = Parameter("Id");
        Assert.Equal("true", (string?)id.Attribute("required"));
        Assert.Equal("0", (string?)id.Attribute("position"));
        Assert.Equal("True (ByValue, ByPropertyName)", (string?)id.Attribute("pipelineInput"));
        Assert.Equal("WidgetId, Uuid", (string?)id.Attribute("aliases"));
        Assert.Equal("true", (string?)id.Attribute("variableLength"));
        Assert.Equal("Guid[]", (string?)id.Element(Command + "parameterValue"));
        Assert.Equal("System.Guid[]", (string?)id.Element(Dev + "type")!.Element(Maml + "name"));
        Assert.Equal("The widgets to get.", Paras(id.Element(Maml + "description")).Single());

        var name = Parameter("Name");
        Assert.Equal("false", (string?)name.Attribute("required"));
        Assert.Equal("named", (string?)name.Attribute("position"));
        Assert.Equal("False", (string?)name.Attribute("pipelineInput"));
        Assert.Equal("none", (string?)name.Attribute("aliases"));
        Assert.Equal("true", (string?)name.Attribute("globbing"));
        Assert.Equal("*", (string?)name.Element(Dev + "defaultValue"));
    }

    [Fact]
    public void A_switch_has_no_value_and_accepted_values_become_a_value_group()
    {
        var force = Parameter("Force");
        Assert.Null(force.Element(Command + "parameterValue"));
        Assert.Equal("System.Management.Automation.SwitchParameter", (string?)force.Element(Dev + "type")!.Element(Maml + "name"));

        var color = Parameter("Color");
        Assert.Equal(["red", "blue"], color.Element(Command + "parameterValueGroup")!.Elements(Command + "parameterValue").Select(v => v.Value));
        Assert.Equal("None", (string?)color.Element(Dev + "defaultValue"));
    }

    [Fact]
    public void Each_syntax_heading_is_a_syntax_item_with_its_own_and_the_shared_parameters_in_syntax_order()
    {
        var items = Cmdlet.Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["Name", "Color", "Force", "WhatIf"], Names(items[0]));
        // The syntax block of each set gives the order (the parameter list itself is alphabetical).
        // -Force is in every set but missing from this block (a stale block): it still appears, after those shown.
        Assert.Equal(["Id", "WhatIf", "Force"], Names(items[1]));
        Assert.Equal("true", (string?)items[1].Elements(Command + "parameter").First().Attribute("required"));
        Assert.All(items, i => Assert.Equal("Get-Widget", (string?)i.Element(Maml + "name")));
    }

    [Fact]
    public void Examples_have_title_code_and_remarks()
    {
        var examples = Cmdlet.Element(Command + "examples")!.Elements(Command + "example").ToList();
        Assert.Equal(2, examples.Count);
        Assert.Contains("Example 1: All widgets", (string?)examples[0].Element(Maml + "title"), StringComparison.Ordinal);
        Assert.Equal("Get-Widget |\n    Format-Table", (string?)examples[0].Element(Dev + "code"));
        Assert.Equal("Lists every widget.", Paras(examples[0].Element(Dev + "remarks")).First());
        // Two code blocks in one example become one code element.
        Assert.Equal("Get-Widget -Id $id\n\nGet-Widget -Name w*", (string?)examples[1].Element(Dev + "code"));
    }

    [Fact]
    public void Inputs_outputs_notes_and_links_are_written()
    {
        var input = Cmdlet.Element(Command + "inputTypes")!.Element(Command + "inputType")!;
        Assert.Equal("System.Guid[]", (string?)input.Element(Dev + "type")!.Element(Maml + "name"));
        Assert.Equal("Widget ids.", Paras(input.Element(Maml + "description")).Single());
        var output = Cmdlet.Element(Command + "returnValues")!.Element(Command + "returnValue")!;
        Assert.Equal("Sample.Widget", (string?)output.Element(Dev + "type")!.Element(Maml + "name"));

        var notes = Paras(Cmdlet.Element(Maml + "alertSet")!.Element(Maml + "alert"));
        Assert.Equal("Error ids: WidgetNotFound.", notes[0]);
        // Text added to the CommonParameters section would be lost (PowerShell writes its own), so it joins the notes.
        Assert.Equal("Paging parameters apply to the listing.", notes[^1]);
        Assert.DoesNotContain(notes, n => n.Contains("supports the common parameters", StringComparison.Ordinal));

        var links = Cmdlet.Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink")
            .Select(l => ((string?)l.Element(Maml + "linkText"), (string?)l.Element(Maml + "uri"))).ToList();
        Assert.Equal(
            [
                ("Online Version:", "https://widgets.example.com/help/Get-Widget"),
                ("Remove-Widget", ""),
                ("Widget API", "https://widgets.example.com/api"),
            ],
            links);
    }

    [Fact]
    public void About_topic_is_wrapped_plain_text_with_indented_code()
    {
        var lines = _sample.About.Split('\n');
        Assert.Equal(["TOPIC", "    about_Widgets", "", "SHORT DESCRIPTION", "    Widgets from PowerShell."], lines[..5]);
        Assert.Contains("  USING WIDGETS", lines);
        Assert.Contains("        Get-Widget | Where-Object Name -like 'a*' | Format-Table Name, Id, Status -AutoSize -Wrap", lines);
        Assert.All(lines.Where(l => !l.StartsWith("        ", StringComparison.Ordinal)), l => Assert.True(l.Length <= 80, "longer than 80: " + l));
        // A list item wraps under its text, not under its bullet.
        var bullet = Array.FindIndex(lines, l => l.StartsWith("    - A list item", StringComparison.Ordinal));
        Assert.StartsWith("      ", lines[bullet + 1], StringComparison.Ordinal);
        Assert.Contains("    - Second item.", lines);
        Assert.DoesNotContain("##", _sample.About, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_fails_with_file_and_line_and_writes_nothing()
    {
        using var run = new HelpBuilderRun();
        run.Write("Get-Widget.md", CmdletMarkdown.Replace("```yaml\nType: System.String\nDefaultValue: '*'", "```text\nType: System.String\nDefaultValue: '*'", StringComparison.Ordinal));
        run.Run();
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"Get-Widget\.md\(\d+\): error RHAHELP: parameter -Name has no ```yaml block", run.StandardError);
        Assert.False(File.Exists(run.HelpFile));
    }

    [Fact]
    public void An_unknown_section_fails()
    {
        using var run = new HelpBuilderRun();
        run.Write("Get-Widget.md", CmdletMarkdown.Replace("## NOTES", "## REMARKS", StringComparison.Ordinal));
        run.Run();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown section 'REMARKS'", run.StandardError, StringComparison.Ordinal);
    }

    private XElement Parameter(string name) =>
        Cmdlet.Element(Command + "parameters")!.Elements(Command + "parameter").Single(p => (string?)p.Element(Maml + "name") == name);

    private static string[] Names(XElement syntaxItem) =>
        syntaxItem.Elements(Command + "parameter").Select(p => (string)p.Element(Maml + "name")!).ToArray();

    private static string[] Paras(XElement? description) =>
        description!.Elements(Maml + "para").Select(p => p.Value).Where(p => p.Length > 0).ToArray();

    private const string CmdletMarkdown = """"
        ---
        document type: cmdlet
        external help file: Sample.dll-Help.xml
        HelpUri: https://widgets.example.com/help/Get-Widget
        Module Name: Sample
        title: Get-Widget
        ---

        # Get-Widget

        ## SYNOPSIS

        Gets widgets from the widget API.

        ## SYNTAX

        ### List (Default)

        ```
        Get-Widget [-Name <string>] [-Color <string>] [-Force] [-WhatIf] [<CommonParameters>]
        ```

        ### Id

        ```
        Get-Widget [-Id] <Guid[]> [-WhatIf] [<CommonParameters>]
        ```

        ## ALIASES

        This cmdlet has no aliases.

        ## DESCRIPTION

        Lists widgets (GET /widgets) page by page; `-First 5` asks for five.

        See the [Widget API](https://widgets.example.com/api) and [Remove-Widget](Remove-Widget.md).

        - one item
        - another item

        ## EXAMPLES

        ### Example 1: All widgets

        ```powershell
        Get-Widget |
            Format-Table
        ```

        Lists every widget.

        ### Example 2: By id, then by name

        ```powershell
        Get-Widget -Id $id
        ```

        ```powershell
        Get-Widget -Name w*
        ```

        The same widget twice.

        ## PARAMETERS

        ### -Color

        Only widgets of this color.

        ```yaml
        Type: System.String
        DefaultValue: ''
        SupportsWildcards: false
        Aliases: []
        ParameterSets:
        - Name: List
          Position: Named
          IsRequired: false
          ValueFromPipeline: false
          ValueFromPipelineByPropertyName: false
          ValueFromRemainingArguments: false
        AcceptedValues:
        - red
        - blue
        ```

        ### -Force

        Gets hidden widgets too.

        ```yaml
        Type: System.Management.Automation.SwitchParameter
        DefaultValue: False
        SupportsWildcards: false
        Aliases: []
        ParameterSets:
        - Name: (All)
          Position: Named
          IsRequired: false
          ValueFromPipeline: false
          ValueFromPipelineByPropertyName: false
          ValueFromRemainingArguments: false
        ```

        ### -Id

        The widgets to get.

        ```yaml
        Type: System.Guid[]
        DefaultValue: None
        SupportsWildcards: false
        Aliases: [WidgetId, Uuid]
        ParameterSets:
        - Name: Id
          Position: 0
          IsRequired: true
          ValueFromPipeline: true
          ValueFromPipelineByPropertyName: true
          ValueFromRemainingArguments: false
        ```

        ### -Name

        Only widgets whose name matches.

        ```yaml
        Type: System.String
        DefaultValue: '*'
        SupportsWildcards: true
        Aliases: []
        ParameterSets:
        - Name: List
          Position: Named
          IsRequired: false
          ValueFromPipeline: false
          ValueFromPipelineByPropertyName: false
          ValueFromRemainingArguments: false
        ```

        ### -WhatIf

        Shows the request and sends nothing.

        ```yaml
        Type: System.Management.Automation.SwitchParameter
        DefaultValue: False
        SupportsWildcards: false
        Aliases: [wi]
        ParameterSets:
        - Name: (All)
          Position: Named
          IsRequired: false
          ValueFromPipeline: false
          ValueFromPipelineByPropertyName: false
          ValueFromRemainingArguments: false
        ```

        ### CommonParameters

        This cmdlet supports the common parameters: -Debug, -ErrorAction and the others.

        Paging parameters apply to the listing.

        ## INPUTS

        ### System.Guid[]

        Widget ids.

        ## OUTPUTS

        ### Sample.Widget

        One object per widget.

        ## NOTES

        Error ids: WidgetNotFound.

        ## RELATED LINKS

        - [Remove-Widget](Remove-Widget.md)
        - [Widget API](https://widgets.example.com/api)
        """";

    private const string AboutMarkdown = """"
        # about_Widgets

        ## SHORT DESCRIPTION

        Widgets from PowerShell.

        ## LONG DESCRIPTION

        ### Using widgets

        Widgets are listed with Get-Widget and removed with Remove-Widget; this sentence is long enough to be wrapped at eighty columns.

        - A list item whose text is long enough to need a second line when it is wrapped for the console.
        - Second item.

        ```powershell
        Get-Widget | Where-Object Name -like 'a*' | Format-Table Name, Id, Status -AutoSize -Wrap
        ```

        ## SEE ALSO

        - Get-Widget
        """";
}
