using System;
using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace RedHatApi.HelpBuilder;

/// <summary>
/// Reads a cmdlet help file in PlatyPS v2 markdown (YAML front matter; H2 sections SYNOPSIS, SYNTAX, ALIASES,
/// DESCRIPTION, EXAMPLES, PARAMETERS, INPUTS, OUTPUTS, NOTES, RELATED LINKS; a YAML block per parameter).
/// </summary>
internal static class CommandHelpReader
{
    private static readonly string[] KnownSections =
        ["SYNOPSIS", "SYNTAX", "ALIASES", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];

    private static readonly IDeserializer Yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();

    /// <summary>True when the front matter says "document type: cmdlet" (about topics have none).</summary>
    public static bool IsCommandHelp(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownText.Pipeline);
        return FrontMatter(document, "(front matter)") is { } front
            && front.TryGetValue("document type", out var type) && string.Equals(type, "cmdlet", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads one cmdlet's help; <paramref name="file"/> is only used in error messages.</summary>
    public static CommandHelp Read(string markdown, string file)
    {
        var document = Markdown.Parse(markdown, MarkdownText.Pipeline);
        var front = FrontMatter(document, file) ?? throw new HelpBuildException(file, 0, "no YAML front matter.");
        var title = document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1)
            ?? throw new HelpBuildException(file, 0, "no '# <cmdlet name>' heading.");
        var name = MarkdownText.Inline(title);
        if (front.TryGetValue("title", out var frontTitle) && !string.Equals(frontTitle, name, StringComparison.Ordinal))
        {
            throw new HelpBuildException(file, title.Line, $"the heading '{name}' differs from the front matter title '{frontTitle}'.");
        }

        var sections = Sections(document, 2, file);
        foreach (var (heading, _) in sections)
        {
            if (!KnownSections.Contains(MarkdownText.Inline(heading), StringComparer.Ordinal))
            {
                throw new HelpBuildException(file, heading.Line, $"unknown section '{MarkdownText.Inline(heading)}'; expected one of {string.Join(", ", KnownSections)}.");
            }
        }

        var notes = MarkdownText.Paragraphs(Section(sections, "NOTES"));
        var synopsis = MarkdownText.Paragraphs(Section(sections, "SYNOPSIS"));
        if (synopsis.Count == 0)
        {
            throw new HelpBuildException(file, title.Line, "the SYNOPSIS section is missing or empty.");
        }

        front.TryGetValue("HelpUri", out var helpUri);
        return new CommandHelp
        {
            Name = name,
            Synopsis = synopsis,
            Description = MarkdownText.Paragraphs(Section(sections, "DESCRIPTION")),
            SyntaxSets = ReadSyntaxSets(Section(sections, "SYNTAX")),
            Parameters = ReadParameters(Section(sections, "PARAMETERS"), notes, file),
            Examples = ReadExamples(Section(sections, "EXAMPLES"), file),
            Inputs = ReadTypes(Section(sections, "INPUTS"), file),
            Outputs = ReadTypes(Section(sections, "OUTPUTS"), file),
            Notes = notes,
            Links = ReadLinks(Section(sections, "RELATED LINKS")),
            OnlineUri = MarkdownText.IsWebLink(helpUri) ? helpUri : null,
        };
    }

    private static Dictionary<string, string?>? FrontMatter(MarkdownDocument document, string file)
    {
        if (document.FirstOrDefault() is not YamlFrontMatterBlock block)
        {
            return null;
        }

        // The block's lines include the --- fences.
        var yaml = string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()).Where(l => l.Trim() != "---"));
        try
        {
            return Yaml.Deserialize<Dictionary<string, string?>>(yaml) ?? [];
        }
        catch (YamlException e)
        {
            throw new HelpBuildException(file, block.Line + (int)e.Start.Line, "invalid front matter: " + e.Message);
        }
    }

    /// <summary>Splits blocks at headings of one level: each heading with the blocks up to the next one.</summary>
    private static List<(HeadingBlock Heading, List<Block> Blocks)> Sections(IEnumerable<Block> blocks, int level, string file)
    {
        var sections = new List<(HeadingBlock, List<Block>)>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading && heading.Level <= level)
            {
                if (heading.Level == level)
                {
                    sections.Add((heading, []));
                }

                continue;
            }

            if (sections.Count > 0)
            {
                sections[^1].Item2.Add(block);
            }
            else if (block is not YamlFrontMatterBlock && level > 2)
            {
                throw new HelpBuildException(file, block.Line, $"text before the first level-{level} heading of its section.");
            }
        }

        return sections;
    }

    private static List<Block> Section(List<(HeadingBlock Heading, List<Block> Blocks)> sections, string name) =>
        sections.Where(s => MarkdownText.Inline(s.Heading) == name).SelectMany(s => s.Blocks).ToList();

    private static List<SyntaxSet> ReadSyntaxSets(List<Block> blocks)
    {
        var sets = new List<SyntaxSet>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 3 } heading)
            {
                continue;
            }

            var text = MarkdownText.Inline(heading);
            const string DefaultMark = "(Default)";
            var isDefault = text.EndsWith(DefaultMark, StringComparison.Ordinal) && text != DefaultMark;
            var code = blocks.Skip(i + 1).TakeWhile(b => b is not HeadingBlock).OfType<CodeBlock>().FirstOrDefault();
            sets.Add(new SyntaxSet(isDefault ? text[..^DefaultMark.Length].Trim() : text, isDefault, code is null ? [] : SyntaxOrder(MarkdownText.Code(code))));
        }

        // One parameter set and no heading: PlatyPS writes "### (All)", older files nothing.
        if (sets.Count == 0)
        {
            var code = blocks.OfType<CodeBlock>().FirstOrDefault();
            sets.Add(new SyntaxSet("(All)", false, code is null ? [] : SyntaxOrder(MarkdownText.Code(code))));
        }

        return sets;
    }

    /// <summary>Parameter names in the order a syntax line shows them: "[[-Name] &lt;string&gt;] [-Force]" → Name, Force.</summary>
    private static List<string> SyntaxOrder(string syntax) =>
        System.Text.RegularExpressions.Regex.Matches(syntax, @"(?<=[\s\[])-(\w+)").Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<ParameterHelp> ReadParameters(List<Block> blocks, List<string> notes, string file)
    {
        var parameters = new List<ParameterHelp>();
        foreach (var (heading, body) in Sections(blocks, 3, file))
        {
            var title = MarkdownText.Inline(heading);
            if (title == "CommonParameters")
            {
                // PowerShell writes the common parameters paragraph itself; anything added to it (paging notes, for
                // example) would be lost, so it goes to the notes.
                notes.AddRange(MarkdownText.Paragraphs(body).Where(p => !p.StartsWith("This cmdlet supports the common parameters", StringComparison.Ordinal)));
                continue;
            }

            if (!title.StartsWith('-') || title.Length < 2)
            {
                throw new HelpBuildException(file, heading.Line, $"parameter heading '{title}' does not start with '-'.");
            }

            var yamlBlock = body.OfType<FencedCodeBlock>().FirstOrDefault(c => c.Info == "yaml")
                ?? throw new HelpBuildException(file, heading.Line, $"parameter {title} has no ```yaml block.");
            ParameterMetadata metadata;
            try
            {
                metadata = Yaml.Deserialize<ParameterMetadata>(MarkdownText.Code(yamlBlock)) ?? new ParameterMetadata();
            }
            catch (YamlException e)
            {
                throw new HelpBuildException(file, yamlBlock.Line + 1 + (int)e.Start.Line, $"invalid YAML for {title}: {e.Message}");
            }

            if (string.IsNullOrWhiteSpace(metadata.Type))
            {
                throw new HelpBuildException(file, yamlBlock.Line, $"parameter {title} has no Type.");
            }

            if (metadata.ParameterSets.Count == 0)
            {
                throw new HelpBuildException(file, yamlBlock.Line, $"parameter {title} has no ParameterSets.");
            }

            parameters.Add(new ParameterHelp
            {
                Name = title[1..],
                Description = MarkdownText.Paragraphs(body.Where(b => b != yamlBlock)),
                Type = metadata.Type,
                DefaultValue = string.IsNullOrWhiteSpace(metadata.DefaultValue) ? null : metadata.DefaultValue,
                SupportsWildcards = metadata.SupportsWildcards,
                Aliases = metadata.Aliases,
                AcceptedValues = metadata.AcceptedValues,
                Sets = metadata.ParameterSets.Select(s => new ParameterSetUse(
                    s.Name, string.IsNullOrWhiteSpace(s.Position) ? "Named" : s.Position, s.IsRequired, s.ValueFromPipeline,
                    s.ValueFromPipelineByPropertyName, s.ValueFromRemainingArguments)).ToList(),
            });
        }

        return parameters;
    }

    private static List<ExampleHelp> ReadExamples(List<Block> blocks, string file)
    {
        var examples = new List<ExampleHelp>();
        foreach (var (heading, body) in Sections(blocks, 3, file))
        {
            var code = body.OfType<CodeBlock>().Select(MarkdownText.Code).ToList();
            if (code.Count == 0)
            {
                throw new HelpBuildException(file, heading.Line, $"example '{MarkdownText.Inline(heading)}' has no code block.");
            }

            examples.Add(new ExampleHelp(MarkdownText.Inline(heading), string.Join("\n\n", code), MarkdownText.Paragraphs(body.Where(b => b is not CodeBlock))));
        }

        return examples;
    }

    private static List<TypeHelp> ReadTypes(List<Block> blocks, string file) =>
        Sections(blocks, 3, file).Select(s => new TypeHelp(MarkdownText.Inline(s.Heading), MarkdownText.Paragraphs(s.Blocks))).ToList();

    private static List<LinkHelp> ReadLinks(List<Block> blocks)
    {
        var links = new List<LinkHelp>();
        foreach (var paragraph in blocks.SelectMany(b => b.Descendants<ParagraphBlock>()))
        {
            var link = paragraph.Inline?.Descendants<LinkInline>().FirstOrDefault();
            if (link is null)
            {
                var text = MarkdownText.Inline(paragraph);
                if (text.Length > 0)
                {
                    links.Add(new LinkHelp(text, string.Empty));
                }

                continue;
            }

            var label = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            links.Add(new LinkHelp(label, MarkdownText.IsWebLink(link.Url) ? link.Url! : string.Empty));
        }

        return links;
    }

    /// <summary>The YAML block PlatyPS v2 writes under each parameter heading.</summary>
    private sealed class ParameterMetadata
    {
        public string Type { get; set; } = string.Empty;
        public string? DefaultValue { get; set; }
        public bool SupportsWildcards { get; set; }
        public List<string> Aliases { get; set; } = [];
        public List<SetMetadata> ParameterSets { get; set; } = [];
        public List<string> AcceptedValues { get; set; } = [];
    }

    private sealed class SetMetadata
    {
        public string Name { get; set; } = "(All)";
        public string? Position { get; set; }
        public bool IsRequired { get; set; }
        public bool ValueFromPipeline { get; set; }
        public bool ValueFromPipelineByPropertyName { get; set; }
        public bool ValueFromRemainingArguments { get; set; }
    }
}
