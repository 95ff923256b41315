using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace RedHatApi.Tests.Fixtures;

/// <summary>
/// A PowerShell host that records what a user would see (-WhatIf lines, confirmation prompts) and answers every
/// confirmation with a fixed choice, so ShouldProcess texts and ConfirmImpact can be asserted. The default runspace
/// host drops -WhatIf lines and cannot prompt at all. Without a fixed choice a prompt fails the test loudly.
/// </summary>
public sealed class RecordingHost : PSHost
{
    private readonly RecordingUI _ui;

    /// <param name="confirm">The answer to every confirmation prompt: true for Yes, false for No, null to refuse to prompt.</param>
    public RecordingHost(bool? confirm = null)
    {
        _ui = new RecordingUI(confirm);
    }

    /// <summary>Every line written to the host (What if: ... lines among them).</summary>
    public IReadOnlyList<string> Lines => _ui.Lines;

    /// <summary>Lines written since the last call, and forgets them (one runspace serves many scripts).</summary>
    public IReadOnlyList<string> TakeLines()
    {
        lock (_ui.Lines)
        {
            var lines = _ui.Lines.ToArray();
            _ui.Lines.Clear();
            return lines;
        }
    }

    /// <summary>The message of every confirmation prompt (it names the action and the target).</summary>
    public IReadOnlyList<string> Prompts => _ui.Prompts;

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override string Name => "RedHatApiTestHost";

    public override PSHostUserInterface UI => _ui;

    public override Version Version => new(1, 0);

    public override void EnterNestedPrompt() => throw new NotSupportedException();

    public override void ExitNestedPrompt() => throw new NotSupportedException();

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode)
    {
    }

    private sealed class RecordingUI : PSHostUserInterface
    {
        private readonly bool? _confirm;

        internal RecordingUI(bool? confirm)
        {
            _confirm = confirm;
        }

        internal List<string> Lines { get; } = new();

        internal List<string> Prompts { get; } = new();

        public override PSHostRawUserInterface RawUI => null!;

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            lock (Prompts)
            {
                Prompts.Add(message);
            }

            if (_confirm is null)
            {
                throw new NotSupportedException("The test host cannot prompt: " + message);
            }

            var wanted = _confirm.Value ? "&Yes" : "&No";
            var index = choices.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Label == wanted).i;
            return index;
        }

        public override void WriteLine(string value)
        {
            lock (Lines)
            {
                Lines.Add(value);
            }
        }

        public override void Write(string value) => WriteLine(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => WriteLine(value);

        public override void WriteErrorLine(string value) => WriteLine(value);

        public override void WriteDebugLine(string message)
        {
        }

        public override void WriteVerboseLine(string message)
        {
        }

        public override void WriteWarningLine(string message)
        {
        }

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
        }

        public override string ReadLine() => throw new NotSupportedException();

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException();

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException();

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException();

        public override PSCredential PromptForCredential(
            string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException();
    }
}
